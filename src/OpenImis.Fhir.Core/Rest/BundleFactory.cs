using Hl7.Fhir.Model;
using OpenImis.Fhir.Core.Errors;
using OpenImis.Fhir.Core.Search;

namespace OpenImis.Fhir.Core.Rest;

/// <summary>Builds searchset and history bundles with absolute URLs and paging links.</summary>
public static class BundleFactory
{
    /// <summary>
    /// A searchset: the matches, the resources <c>_include</c> and <c>_revinclude</c> added (search mode include, not
    /// counted in the total), an OperationOutcome entry for ignored parameters, and paging links.
    /// </summary>
    public static Bundle SearchSet(string type, SearchQuery query, SearchResult result, string baseUrl, IReadOnlyList<Resource>? included = null)
    {
        var bundle = new Bundle { Type = Bundle.BundleType.Searchset, Total = result.Total, Meta = new Meta { LastUpdated = DateTimeOffset.UtcNow } };
        foreach (var resource in result.Matches)
        {
            bundle.Entry.Add(new Bundle.EntryComponent
            {
                FullUrl = $"{baseUrl}/{type}/{resource.Id}",
                Resource = resource,
                Search = new Bundle.SearchComponent { Mode = Bundle.SearchEntryMode.Match },
            });
        }

        foreach (var resource in included ?? [])
        {
            bundle.Entry.Add(new Bundle.EntryComponent
            {
                FullUrl = $"{baseUrl}/{resource.TypeName}/{resource.Id}",
                Resource = resource,
                Search = new Bundle.SearchComponent { Mode = Bundle.SearchEntryMode.Include },
            });
        }

        if (query.Ignored.Count > 0)
        {
            var outcome = new OperationOutcome
            {
                Issue = query.Ignored.Select(m => Outcomes.Issue(OperationOutcome.IssueSeverity.Warning, OperationOutcome.IssueType.NotSupported, m)).ToList(),
            };
            bundle.Entry.Add(new Bundle.EntryComponent
            {
                FullUrl = $"urn:uuid:{Guid.NewGuid()}",
                Resource = outcome,
                Search = new Bundle.SearchComponent { Mode = Bundle.SearchEntryMode.Outcome },
            });
        }

        var more = query.Count > 0 && (result.Total is { } total ? query.Offset + query.Count < total : result.Matches.Count == query.Count);
        AddLinks(bundle, $"{baseUrl}/{type}", query.LinkParameters, query.Count, query.Offset, more);
        return bundle;
    }

    /// <summary>A history bundle: each version with its request and response, newest first, and paging links.</summary>
    public static Bundle History(string path, HistoryQuery query, HistoryResult result, string baseUrl, string type)
    {
        var bundle = new Bundle { Type = Bundle.BundleType.History, Total = result.Total, Meta = new Meta { LastUpdated = DateTimeOffset.UtcNow } };
        foreach (var entry in result.Entries)
        {
            var url = $"{type}/{entry.Id}";
            bundle.Entry.Add(new Bundle.EntryComponent
            {
                FullUrl = $"{baseUrl}/{url}",
                Resource = entry.Resource,
                Request = new Bundle.RequestComponent { Method = entry.Method, Url = entry.Method == Bundle.HTTPVerb.POST ? type : url },
                Response = new Bundle.ResponseComponent
                {
                    Status = entry.Method switch { Bundle.HTTPVerb.POST => "201 Created", Bundle.HTTPVerb.DELETE => "204 No Content", _ => "200 OK" },
                    Etag = VersionIds.ETag(entry.VersionId),
                    LastModified = new DateTimeOffset(entry.LastUpdated, TimeSpan.Zero),
                },
            });
        }

        var parameters = query.Since is { } since
            ? new[] { new KeyValuePair<string, string>("_since", since.ToString("yyyy-MM-ddTHH:mm:ss.fffffffZ")) }
            : [];
        AddLinks(bundle, $"{baseUrl}/{path}", parameters, query.Count, query.Offset, query.Offset + query.Count < result.Total);
        return bundle;
    }

    private static void AddLinks(
        Bundle bundle, string url, IReadOnlyList<KeyValuePair<string, string>> parameters, int count, int offset, bool more)
    {
        string Page(int pageOffset) => PageUrl(url, parameters, count, pageOffset);
        bundle.Link.Add(new Bundle.LinkComponent { Relation = "self", Url = Page(offset) });
        bundle.Link.Add(new Bundle.LinkComponent { Relation = "first", Url = Page(0) });
        if (offset > 0 && count > 0)
        {
            bundle.Link.Add(new Bundle.LinkComponent { Relation = "previous", Url = Page(Math.Max(0, offset - count)) });
        }

        if (more)
        {
            bundle.Link.Add(new Bundle.LinkComponent { Relation = "next", Url = Page(offset + count) });
        }
    }

    private static string PageUrl(string url, IReadOnlyList<KeyValuePair<string, string>> parameters, int count, int offset)
    {
        var query = parameters
            .Append(new("_count", count.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .Append(new("_offset", offset.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .Select(p => $"{Uri.EscapeDataString(p.Key)}={Uri.EscapeDataString(p.Value)}");
        return $"{url}?{string.Join('&', query)}";
    }
}
