using Hl7.Fhir.Model;
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
/// Enrolment officers (<c>tblOfficer</c>) as openimis-enrolment-officer-practitioner: one source of Practitioner,
/// read only, as openIMIS's own FHIR API has it (officers are managed in openIMIS with their users).
/// </summary>
internal sealed class OfficerPractitionerHandler(
    ImisDbContext db, TimeProvider clock, IOptionsMonitor<FhirServerOptions> options, OfficerMapper mapper, FhirCallerContext caller)
    : VersionedResourceHandler<Officer, Practitioner>(db, clock, options)
{
    public override string Profile => OpenImisIg.EnrolmentOfficerPractitionerProfile;

    protected override WriteInteractions Writes => WriteInteractions.None;

    // A district user (tblUsersDistricts) sees the officers of its districts only (tblOfficer.LocationId).
    protected override IQueryable<Officer> Scope(IQueryable<Officer> rows) =>
        caller.Caller.DistrictIds is { } districts ? rows.Where(o => o.LocationId != null && districts.Contains(o.LocationId.Value)) : rows;

    protected override IReadOnlyList<SearchParameter<Officer>> ResourceSearchParameters => OfficerSearchParameters.Practitioner;

    protected override Practitioner ToFhir(Officer row) => mapper.ToPractitioner(row);

    protected override System.Threading.Tasks.Task ApplyAsync(Practitioner resource, Officer row, bool creating, CancellationToken cancellationToken) =>
        throw FhirException.NotSupported("Enrolment officers are read only.");
}
