using System.Text.RegularExpressions;
using Hl7.Fhir.Model;

namespace OpenImis.Fhir.IntegrationTests.Conformance;

/// <summary>
/// What the validator reports on served conformance resources that this guide cannot fix, recognised exactly; every
/// other error or warning fails the tests (ig/README.md, "What the validator reports that is not ours"): R4 core
/// defines structuredefinition-fhir-type for <c>ElementDefinition.type.code</c> but puts it on
/// <c>ElementDefinition.type</c> in every snapshot, its own included.
/// </summary>
internal static partial class KnownFindings
{
    public const string FhirTypeExtension = "http://hl7.org/fhir/StructureDefinition/structuredefinition-fhir-type";

    private const string FhirTypeContextMessage =
        "Extension used outside of appropriate contexts. Expected context to be one of: {ELEMENT,ElementDefinition.type.code}";

    /// <summary>Errors and warnings of <paramref name="outcome"/> that no known finding explains, one line each.</summary>
    public static List<string> Unexplained(Resource resource, OperationOutcome outcome) =>
        [.. Problems(outcome)
            .Where(i => !IsFhirTypeContext(resource, i))
            .Select(i => $"{resource.TypeName}/{resource.Id}: {i.Severity}: {i.Details?.Text} @ {string.Join(",", i.Expression ?? [])}")];

    public static IEnumerable<OperationOutcome.IssueComponent> Problems(OperationOutcome outcome) =>
        outcome.Issue.Where(i => i.Severity is OperationOutcome.IssueSeverity.Error or OperationOutcome.IssueSeverity.Fatal
            or OperationOutcome.IssueSeverity.Warning);

    public static bool IsFhirTypeContext(Resource resource, OperationOutcome.IssueComponent issue)
    {
        if (resource is not StructureDefinition sd || issue.Details?.Text != FhirTypeContextMessage
            || issue.Expression.SingleOrDefault() is not { } expression
            || TypeExtensionPath().Match(expression) is not { Success: true } match)
        {
            return false;
        }

        var elements = match.Groups["list"].Value == "snapshot" ? sd.Snapshot?.Element : sd.Differential?.Element;
        var extension = elements?.ElementAtOrDefault(Index(match, "element"))?.Type.ElementAtOrDefault(Index(match, "type"))
            ?.Extension.ElementAtOrDefault(Index(match, "extension"));
        return extension?.Url == FhirTypeExtension;
    }

    private static int Index(Match match, string group) =>
        int.Parse(match.Groups[group].Value, System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^StructureDefinition\.(?<list>snapshot|differential)(\[0\])?\.element\[(?<element>\d+)\]\.type\[(?<type>\d+)\]\.extension\[(?<extension>\d+)\]$")]
    private static partial Regex TypeExtensionPath();
}
