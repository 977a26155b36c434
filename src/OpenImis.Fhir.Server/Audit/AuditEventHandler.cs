using Hl7.Fhir.Model;
using Microsoft.EntityFrameworkCore;
using OpenImis.Fhir.Core.Errors;
using OpenImis.Fhir.Core.Formatting;
using OpenImis.Fhir.Core.Rest;
using OpenImis.Fhir.Core.Search;
using OpenImis.Fhir.Core.State;

namespace OpenImis.Fhir.Server.Audit;

/// <summary>
/// AuditEvent, read-only, over <c>fhir.audit_event</c>, served through the handler registry like any type: scopes,
/// search paging, the CapabilityStatement come from the engine. Without create, update or delete handlers, those
/// answer 405. A search is newest first unless it asks for another order.
/// </summary>
internal sealed class AuditEventHandler(FhirStateDbContext db, FhirSerialization serialization)
    : ITypedResourceHandler<AuditEvent>, IReadHandler, ISearchHandler
{
    public string ResourceType => "AuditEvent";

    public IReadOnlyList<string> Profiles { get; } = [AuditEventBuilder.CoreProfile];

    public IReadOnlyList<ISearchParameter> SearchParameters => AuditSearchParameters.All;

    public async Task<Resource> ReadAsync(string id, CancellationToken cancellationToken)
    {
        var key = id.ToLowerInvariant();
        var json = await db.AuditEvents.AsNoTracking().Where(a => a.Id == key).Select(a => a.Resource).FirstOrDefaultAsync(cancellationToken);
        return json is null ? throw FhirException.NotFound($"AuditEvent/{id} is not known.") : Parse(json);
    }

    public async Task<Resource> ReadVersionAsync(string id, string versionId, CancellationToken cancellationToken)
    {
        var current = await ReadAsync(id, cancellationToken);
        return versionId == "1" ? current : throw FhirException.NotFound($"AuditEvent/{id} has one version, 1; an audit event never changes.");
    }

    public async Task<SearchResult> SearchAsync(SearchQuery query, CancellationToken cancellationToken)
    {
        var rows = db.AuditEvents.AsNoTracking().AsQueryable();
        foreach (var criterion in query.Criteria)
        {
            rows = rows.Where(Declared(criterion.Parameter).PredicateFor(criterion));
        }

        int? total = query.Total == TotalMode.Accurate ? await rows.CountAsync(cancellationToken) : null;
        if (query.Count == 0)
        {
            return new SearchResult([], total);
        }

        IOrderedQueryable<AuditEventRecord> ordered;
        if (query.Sort.Count == 0)
        {
            ordered = rows.OrderByDescending(r => r.Recorded).ThenByDescending(r => r.Seq);
        }
        else
        {
            IQueryable<AuditEventRecord> sorting = rows;
            var first = true;
            foreach (var order in query.Sort)
            {
                sorting = Declared(order.Parameter).SortKey!.Apply(sorting, order.Descending, thenBy: !first);
                first = false;
            }

            ordered = ((IOrderedQueryable<AuditEventRecord>)sorting).ThenBy(r => r.Seq);
        }

        var page = await ordered.Skip(query.Offset).Take(query.Count).Select(r => r.Resource).ToListAsync(cancellationToken);
        return new SearchResult(page.Select(Parse).ToList(), total);
    }

    private static SearchParameter<AuditEventRecord> Declared(ISearchParameter parameter) =>
        AuditSearchParameters.All.First(p => ReferenceEquals(p, parameter));

    private Resource Parse(string json) => serialization.Parse(json, FhirFormat.Json, long.MaxValue);
}
