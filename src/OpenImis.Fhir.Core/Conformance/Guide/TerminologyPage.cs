using System.Text;
using Hl7.Fhir.Model;

namespace OpenImis.Fhir.Core.Conformance.Guide;

/// <summary>Every code system with its concepts and every value set with its composition, on one page.</summary>
internal static class TerminologyPage
{
    public static string Render(string site, IEnumerable<CodeSystem> codeSystems, IEnumerable<ValueSet> valueSets,
        IReadOnlyDictionary<string, string> pagesByCanonical)
    {
        var body = new StringBuilder("<h2>Code systems</h2>\n");
        foreach (var cs in codeSystems)
        {
            body.Append($"<h3 id=\"CodeSystem-{Html.E(cs.Id)}\">{Html.E(cs.Title ?? cs.Name)}</h3>\n");
            body.Append($"<p><code>{Html.E(cs.Url)}</code><br>{Html.E(cs.Description)}</p>\n");
            body.Append("<table><tr><th>Code</th><th>Display</th><th>Definition</th></tr>\n");
            foreach (var concept in cs.Concept)
            {
                body.Append($"<tr><td><code>{Html.E(concept.Code)}</code></td><td>{Html.E(concept.Display)}</td><td>{Html.E(concept.Definition)}</td></tr>\n");
            }

            body.Append("</table>\n");
        }

        body.Append("<h2>Value sets</h2>\n");
        foreach (var vs in valueSets)
        {
            body.Append($"<h3 id=\"ValueSet-{Html.E(vs.Id)}\">{Html.E(vs.Title ?? vs.Name)}</h3>\n");
            body.Append($"<p><code>{Html.E(vs.Url)}</code><br>{Html.E(vs.Description)}</p>\n<ul>\n");
            foreach (var (verb, component) in Components(vs))
            {
                var codes = component.Concept.Count == 0 ? "all codes" : string.Join(", ", component.Concept.Select(c => c.Code));
                var from = component.System is { } system
                    ? StructureDefinitionPage.Reference(system, pagesByCanonical)
                    : string.Join(", ", component.ValueSet.Select(v => StructureDefinitionPage.Reference(v, pagesByCanonical)));
                body.Append($"<li>{verb} {Html.E(codes)} from {from}</li>\n");
            }

            body.Append("</ul>\n");
        }

        return Html.Page(site, "Terminology", body.ToString());
    }

    private static IEnumerable<(string Verb, ValueSet.ConceptSetComponent Component)> Components(ValueSet vs) =>
        (vs.Compose?.Include ?? []).Select(c => ("Include", c))
            .Concat((vs.Compose?.Exclude ?? []).Select(c => ("Exclude", c)));
}
