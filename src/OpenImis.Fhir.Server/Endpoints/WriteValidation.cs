using Hl7.Fhir.Model;
using Microsoft.Extensions.Options;
using OpenImis.Fhir.Core.Errors;
using OpenImis.Fhir.Core.Rest;
using OpenImis.Fhir.Core.Validation;

namespace OpenImis.Fhir.Server.Endpoints;

/// <summary>
/// Validates a resource against the handler's profile before create or update, per <c>Fhir:Validation:Mode</c>,
/// read live so that OpenHIM can change it: <c>enforce</c> refuses errors with a 422 before anything is written,
/// <c>warn</c> logs them and lets the write proceed, <c>off</c> skips validation.
/// </summary>
internal static class WriteValidation
{
    /// <summary>The issues to report with the response (warn mode), or null when there are none or validation is off.</summary>
    public static OperationOutcome? Check(HttpContext context, IResourceHandler handler, Resource resource, string interaction)
    {
        var services = context.RequestServices;
        var mode = services.GetRequiredService<IOptionsMonitor<ValidationOptions>>().CurrentValue.Mode;
        if (mode == ValidationMode.Off)
        {
            return null;
        }

        var outcome = services.GetRequiredService<ProfileValidator>().Validate(resource, handler.Profile);
        if (outcome.Issue.Count == 0)
        {
            return null;
        }

        var errors = ProfileValidator.HasErrors(outcome);
        if (errors && mode == ValidationMode.Enforce)
        {
            throw FhirException.Unprocessable(outcome);
        }

        if (errors)
        {
            services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(WriteValidation)).LogWarning(
                "{Interaction} {Type} does not conform to {Profile} and was written anyway (Fhir:Validation:Mode=warn): {Issues}",
                interaction, handler.ResourceType, handler.Profile, Outcomes.Describe(outcome));
        }

        // The write succeeded: what would have refused it in enforce mode is reported as a warning.
        foreach (var issue in outcome.Issue.Where(i => i.Severity is OperationOutcome.IssueSeverity.Error or OperationOutcome.IssueSeverity.Fatal))
        {
            issue.Severity = OperationOutcome.IssueSeverity.Warning;
        }

        return outcome;
    }
}
