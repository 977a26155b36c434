using Hl7.Fhir.Model;
using Microsoft.EntityFrameworkCore;
using OpenImis.Fhir.Core.Data;
using OpenImis.Fhir.Core.Errors;
using OpenImis.Fhir.Core.Rest;
using OpenImis.Fhir.Core.Search;
using OpenImis.Fhir.Core.Security;
using OpenImis.Fhir.Modules.PolicyHolder.Data;
using OpenImis.Fhir.Modules.PolicyHolder.Mapping;
using OpenImis.Fhir.Modules.PolicyHolder.Search;
using OpenImis.Fhir.Modules.Shared;

namespace OpenImis.Fhir.Modules.PolicyHolder.Handlers;

/// <summary>
/// Policy holders (<c>tblPolicyHolder</c>) as one source of Organization, read and search only. The table keeps
/// the current version in place (<c>version</c>) and its old versions in django-simple-history's table, which
/// this server does not read: vread and history know the current version only.
/// </summary>
internal sealed class PolicyHolderSource(ImisDbContext db, PolicyHolderMapper mapper, PolicyHolderTables tables, FhirCallerContext caller)
    : IResourceSource, ITypedResourceHandler<Organization>
{
    public string ResourceType => "Organization";

    public IReadOnlyList<string> Profiles { get; } = [OpenImisIg.PolicyHolderOrganizationProfile];

    public IReadOnlyList<ISearchParameter> SearchParameters => PolicyHolderSearchParameters.All;

    // A district user (tblUsersDistricts) sees the policy holders located in its districts only, as openIMIS filters
    // them (PolicyHolder.get_queryset: the location's ward's district among the user's); one without a location is in none.
    private IQueryable<PolicyHolderRow> Rows => caller.Caller.DistrictIds is { } districts
        ? db.Set<PolicyHolderRow>().AsNoTracking().Where(p => db.Set<Location.Data.Location>()
            .Any(v => v.Id == p.LocationId && v.Parent!.ParentId != null && districts.Contains(v.Parent.ParentId.Value)))
        : db.Set<PolicyHolderRow>().AsNoTracking();

    public bool Accepts(Resource resource) => false;

    public async Task<bool> HoldsAsync(string id, CancellationToken cancellationToken) =>
        Guid.TryParse(id, out var key) && await tables.CheckAsync(db, cancellationToken) && await Rows.AnyAsync(p => p.Id == key, cancellationToken);

    public async Task<Resource> ReadAsync(string id, CancellationToken cancellationToken)
    {
        var row = await FindAsync(id, cancellationToken);
        return row.IsDeleted ? throw FhirException.Gone($"Organization/{id} was deleted.") : Emit(row);
    }

    public async Task<Resource> ReadVersionAsync(string id, string versionId, CancellationToken cancellationToken)
    {
        var row = await FindAsync(id, cancellationToken);
        return !row.IsDeleted && versionId == VersionOf(row)
            ? Emit(row)
            : throw FhirException.NotFound($"Organization/{id} has no version '{versionId}' here: only the current version is served.");
    }

    public async Task<SearchResult> SearchAsync(SearchQuery query, CancellationToken cancellationToken)
    {
        if (!await tables.CheckAsync(db, cancellationToken))
        {
            return new SearchResult([], query.Total == TotalMode.Accurate ? 0 : null);
        }

        var rows = Rows.Where(p => !p.IsDeleted);
        foreach (var criterion in query.Criteria)
        {
            var parameter = (SearchParameter<PolicyHolderRow>)criterion.Parameter;
            rows = rows.Where(Predicates.Any(criterion.Values.Select(parameter.PredicateFor)));
        }

        int? total = query.Total == TotalMode.Accurate ? await rows.CountAsync(cancellationToken) : null;
        var page = await Order(rows, query.Sort).Skip(query.Offset).Take(query.Count).ToListAsync(cancellationToken);
        return new SearchResult(page.Select(r => (Resource)Emit(r)).ToList(), total);
    }

    public async Task<HistoryResult> HistoryAsync(string? id, HistoryQuery query, CancellationToken cancellationToken)
    {
        if (id is not null)
        {
            var row = await FindAsync(id, cancellationToken);
            return new HistoryResult(query.Offset == 0 && query.Count > 0 && Since(row, query) ? [Entry(row)] : [], Since(row, query) ? 1 : 0);
        }

        if (!await tables.CheckAsync(db, cancellationToken))
        {
            return new HistoryResult([], 0);
        }

        // Deleted rows stay: a deletion is a version (DateUpdated is its time), which sync consumers must learn of.
        IQueryable<PolicyHolderRow> rows = Rows;
        if (query.Since is { } since)
        {
            rows = rows.Where(p => (p.DateUpdated ?? p.DateValidFrom) >= since);
        }

        var total = await rows.CountAsync(cancellationToken);
        var page = await rows.OrderByDescending(p => p.DateUpdated ?? p.DateValidFrom).ThenBy(p => p.Id)
            .Skip(query.Offset).Take(query.Count).ToListAsync(cancellationToken);
        return new HistoryResult(page.Select(Entry).ToList(), total);
    }

    private static bool Since(PolicyHolderRow row, HistoryQuery query) => query.Since is not { } since || LastUpdated(row) >= since;

    private static DateTime LastUpdated(PolicyHolderRow row) => DateTime.SpecifyKind(row.DateUpdated ?? row.DateValidFrom, DateTimeKind.Utc);

    private static string VersionOf(PolicyHolderRow row) => row.Version.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private HistoryEntry Entry(PolicyHolderRow row) =>
        new(row.IsDeleted ? null : Emit(row), row.Id.ToString(), VersionOf(row), LastUpdated(row), row.IsDeleted
            ? Bundle.HTTPVerb.DELETE
            : row.Version == 1 ? Bundle.HTTPVerb.POST : Bundle.HTTPVerb.PUT);

    private Organization Emit(PolicyHolderRow row)
    {
        var organization = mapper.ToFhir(row);
        organization.Id = row.Id.ToString();
        organization.Meta = new Meta
        {
            VersionId = VersionOf(row),
            LastUpdated = new DateTimeOffset(LastUpdated(row)),
            Profile = [OpenImisIg.PolicyHolderOrganizationProfile],
        };
        return organization;
    }

    private async Task<PolicyHolderRow> FindAsync(string id, CancellationToken cancellationToken)
    {
        var row = Guid.TryParse(id, out var key) && await tables.CheckAsync(db, cancellationToken)
            ? await Rows.FirstOrDefaultAsync(p => p.Id == key, cancellationToken)
            : null;
        return row ?? throw FhirException.NotFound($"Organization/{id} is not known.");
    }

    private static IQueryable<PolicyHolderRow> Order(IQueryable<PolicyHolderRow> rows, IReadOnlyList<SortOrder> sort)
    {
        var ordered = rows;
        var first = true;
        foreach (var order in sort)
        {
            ordered = ((SearchParameter<PolicyHolderRow>)order.Parameter).SortKey!.Apply(ordered, order.Descending, thenBy: !first);
            first = false;
        }

        return first ? ordered.OrderBy(p => p.Id) : ((IOrderedQueryable<PolicyHolderRow>)ordered).ThenBy(p => p.Id);
    }
}
