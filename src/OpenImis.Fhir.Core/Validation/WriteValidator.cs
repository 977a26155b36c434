using Hl7.Fhir.Model;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpenImis.Fhir.Core.Errors;
using OpenImis.Fhir.Core.Rest;

namespace OpenImis.Fhir.Core.Validation;

/// <summary>
/// Validates a resource before create, update or patch per <c>Fhir:Validation:Mode</c>, read live so that OpenHIM
/// can change it: <c>enforce</c> refuses errors with a 422 before anything is written, <c>warn</c> logs them and lets
/// the write proceed, <c>off</c> skips validation. The profiles come from <see cref="ProfileChoice"/>.
/// </summary>
public sealed class WriteValidator(IOptionsMonitor<ValidationOptions> options, ProfileValidator validator, ILogger<WriteValidator> logger)
{
    /// <summary>The issues to report with the response (warn mode), or null when there are none or validation is off.</summary>
    public OperationOutcome? Check(IResourceHandler handler, Resource resource, string interaction)
    {
        if (options.CurrentValue.Mode == ValidationMode.Off)
        {
            return null;
        }

        var outcome = new OperationOutcome();
        var profiles = ProfileChoice.For(resource, null, handler.ProfilesFor(resource));
        foreach (var profile in profiles)
        {
            outcome.Issue.AddRange(validator.Validate(resource, profile).Issue);
        }

        if (outcome.Issue.Count == 0)
        {
            return null;
        }

        var errors = ProfileValidator.HasErrors(outcome);
        if (errors && options.CurrentValue.Mode == ValidationMode.Enforce)
        {
            throw FhirException.Unprocessable(outcome);
        }

        if (errors)
        {
            logger.LogWarning(
                "{Interaction} {Type} does not conform to {Profiles} and was written anyway (Fhir:Validation:Mode=warn): {Issues}",
                interaction, handler.ResourceType, string.Join(", ", profiles), Outcomes.Describe(outcome));
        }

        // The write goes ahead: what would have refused it in enforce mode is reported as a warning.
        foreach (var issue in outcome.Issue.Where(i => i.Severity is OperationOutcome.IssueSeverity.Error or OperationOutcome.IssueSeverity.Fatal))
        {
            issue.Severity = OperationOutcome.IssueSeverity.Warning;
        }

        return outcome;
    }
}
