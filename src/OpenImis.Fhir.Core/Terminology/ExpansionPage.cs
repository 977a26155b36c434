using Hl7.Fhir.Model;

namespace OpenImis.Fhir.Core.Terminology;

/// <summary>The part of an expansion a <c>$expand</c> asks for: filtered by text, then paged.</summary>
internal static class ExpansionPage
{
    /// <summary>
    /// The codes whose display or code contains <paramref name="filter"/> (case-insensitive; all when null or
    /// empty), and the page of them from <paramref name="offset"/>, at most <paramref name="count"/> (all when null).
    /// </summary>
    public static (int Total, IReadOnlyList<ValueSet.ContainsComponent> Page) Select(
        IReadOnlyList<ValueSet.ContainsComponent> codes, string? filter, int offset, int? count)
    {
        var matches = string.IsNullOrEmpty(filter)
            ? codes
            : codes.Where(c => Contains(c.Display, filter) || Contains(c.Code, filter)).ToList();
        var page = matches.Skip(offset).Take(count ?? int.MaxValue).ToList();
        return (matches.Count, page);
    }

    /// <summary>Every code of a (possibly nested) expansion, depth first, abstract groupers left out.</summary>
    public static IReadOnlyList<ValueSet.ContainsComponent> Flatten(IEnumerable<ValueSet.ContainsComponent> contains)
    {
        var flat = new List<ValueSet.ContainsComponent>();
        foreach (var item in contains)
        {
            if (item.Code is not null && item.Abstract != true)
            {
                flat.Add(new ValueSet.ContainsComponent { System = item.System, Version = item.Version, Code = item.Code, Display = item.Display });
            }

            flat.AddRange(Flatten(item.Contains));
        }

        return flat;
    }

    private static bool Contains(string? text, string filter) =>
        text is not null && text.Contains(filter, StringComparison.OrdinalIgnoreCase);
}
