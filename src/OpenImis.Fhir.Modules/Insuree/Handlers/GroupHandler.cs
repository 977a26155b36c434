using Hl7.Fhir.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpenImis.Fhir.Core.Data;
using OpenImis.Fhir.Core.Errors;
using OpenImis.Fhir.Core.Rest;
using OpenImis.Fhir.Core.Security;
using OpenImis.Fhir.Core.Search;
using OpenImis.Fhir.Modules.Insuree.Data;
using OpenImis.Fhir.Modules.Insuree.Mapping;
using OpenImis.Fhir.Modules.Insuree.Search;
using OpenImis.Fhir.Modules.Location.Handlers;
using OpenImis.Fhir.Modules.Shared;

namespace OpenImis.Fhir.Modules.Insuree.Handlers;

/// <summary>Families (<c>tblFamilies</c>) as openimis-group; the members are the live insurees of the family.</summary>
internal sealed class GroupHandler(
    ImisDbContext db,
    TimeProvider clock,
    IOptionsMonitor<FhirServerOptions> options,
    GroupMapper mapper,
    InsureeLookups lookups,
    VillageLookup villages,
    FhirCallerContext caller,
    MembershipEvents membership)
    : VersionedResourceHandler<Family, Group>(db, clock, options)
{
    // The insurees the running write moved, recorded once saved (a new family has its UUID only then). A handler
    // serves one request scope and its writes run one after another, so one field is enough.
    private List<MembershipMove> _moves = [];

    public override string Profile => OpenImisIg.GroupProfile;

    protected override IReadOnlyList<SearchParameter<Family>> ResourceSearchParameters => GroupSearchParameters.All;

    // A district user (tblUsersDistricts) sees the families of its districts' villages only, as in openIMIS: rows
    // elsewhere are missing for it (404 on read, left out of searches, includes, history and its exports).
    protected override IQueryable<Family> Scope(IQueryable<Family> rows) =>
        caller.Caller.DistrictIds is { } districts
            ? rows.Where(f => f.Location!.Parent!.ParentId != null && districts.Contains(f.Location!.Parent!.ParentId!.Value))
            : rows;

    protected override string? CallerLimit => DistrictLimit.Describe(caller.Caller);

    // History copies of insurees keep their FamilyID: only live rows are members. The village comes from the
    // location cache (GroupMapper), not from a join.
    protected override IQueryable<Family> Shape(IQueryable<Family> rows) => rows
        .Include(f => f.HeadInsuree)
        .Include(f => f.Members.Where(m => m.ValidityTo == null).OrderBy(m => m.Id));

    protected override Group ToFhir(Family row) => mapper.ToFhir(row);

    // Members point at the live family: a superseded version finds its members through their own versions.
    protected override System.Threading.Tasks.Task LoadVersionsAsync(IReadOnlyList<Family> versions, CancellationToken cancellationToken) =>
        FamilyVersions.LoadMembersAsync(Db, versions, cancellationToken);

    protected override async System.Threading.Tasks.Task ApplyAsync(Group resource, Family row, bool creating, CancellationToken cancellationToken)
    {
        var references = GroupReferences.Read(resource);
        var village = await villages.LiveVillageAsync(
            references.VillageId, $"{GroupReferences.AddressElement}.extension[location]", cancellationToken);
        var members = await lookups.LiveInsureesAsync(references.MemberIds, "Group.member", cancellationToken);
        mapper.ToEntity(resource, row, village);
        _moves = FamilyMembership.Apply(Db, row, references.HeadOf(members), members, Clock.GetUtcNow().UtcDateTime, Db.AuditUserId);
    }

    /// <inheritdoc />
    /// <remarks>Also the families whose members changed in <c>tblInsuree</c> (<see cref="MembershipChangeFeed"/>).</remarks>
    public override async Task<IReadOnlyList<RowChange>> ChangedSinceAsync(DateTime since, int max, CancellationToken cancellationToken)
    {
        var rows = await base.ChangedSinceAsync(since, max, cancellationToken);
        var moves = await MembershipChangeFeed.ChangedSinceAsync(Db, since, max, cancellationToken);
        if (moves.Count == 0)
        {
            return rows;
        }

        // Each list is complete up to its last instant, so the first max of both together are too.
        return rows.Concat(moves)
            .DistinctBy(c => (c.ResourceId, c.VersionId))
            .OrderBy(c => c.OccurredAt).ThenBy(c => c.ResourceId, StringComparer.Ordinal)
            .Take(max)
            .ToList();
    }

    // Every insuree the write moved is a new Patient version, and each family it left or joined changed membership.
    protected override System.Threading.Tasks.Task OnCreatedAsync(Family row, CancellationToken cancellationToken) => RecordMoves();

    protected override System.Threading.Tasks.Task OnUpdatedAsync(Family row, CancellationToken cancellationToken) => RecordMoves();

    private System.Threading.Tasks.Task RecordMoves()
    {
        membership.Moved(_moves);
        _moves = [];
        return System.Threading.Tasks.Task.CompletedTask;
    }

    // A family can go only when its head is all that is left in it: the others would lose their family silently.
    // The head stays as an insuree without family, as openIMIS does when it deletes a family but not its members.
    protected override System.Threading.Tasks.Task OnDeletingAsync(Family row, CancellationToken cancellationToken)
    {
        var others = row.Members.Where(m => m.ValidityTo is null && m.Id != row.HeadInsureeId).ToList();
        if (others.Count > 0)
        {
            throw FhirException.Conflict(
                $"Group/{row.Uuid.ToLowerInvariant()} still has {others.Count} member(s) besides its head "
                + $"({string.Join(", ", others.Select(m => $"Patient/{m.Uuid.ToLowerInvariant()}"))}): "
                + "move them to another Group or delete them first.");
        }

        if (row.HeadInsuree is { ValidityTo: null } head && head.FamilyId == row.Id)
        {
            // The head's new version is a Patient change; the family it leaves is being deleted, which is its own event.
            if (FamilyMembership.Detach(Db, head, Clock.GetUtcNow().UtcDateTime, Db.AuditUserId) is { } move)
            {
                membership.Moved([move with { FromFamilyUuid = null }]);
            }
        }

        return System.Threading.Tasks.Task.CompletedTask;
    }
}
