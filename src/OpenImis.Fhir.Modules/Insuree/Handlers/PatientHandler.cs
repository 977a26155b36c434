using Hl7.Fhir.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpenImis.Fhir.Core.Data;
using OpenImis.Fhir.Core.Errors;
using OpenImis.Fhir.Core.Rest;
using OpenImis.Fhir.Core.Security;
using OpenImis.Fhir.Core.Search;
using OpenImis.Fhir.Modules.Insuree.Mapping;
using OpenImis.Fhir.Modules.Insuree.Search;
using OpenImis.Fhir.Modules.Location.Handlers;
using OpenImis.Fhir.Modules.Shared;

namespace OpenImis.Fhir.Modules.Insuree.Handlers;

/// <summary>Insurees (<c>tblInsuree</c>) as openimis-patient.</summary>
internal sealed class PatientHandler(
    ImisDbContext db,
    TimeProvider clock,
    IOptionsMonitor<FhirServerOptions> options,
    PatientMapper mapper,
    PatientSearchParameters searchParameters,
    InsureeLookups lookups,
    VillageLookup villages,
    FhirCallerContext caller,
    MembershipEvents membership)
    : VersionedResourceHandler<Data.Insuree, Patient>(db, clock, options)
{
    // The family the insuree was in before the write ApplyAsync is running (its UUID), read by the after-save hooks.
    // A handler serves one request scope and its writes run one after another, so one field is enough.
    private string? _familyBefore;

    public override string Profile => OpenImisIg.PatientProfile;

    protected override IReadOnlyList<SearchParameter<Data.Insuree>> ResourceSearchParameters => searchParameters.All;

    // A district user (tblUsersDistricts) sees the families of its districts' villages only, as in openIMIS: rows
    // elsewhere are missing for it (404 on read, left out of searches, includes, history and its exports).
    protected override IQueryable<Data.Insuree> Scope(IQueryable<Data.Insuree> rows) =>
        caller.Caller.DistrictIds is { } districts
            ? rows.Where(i => i.Family!.Location!.Parent!.ParentId != null && districts.Contains(i.Family!.Location!.Parent!.ParentId!.Value))
            : rows;

    protected override string? CallerLimit => DistrictLimit.Describe(caller.Caller);

    // Only references to one row each: the read stays one SQL query with left joins. The villages come from the
    // location cache (PatientMapper), not from joins: planning the two four-level chains cost more than the read.
    protected override IQueryable<Data.Insuree> Shape(IQueryable<Data.Insuree> rows) => rows
        .Include(i => i.Family!.HeadInsuree)
        .Include(i => i.Photo);

    protected override Patient ToFhir(Data.Insuree row) => mapper.ToFhir(row);

    protected override async System.Threading.Tasks.Task ApplyAsync(Patient resource, Data.Insuree row, bool creating, CancellationToken cancellationToken)
    {
        _familyBefore = creating || row.FamilyId is null ? null : row.Family?.Uuid;
        var references = PatientReferences.Read(resource);
        var family = references.FamilyId is { } familyId
            ? await lookups.LiveFamilyAsync(familyId, PatientReferences.FamilyElement, cancellationToken)
            : null;
        var village = references.CurrentVillageId is { } villageId
            ? await villages.LiveVillageAsync(villageId, $"{PatientReferences.InsureeAddressElement}.extension[location]", cancellationToken)
            : null;
        var now = VersionIds.Truncate(Clock.GetUtcNow().UtcDateTime);
        mapper.ToEntity(resource, row, new PatientLinks(family, village, now, Db.AuditUserId));
        if (row.ChfId is not { } chfId)
        {
            return;
        }

        // openIMIS has no unique index on CHFID: the lock makes "free, so take it" one step for concurrent writers.
        await Db.LockValueAsync("tblInsuree.CHFID", chfId, cancellationToken);
        if (await lookups.ChfIdTakenAsync(chfId, row.Id, cancellationToken))
        {
            throw FhirException.Unprocessable(
                $"Patient.identifier[Code]: CHFID '{chfId}' is already another live insuree's.", "Patient.identifier[Code].value");
        }
    }

    // Membership lives on the insuree row: a write that sets, changes or removes its family changes the Group(s) too.
    protected override System.Threading.Tasks.Task OnCreatedAsync(Data.Insuree row, CancellationToken cancellationToken)
    {
        membership.FamiliesChanged(null, row.Family?.Uuid, row.ValidityFrom);
        return System.Threading.Tasks.Task.CompletedTask;
    }

    protected override System.Threading.Tasks.Task OnUpdatedAsync(Data.Insuree row, CancellationToken cancellationToken)
    {
        var after = row.FamilyId is null ? null : row.Family?.Uuid;
        if (!string.Equals(_familyBefore, after, StringComparison.OrdinalIgnoreCase))
        {
            membership.FamiliesChanged(_familyBefore, after, row.ValidityFrom);
        }

        return System.Threading.Tasks.Task.CompletedTask;
    }

    // openIMIS's delete keeps FamilyID on the deleted row: the member leaves its family at the delete's instant.
    protected override System.Threading.Tasks.Task OnDeletedAsync(Data.Insuree row, CancellationToken cancellationToken)
    {
        if (row.FamilyId is not null && row.Family is { ValidityTo: null } family)
        {
            membership.FamiliesChanged(family.Uuid, null, row.ValidityTo ?? row.ValidityFrom);
        }

        return System.Threading.Tasks.Task.CompletedTask;
    }

    // Deleting a head would leave the family without one: the family goes first (DELETE Group).
    protected override System.Threading.Tasks.Task OnDeletingAsync(Data.Insuree row, CancellationToken cancellationToken) =>
        row.Family is { ValidityTo: null } family && family.HeadInsureeId == row.Id
            ? throw FhirException.Conflict(
                $"Patient/{row.Uuid.ToLowerInvariant()} is the head of Group/{family.Uuid.ToLowerInvariant()}: delete the Group, or give it another head, first.")
            : System.Threading.Tasks.Task.CompletedTask;
}
