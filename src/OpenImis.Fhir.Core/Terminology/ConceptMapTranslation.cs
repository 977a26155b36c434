using Hl7.Fhir.Model;
using OpenImis.Fhir.Core.Errors;

namespace OpenImis.Fhir.Core.Terminology;

/// <summary>
/// One loaded ConceptMap, indexed both ways: source code to target coding (openIMIS to FHIR on read) and target code
/// to source coding (FHIR to openIMIS on write). Where several elements share a target, the first one in the map is
/// the reverse translation.
/// </summary>
public sealed class ConceptMapTranslation
{
    private readonly Dictionary<string, Coding> _forward = new(StringComparer.Ordinal);
    private readonly Dictionary<(string System, string Code), Coding> _reverse = [];
    private readonly Dictionary<string, Coding> _reverseAnySystem = new(StringComparer.Ordinal);

    // ConceptMapChecks has made sure that url, systems and codes are present.
    internal ConceptMapTranslation(ConceptMap map)
    {
        Url = map.Url!;
        foreach (var group in map.Group)
        {
            foreach (var element in group.Element)
            {
                foreach (var target in element.Target.Where(IsMatch))
                {
                    _forward.TryAdd(element.Code!, new Coding(group.Target, target.Code, target.Display));
                    var source = new Coding(group.Source, element.Code, element.Display);
                    _reverse.TryAdd((group.Target!, target.Code!), source);
                    _reverseAnySystem.TryAdd(target.Code!, source);
                }
            }
        }

        TargetSystems = map.Group.Select(g => g.Target!).Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>The canonical URL of the ConceptMap.</summary>
    public string Url { get; }

    /// <summary>The systems the map translates into, in the order of its groups.</summary>
    public IReadOnlyList<string> TargetSystems { get; }

    /// <summary>The target coding for a source code, or null when the map has none. Each call returns a new instance.</summary>
    public Coding? Translate(string sourceCode) =>
        _forward.TryGetValue(sourceCode, out var coding) ? Copy(coding) : null;

    /// <summary>
    /// The source coding for a target code, or null when the map has none. A null <paramref name="targetSystem"/>
    /// accepts the code in any of the map's target systems.
    /// </summary>
    public Coding? Reverse(string targetCode, string? targetSystem = null)
    {
        var found = targetSystem is null
            ? _reverseAnySystem.GetValueOrDefault(targetCode)
            : _reverse.GetValueOrDefault((targetSystem, targetCode));
        return found is null ? null : Copy(found);
    }

    /// <summary>A CodeableConcept holding the translation of <paramref name="sourceCode"/>, or null when there is none.</summary>
    public CodeableConcept? ToConcept(string? sourceCode) =>
        sourceCode is not null && Translate(sourceCode) is { } coding ? new CodeableConcept { Coding = [coding] } : null;

    /// <summary>
    /// The source code for the first coding of <paramref name="concept"/> that the map translates back; null when
    /// the concept is absent. A concept none of whose codings translates is a 422 naming <paramref name="element"/>.
    /// </summary>
    public string? FromConcept(CodeableConcept? concept, string element)
    {
        if (concept is null)
        {
            return null;
        }

        foreach (var coding in concept.Coding.Where(c => c.Code is not null))
        {
            if (Reverse(coding.Code!, coding.System) is { } source)
            {
                return source.Code;
            }
        }

        var given = concept.Coding.Count == 0
            ? $"text '{concept.Text}' without a coding"
            : string.Join(", ", concept.Coding.Select(c => $"'{c.System}|{c.Code}'"));
        throw FhirException.Unprocessable($"{element}: {given} has no openIMIS equivalent in ConceptMap {Url}.", element);
    }

    /// <summary>The source code for a plain FHIR code; a code the map does not know is a 422 naming <paramref name="element"/>.</summary>
    public string FromCode(string code, string element) =>
        Reverse(code)?.Code
        ?? throw FhirException.Unprocessable($"{element}: code '{code}' has no openIMIS equivalent in ConceptMap {Url}.", element);

    // Unmatched and disjoint targets document a gap; they are no translation.
    private static bool IsMatch(ConceptMap.TargetElementComponent target) =>
        target.Equivalence is not (ConceptMapEquivalence.Unmatched or ConceptMapEquivalence.Disjoint);

    private static Coding Copy(Coding coding) => new(coding.System, coding.Code, coding.Display);
}
