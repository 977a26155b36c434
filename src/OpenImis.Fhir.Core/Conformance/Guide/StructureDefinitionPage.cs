using System.Text;
using Hl7.Fhir.Model;
using Hl7.Fhir.Utility;

namespace OpenImis.Fhir.Core.Conformance.Guide;

/// <summary>One page per profile or extension: its metadata and the element table of its snapshot.</summary>
internal static class StructureDefinitionPage
{
    public static string FileName(StructureDefinition sd) => $"StructureDefinition-{sd.Id}.html";

    public static string Render(string site, StructureDefinition sd, IReadOnlyDictionary<string, string> pagesByCanonical)
    {
        var body = new StringBuilder();
        body.Append($"<p>{Html.E(sd.Description)}</p>\n<table>");
        Row(body, "Canonical URL", $"<code>{Html.E(sd.Url)}</code>");
        Row(body, "Base", Reference(sd.BaseDefinition, pagesByCanonical));
        Row(body, "Status", Html.E(sd.Status is { } status ? EnumUtility.GetLiteral(status) : null));
        if (sd.Context.Count > 0)
        {
            Row(body, "Context", string.Join(", ", sd.Context.Select(c => $"<code>{Html.E(c.Expression)}</code>")));
        }

        body.Append("</table>\n<h2>Elements</h2>\n");
        body.Append("<p>Rows in bold are constrained by this guide; prohibited (0..0) elements are left out.</p>\n");
        body.Append("<table><tr><th>Path</th><th>Card.</th><th>Type</th><th>Flags</th><th>Description and binding</th></tr>\n");
        var constrained = sd.Differential?.Element.Select(e => e.ElementId).ToHashSet() ?? [];
        foreach (var element in sd.Snapshot?.Element ?? [])
        {
            if (element.Max == "0")
            {
                continue;
            }

            body.Append(constrained.Contains(element.ElementId) ? "<tr class=\"diff\">" : "<tr>");
            body.Append($"<td><code>{Html.E(Label(element))}</code></td>");
            body.Append($"<td>{element.Min}..{Html.E(element.Max)}</td>");
            body.Append($"<td>{Types(element, pagesByCanonical)}</td>");
            body.Append($"<td class=\"flag\">{Flags(element)}</td>");
            body.Append($"<td>{Html.E(element.Short)}{Fixed(element)}{Binding(element, pagesByCanonical)}</td></tr>\n");
        }

        body.Append("</table>\n<p>").Append(Html.Link($"json/{GuideJson.FileName(sd)}", "JSON (with snapshot)")).Append("</p>\n");
        return Html.Page(site, sd.Title ?? sd.Name ?? sd.Id ?? string.Empty, body.ToString());
    }

    public static string Reference(string? canonical, IReadOnlyDictionary<string, string> pagesByCanonical)
    {
        if (canonical is null)
        {
            return string.Empty;
        }

        var url = canonical.Split('|')[0];
        return pagesByCanonical.TryGetValue(url, out var page) ? Html.Link(page, url[(url.LastIndexOf('/') + 1)..]) : $"<code>{Html.E(url)}</code>";
    }

    private static void Row(StringBuilder body, string name, string valueHtml) =>
        body.Append($"<tr><th>{Html.E(name)}</th><td>{valueHtml}</td></tr>");

    private static string Label(ElementDefinition element) =>
        element.SliceName is { } slice ? $"{element.Path}:{slice}" : element.Path ?? string.Empty;

    private static string Types(ElementDefinition element, IReadOnlyDictionary<string, string> pages) =>
        string.Join(" | ", element.Type.Select(t =>
        {
            var targets = t.TargetProfile.Concat(t.Profile).Select(p => Reference(p, pages)).ToList();
            // Primitive values (id, url, ...) are typed with FHIRPath system types; the short name reads better.
            var code = t.Code?.Replace("http://hl7.org/fhirpath/", string.Empty, StringComparison.Ordinal);
            return targets.Count == 0 ? Html.E(code) : $"{Html.E(code)}({string.Join(" | ", targets)})";
        }));

    private static string Flags(ElementDefinition element)
    {
        var flags = new List<string>();
        if (element.MustSupport == true)
        {
            flags.Add("MS");
        }

        if (element.IsModifier == true)
        {
            flags.Add("?!");
        }

        if (element.IsSummary == true)
        {
            flags.Add("Σ");
        }

        if (element.Constraint.Any(c => c.Key is not ("ele-1" or "ext-1")))
        {
            flags.Add("I");
        }

        if (element.Slicing is { } slicing)
        {
            var by = string.Join(", ", slicing.Discriminator.Select(d =>
                $"{(d.Type is { } type ? EnumUtility.GetLiteral(type) : "?")}:{d.Path}"));
            flags.Add($"sliced by {by}");
        }

        return Html.E(string.Join(" ", flags));
    }

    private static string Fixed(ElementDefinition element)
    {
        var value = element.Fixed ?? element.Pattern;
        if (value is null)
        {
            return string.Empty;
        }

        var text = value switch
        {
            CodeableConcept cc => string.Join(", ", cc.Coding.Select(c => $"{c.System}#{c.Code}")),
            Coding c => $"{c.System}#{c.Code}",
            PrimitiveType p => p.ToString(),
            _ => value.TypeName,
        };
        return $"<br>{(element.Fixed is null ? "Pattern" : "Fixed")}: <code>{Html.E(text)}</code>";
    }

    private static string Binding(ElementDefinition element, IReadOnlyDictionary<string, string> pages) =>
        element.Binding is { ValueSet: not null } binding
            ? $"<br>Binding: {Reference(binding.ValueSet, pages)} ({Html.E(binding.Strength is { } s ? EnumUtility.GetLiteral(s) : "?")})"
            : string.Empty;
}
