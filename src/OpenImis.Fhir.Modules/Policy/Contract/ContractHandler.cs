using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpenImis.Fhir.Core.Data;
using OpenImis.Fhir.Core.Errors;
using OpenImis.Fhir.Core.Rest;
using OpenImis.Fhir.Core.Security;
using OpenImis.Fhir.Modules.Shared;
using OpenImis.Fhir.Core.Search;
using OpenImis.Fhir.Modules.Policy.Data;

namespace OpenImis.Fhir.Modules.Policy.Contract;

/// <summary>
/// Policies as openimis-contract. POST enrols (or renews) a family with dates and value computed from the product;
/// PUT adds contributions to an existing policy (the only change a client makes to one); DELETE removes an Idle
/// policy without contributions. Every write historises the policy first, as openIMIS does.
/// </summary>
internal sealed class ContractHandler(
    ImisDbContext db,
    TimeProvider clock,
    IOptionsMonitor<FhirServerOptions> options,
    ContractMapper mapper,
    Enrolment enrolment,
    Contributions contributions,
    FhirCallerContext caller)
    : VersionedResourceHandler<PolicyRow, Hl7.Fhir.Model.Contract>(db, clock, options)
{
    public override string Profile => PolicyIg.ContractProfile;

    // A district user (tblUsersDistricts) sees a policy of a family in its districts only, as in openIMIS (404 elsewhere, left out of searches).
    protected override IQueryable<PolicyRow> Scope(IQueryable<PolicyRow> rows) =>
        caller.Caller.DistrictIds is { } districts ? rows.Where(p => p.Family!.Location!.Parent!.ParentId != null && districts.Contains(p.Family!.Location!.Parent!.ParentId!.Value)) : rows;

    protected override string? CallerLimit => DistrictLimit.Describe(caller.Caller);

    protected override IReadOnlyList<SearchParameter<PolicyRow>> ResourceSearchParameters => ContractSearchParameters.All;

    protected override IQueryable<PolicyRow> Shape(IQueryable<PolicyRow> rows) =>
        rows.Include(p => p.Family).ThenInclude(f => f!.HeadInsuree)
            .Include(p => p.Product)
            .Include(p => p.Members.Where(m => m.ValidityTo == null)).ThenInclude(m => m.Insuree)
            .Include(p => p.Premiums.Where(m => m.ValidityTo == null))
            .AsSplitQuery();

    protected override Hl7.Fhir.Model.Contract ToFhir(PolicyRow row) => mapper.ToFhir(row);

    protected override async System.Threading.Tasks.Task ApplyAsync(
        Hl7.Fhir.Model.Contract resource, PolicyRow row, bool creating, CancellationToken cancellationToken)
    {
        var request = ContractRequest.Read(resource);
        var write = new PolicyWrite(VersionIds.Truncate(Clock.GetUtcNow().UtcDateTime), Db.AuditUserId);
        if (creating)
        {
            await enrolment.EnrolAsync(request, row, write, cancellationToken);
            return;
        }

        CheckSameTerms(request, row);
        var booked = row.Premiums.Select(p => p.Receipt).ToHashSet(StringComparer.Ordinal);
        var missing = row.Premiums.Where(p => request.Premiums.All(n => n.Receipt != p.Receipt)).Select(p => p.Receipt).FirstOrDefault();
        if (missing is not null)
        {
            throw FhirException.Unprocessable(
                $"{PremiumExtension.Element}: the contribution with receipt '{missing}' is missing; a contribution once booked is not removed through Contract.",
                PremiumExtension.Element);
        }

        await contributions.AddAsync(row, [.. request.Premiums.Where(p => !booked.Contains(p.Receipt))], write, cancellationToken);
    }

    // openIMIS refuses to delete a policy that has contributions (and, as intended, claims); an Idle one ends with its members.
    protected override System.Threading.Tasks.Task OnDeletingAsync(PolicyRow row, CancellationToken cancellationToken)
    {
        if (row.Premiums.Count > 0 || row.Status != PolicyCodes.StatusIdle)
        {
            throw FhirException.Conflict($"Contract/{row.Uuid.ToLowerInvariant()} has contributions or is not Idle: it cannot be deleted.");
        }

        var now = VersionIds.Truncate(Clock.GetUtcNow().UtcDateTime);
        foreach (var member in row.Members)
        {
            member.ValidityTo = now;
        }

        return System.Threading.Tasks.Task.CompletedTask;
    }

    // A past version shows the members and contributions the live policy had when that version began.
    protected override async System.Threading.Tasks.Task LoadVersionsAsync(IReadOnlyList<PolicyRow> versions, CancellationToken cancellationToken)
    {
        var liveIds = versions.Select(v => v.LegacyId!.Value).Distinct().ToList();
        var members = await Db.Set<InsureePolicy>().AsNoTracking().Include(m => m.Insuree)
            .Where(m => liveIds.Contains(m.PolicyId)).ToListAsync(cancellationToken);
        var premiums = await Db.Set<Premium>().AsNoTracking().Where(p => liveIds.Contains(p.PolicyId)).ToListAsync(cancellationToken);
        foreach (var version in versions)
        {
            var at = version.ValidityFrom;
            version.Members = [.. members.Where(m => m.PolicyId == version.LegacyId && m.ValidityFrom <= at && (m.ValidityTo == null || m.ValidityTo > at))];
            version.Premiums = [.. premiums.Where(p => p.PolicyId == version.LegacyId && p.ValidityFrom <= at && (p.ValidityTo == null || p.ValidityTo > at))];
        }
    }

    private static void CheckSameTerms(ContractRequest request, PolicyRow row)
    {
        if (request.FamilyUuid is { } family && !string.Equals(family, row.Family?.Uuid, StringComparison.OrdinalIgnoreCase))
        {
            throw FhirException.Unprocessable($"{ContractRequest.SubjectElement}: a policy's family does not change.", ContractRequest.SubjectElement);
        }

        if (request.ProductUuid is { } product && !string.Equals(product, row.Product?.Uuid, StringComparison.OrdinalIgnoreCase))
        {
            throw FhirException.Unprocessable($"{ContractRequest.ProductElement}: a policy's product does not change; renew with a new Contract.", ContractRequest.ProductElement);
        }
    }
}
