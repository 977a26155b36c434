using Hl7.Fhir.Model;
using Hl7.Fhir.Utility;
using OpenImis.Fhir.Core.Errors;
using OpenImis.Fhir.Core.Rest;

namespace OpenImis.Fhir.Core.Terminology;

/// <summary>
/// <c>ConceptMap/$translate</c> over the ConceptMaps of <c>mappings/</c>: the maps the server itself translates
/// codes with, so a client sees exactly the translation the server applies.
/// </summary>
public sealed class ConceptTranslator(ConceptMapStore maps)
{
    /// <summary>
    /// Translates <c>code</c> (with <c>system</c>), a <c>coding</c> or a <c>codeableConcept</c> through the map
    /// <c>url</c> (or every map), optionally only into <c>targetsystem</c> or the maps for value set <c>target</c>;
    /// <c>reverse=true</c> translates from target to source. Answers <c>result</c>, <c>message</c> and a
    /// <c>match</c> per target.
    /// </summary>
    public Parameters Translate(OperationParameters input, string? id)
    {
        var candidates = Maps(input, id);
        var codings = Codings(input);
        var targetSystem = input.Text("targetsystem");
        var target = input.Text("target");
        var reverse = input.Boolean("reverse") ?? false;

        var matches = new List<Parameters.ParameterComponent>();
        foreach (var map in candidates.Where(m => target is null || Canonical(m.Target) == target))
        {
            foreach (var group in map.Group)
            {
                var (from, to) = reverse ? (group.Target, group.Source) : (group.Source, group.Target);
                if (targetSystem is not null && to != targetSystem)
                {
                    continue;
                }

                foreach (var coding in codings.Where(c => string.IsNullOrEmpty(c.System) || c.System == from))
                {
                    matches.AddRange(Translate(group, coding.Code!, reverse).Select(m => Match(m.Equivalence, m.Concept, map.Url!)));
                }
            }
        }

        var output = new Parameters();
        var translated = matches.Any(m => m.Part.Any(p => p.Name == "concept"));
        output.Add("result", new FhirBoolean(translated));
        if (!translated)
        {
            output.Add("message", new FhirString(
                $"No translation for {string.Join(", ", codings.Select(c => $"'{c.System}|{c.Code}'"))} in {string.Join(", ", candidates.Select(m => m.Url))}."));
        }

        output.Parameter.AddRange(matches);
        return output;
    }

    private static IEnumerable<(ConceptMapEquivalence Equivalence, Coding? Concept)> Translate(ConceptMap.GroupComponent group, string code, bool reverse)
    {
        foreach (var element in group.Element)
        {
            foreach (var target in element.Target)
            {
                var equivalence = target.Equivalence ?? ConceptMapEquivalence.Equivalent;
                var unmatched = equivalence is ConceptMapEquivalence.Unmatched or ConceptMapEquivalence.Disjoint;
                if (!reverse && element.Code == code)
                {
                    yield return (equivalence, unmatched ? null : new Coding(group.Target, target.Code, target.Display));
                }
                else if (reverse && !unmatched && target.Code == code)
                {
                    yield return (equivalence, new Coding(group.Source, element.Code, element.Display));
                }
            }
        }
    }

    private static Parameters.ParameterComponent Match(ConceptMapEquivalence equivalence, Coding? concept, string source)
    {
        var match = new Parameters.ParameterComponent { Name = "match" };
        match.Part.Add(CodeSystemLookup.Part("equivalence", new Code(equivalence.GetLiteral())));
        if (concept is not null)
        {
            match.Part.Add(CodeSystemLookup.Part("concept", concept));
        }

        match.Part.Add(CodeSystemLookup.Part("source", new FhirUri(source)));
        return match;
    }

    private List<ConceptMap> Maps(OperationParameters input, string? id)
    {
        if (id is not null)
        {
            return [maps.All.FirstOrDefault(m => m.Id == id) ?? throw FhirException.NotFound($"ConceptMap/{id} is not known.")];
        }

        if (input.Text("url") is not { } url)
        {
            return [.. maps.All];
        }

        var version = input.Text("conceptMapVersion");
        return [maps.All.FirstOrDefault(m => m.Url == url && (version is null || m.Version == version))
            ?? throw FhirException.NotFound($"ConceptMap {url}{(version is null ? string.Empty : "|" + version)} is not known here.")];
    }

    private static List<Coding> Codings(OperationParameters input)
    {
        if (input.Concept("codeableConcept") is { } concept)
        {
            return concept.Coding.Any(c => !string.IsNullOrEmpty(c.Code))
                ? [.. concept.Coding.Where(c => !string.IsNullOrEmpty(c.Code))]
                : throw FhirException.BadRequest("Parameter 'codeableConcept' has no coding with a code.");
        }

        if (input.Coding("coding") is { } coding)
        {
            return coding.Code is { Length: > 0 } ? [coding] : throw FhirException.BadRequest("Parameter 'coding' has no code.");
        }

        return [new Coding(input.Text("system"), input.RequiredText("code"))];
    }

    private static string? Canonical(DataType? target) => (target as PrimitiveType)?.JsonValue as string;
}
