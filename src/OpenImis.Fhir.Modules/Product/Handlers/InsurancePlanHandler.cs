using Hl7.Fhir.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpenImis.Fhir.Core.Data;
using OpenImis.Fhir.Core.Errors;
using OpenImis.Fhir.Core.Rest;
using OpenImis.Fhir.Core.Search;
using OpenImis.Fhir.Modules.Product.Mapping;
using OpenImis.Fhir.Modules.Product.Search;
using OpenImis.Fhir.Modules.Shared;

namespace OpenImis.Fhir.Modules.Product.Handlers;

/// <summary>Products (<c>tblProduct</c>) as openimis-insurance-plan.</summary>
internal sealed class InsurancePlanHandler(
    ImisDbContext db,
    TimeProvider clock,
    IOptionsMonitor<FhirServerOptions> options,
    InsurancePlanMapper mapper,
    InsurancePlanSearchParameters searchParameters,
    ProductLookups lookups)
    : VersionedResourceHandler<Data.Product, InsurancePlan>(db, clock, options)
{
    private const string CodeElement = "InsurancePlan.identifier[Code].value";

    public override string Profile => OpenImisIg.InsurancePlanProfile;

    protected override IReadOnlyList<SearchParameter<Data.Product>> ResourceSearchParameters => searchParameters.All;

    // The location comes from the location cache (InsurancePlanMapper); the conversion product is one row.
    protected override IQueryable<Data.Product> Shape(IQueryable<Data.Product> rows) => rows.Include(p => p.ConversionProduct);

    protected override InsurancePlan ToFhir(Data.Product row) => mapper.ToFhir(row, DateOnly.FromDateTime(Clock.GetUtcNow().UtcDateTime));

    protected override async System.Threading.Tasks.Task ApplyAsync(InsurancePlan resource, Data.Product row, bool creating, CancellationToken cancellationToken)
    {
        var references = InsurancePlanReferences.Read(resource);
        InsurancePlanMapper.ToEntity(resource, row);
        row.LocationId = references.LocationId is { } locationId
            ? (await lookups.LiveCoverageAreaAsync(locationId, InsurancePlanReferences.CoverageAreaElement, cancellationToken)).Id
            : null;
        row.ConversionProductId = references.ConversionId is { } conversionId
            ? await ConversionAsync(conversionId, row, cancellationToken)
            : null;

        // openIMIS has no unique index on the product code: the lock makes "free, so take it" one step for concurrent writers.
        await Db.LockValueAsync("tblProduct.ProductCode", row.ProductCode, cancellationToken);
        if (await lookups.CodeTakenAsync(row.ProductCode, row.Id, cancellationToken))
        {
            throw FhirException.Unprocessable(
                $"InsurancePlan.identifier[Code]: product code '{row.ProductCode}' is already another live product's.", CodeElement);
        }
    }

    // openIMIS refuses to delete a product that live policies still use; its covered items and services end with it.
    protected override async System.Threading.Tasks.Task OnDeletingAsync(Data.Product row, CancellationToken cancellationToken)
    {
        var policies = await lookups.LivePolicyCountAsync(row.Id, cancellationToken);
        if (policies > 0)
        {
            throw FhirException.Conflict(
                $"InsurancePlan/{row.Uuid.ToLowerInvariant()} is the product of {policies} live policies: it cannot be deleted.");
        }

        await lookups.EndCoveredAsync(row.Id, VersionIds.Truncate(Clock.GetUtcNow().UtcDateTime), Settings.AuditUserId, cancellationToken);
    }

    private async Task<int> ConversionAsync(string uuid, Data.Product row, CancellationToken cancellationToken)
    {
        var conversion = await lookups.LiveProductAsync(uuid, InsurancePlanReferences.ConversionElement, cancellationToken);
        return conversion.Id == row.Id && row.Id != 0
            ? throw FhirException.Unprocessable(
                $"{InsurancePlanReferences.ConversionElement}: a product cannot convert into itself.", InsurancePlanReferences.ConversionElement)
            : conversion.Id;
    }
}
