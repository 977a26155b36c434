using System.Text.RegularExpressions;
using Hl7.Fhir.Model;

namespace OpenImis.Fhir.Tests.Conformance;

/// <summary>
/// The one validator finding that is not a defect of the guide, recognised exactly (ig/README.md, "What the validator
/// reports that is not ours"): R4 core defines structuredefinition-fhir-type for <c>ElementDefinition.type.code</c>
/// but puts it on <c>ElementDefinition.type</c> in every snapshot, its own included, and so does every snapshot
/// generator. Everything else an outcome holds, warnings included, is reported.
/// </summary>
internal static partial class KnownFindings
{
    public const string FhirTypeExtension = "http://hl7.org/fhir/StructureDefinition/structuredefinition-fhir-type";

    private const string FhirTypeContextMessage =
        "Extension used outside of appropriate contexts. Expected context to be one of: {ELEMENT,ElementDefinition.type.code}";

    /// <summary>The errors and warnings of <paramref name="outcome"/> other than the known finding, one line each.</summary>
    public static List<string> Unexplained(Resource resource, OperationOutcome outcome) =>
        [.. outcome.Issue
            .Where(i => i.Severity is OperationOutcome.IssueSeverity.Error or OperationOutcome.IssueSeverity.Fatal
                or OperationOutcome.IssueSeverity.Warning)
            .Where(i => !IsFhirTypeContext(resource, i))
            .Select(i => $"{i.Severity}: {i.Details?.Text} @ {string.Join(",", i.Expression ?? [])}")];

    /// <summary>Whether the issue is the context error on a structuredefinition-fhir-type extension of an element's type.</summary>
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
