using Hl7.Fhir.Model;
using OpenImis.Fhir.IntegrationTests.Infrastructure;

namespace OpenImis.Fhir.IntegrationTests.Medical;

/// <summary>The validator's errors for a served medical resource, one line each.</summary>
internal static class MedicalConformance
{
    public static IReadOnlyList<string> Errors(Resource resource, string profile) =>
        SharedConformance.Validator.Validate(resource, profile).Issue
            .Where(i => i.Severity is OperationOutcome.IssueSeverity.Error or OperationOutcome.IssueSeverity.Fatal)
            .Select(i => $"{resource.TypeName}/{resource.Id}: {i.Details?.Text} @ {string.Join(",", i.Expression ?? [])}")
            .ToList();
}
