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

/// <summary>Medical items (<c>tblItems</c>) as openimis-medication.</summary>
internal sealed class MedicationHandler(
    ImisDbContext db,
    TimeProvider clock,
    IOptionsMonitor<FhirServerOptions> options,
    MedicationMapper mapper,
    MedicationSearchParameters searchParameters,
    MedicalUsage usage)
    : VersionedResourceHandler<MedicalItem, Medication>(db, clock, options)
{
    public override string Profile => OpenImisIg.MedicationProfile;

    protected override IReadOnlyList<SearchParameter<MedicalItem>> ResourceSearchParameters => searchParameters.All;

    protected override Medication ToFhir(MedicalItem row) => mapper.ToFhir(row);

    protected override async System.Threading.Tasks.Task ApplyAsync(Medication resource, MedicalItem row, bool creating, CancellationToken cancellationToken)
    {
        mapper.ToEntity(resource, row);

        // openIMIS has no unique index on ItemCode: the lock makes "free, so take it" one step for concurrent writers.
        await Db.LockValueAsync("tblItems.ItemCode", row.Code, cancellationToken);
        var code = row.Code;
        var id = row.Id;
        if (await Db.Set<MedicalItem>().AnyAsync(i => i.Code == code && i.ValidityTo == null && i.Id != id, cancellationToken))
        {
            throw FhirException.Unprocessable($"{MedicationMapper.CodeElement}: item code '{code}' is already another live item's.", MedicationMapper.CodeElement);
        }
    }

    protected override async System.Threading.Tasks.Task OnDeletingAsync(MedicalItem row, CancellationToken cancellationToken)
    {
        if (await usage.FindAsync(MedicalUsage.ItemUses, row.Id, cancellationToken) is { } use)
        {
            throw FhirException.Conflict($"Medication/{row.Uuid.ToLowerInvariant()} is used by {use}: openIMIS keeps items that are in use.");
        }
    }
}
