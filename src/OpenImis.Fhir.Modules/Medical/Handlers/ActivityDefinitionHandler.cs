using Hl7.Fhir.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpenImis.Fhir.Core.Data;
using OpenImis.Fhir.Core.Errors;
using OpenImis.Fhir.Core.Rest;
using OpenImis.Fhir.Core.Search;
using OpenImis.Fhir.Modules.Medical.Data;
using OpenImis.Fhir.Modules.Medical.Mapping;
using OpenImis.Fhir.Modules.Medical.Search;
using OpenImis.Fhir.Modules.Shared;

namespace OpenImis.Fhir.Modules.Medical.Handlers;

/// <summary>Medical services (<c>tblServices</c>) as openimis-activitiy-definition.</summary>
internal sealed class ActivityDefinitionHandler(
    ImisDbContext db,
    TimeProvider clock,
    IOptionsMonitor<FhirServerOptions> options,
    ActivityDefinitionMapper mapper,
    ActivityDefinitionSearchParameters searchParameters,
    MedicalUsage usage)
    : VersionedResourceHandler<MedicalService, ActivityDefinition>(db, clock, options)
{
    public override string Profile => OpenImisIg.ActivityDefinitionProfile;

    protected override IReadOnlyList<SearchParameter<MedicalService>> ResourceSearchParameters => searchParameters.All;

    protected override ActivityDefinition ToFhir(MedicalService row) => mapper.ToFhir(row);

    protected override async System.Threading.Tasks.Task ApplyAsync(
        ActivityDefinition resource, MedicalService row, bool creating, CancellationToken cancellationToken)
    {
        mapper.ToEntity(resource, row);

        // openIMIS has no unique index on ServCode: the lock makes "free, so take it" one step for concurrent writers.
        await Db.LockValueAsync("tblServices.ServCode", row.Code, cancellationToken);
        var code = row.Code;
        var id = row.Id;
        if (await Db.Set<MedicalService>().AnyAsync(s => s.Code == code && s.ValidityTo == null && s.Id != id, cancellationToken))
        {
            throw FhirException.Unprocessable(
                $"{ActivityDefinitionMapper.CodeElement}: service code '{code}' is already another live service's.", ActivityDefinitionMapper.CodeElement);
        }
    }

    protected override async System.Threading.Tasks.Task OnDeletingAsync(MedicalService row, CancellationToken cancellationToken)
    {
        if (await usage.FindAsync(MedicalUsage.ServiceUses, row.Id, cancellationToken) is { } use)
        {
            throw FhirException.Conflict(
                $"ActivityDefinition/{row.Uuid.ToLowerInvariant()} is used by {use}: openIMIS keeps services that are in use.");
        }
    }
}
