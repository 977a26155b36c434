using Hl7.Fhir.Model;
using OpenImis.Fhir.IntegrationTests.Infrastructure;

namespace OpenImis.Fhir.IntegrationTests.Conformance;

/// <summary>
/// A Patient the insuree mapping accepts but openimis-patient does not: no identifier, no address, and a name
/// whose use is not 'official'. Because the mapping accepts it, what refuses it in enforce mode is the validation.
/// </summary>
internal static class BrokenPatient
{
    public static readonly string[] ExpectedIssues =
    [
        "Missing required member: 'identifier'",
        "Missing required member: 'address'",
        "official",
    ];

    public static Patient Create() => Fixtures.Load<Patient>("patient-broken.json");

    public static bool Mentions(OperationOutcome outcome, string expected) =>
        outcome.Issue.Any(i => i.Severity is OperationOutcome.IssueSeverity.Error or OperationOutcome.IssueSeverity.Warning
            && (i.Details?.Text ?? string.Empty).Contains(expected, StringComparison.Ordinal));
}
