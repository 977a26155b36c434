using Hl7.Fhir.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpenImis.Fhir.Core.Data;
using OpenImis.Fhir.Core.Errors;
using OpenImis.Fhir.Core.Rest;
using OpenImis.Fhir.Core.Search;
using OpenImis.Fhir.Core.Security;
using OpenImis.Fhir.Modules.EnrolmentOfficer.Data;
using OpenImis.Fhir.Modules.EnrolmentOfficer.Mapping;
using OpenImis.Fhir.Modules.EnrolmentOfficer.Search;
using OpenImis.Fhir.Modules.Shared;

namespace OpenImis.Fhir.Modules.EnrolmentOfficer.Handlers;

/// <summary>
/// Enrolment officers as openimis-enrolment-officer-practitioner-role (villages served, substitute, works-to): one
/// source of PractitionerRole, the same row and id as the Practitioner, read only.
/// </summary>
internal sealed class OfficerRoleHandler(
    ImisDbContext db, TimeProvider clock, IOptionsMonitor<FhirServerOptions> options, OfficerMapper mapper, FhirCallerContext caller)
    : VersionedResourceHandler<Officer, PractitionerRole>(db, clock, options)
{
    public override string Profile => OpenImisIg.EnrolmentOfficerRoleProfile;

    protected override WriteInteractions Writes => WriteInteractions.None;

    // A district user (tblUsersDistricts) sees the officers of its districts only (tblOfficer.LocationId).
    protected override IQueryable<Officer> Scope(IQueryable<Officer> rows) =>
        caller.Caller.DistrictIds is { } districts ? rows.Where(o => o.LocationId != null && districts.Contains(o.LocationId.Value)) : rows;

    protected override IReadOnlyList<SearchParameter<Officer>> ResourceSearchParameters => OfficerSearchParameters.Role;

    protected override IQueryable<Officer> Shape(IQueryable<Officer> rows) => rows
        .Include(o => o.Substitute)
        .Include(o => o.Villages.Where(v => v.ValidityTo == null).OrderBy(v => v.Id));

    // A history row's villages are the live officer's (tblOfficerVillages points at the live id).
    // The engine hands history rows over with the live officer's UUID: the role's practitioner.
    protected override PractitionerRole ToFhir(Officer row) => mapper.ToRole(row);

    protected override System.Threading.Tasks.Task ApplyAsync(PractitionerRole resource, Officer row, bool creating, CancellationToken cancellationToken) =>
        throw FhirException.NotSupported("Enrolment officers are read only.");
}
