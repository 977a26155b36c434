using Microsoft.EntityFrameworkCore;
using OpenImis.Fhir.Core.Data;
using OpenImis.Fhir.Core.Errors;
using OpenImis.Fhir.Modules.Insuree.Data;
using OpenImis.Fhir.Modules.Policy.Data;
using OpenImis.Fhir.Modules.Policy.Rules;

namespace OpenImis.Fhir.Modules.Policy.Contract;

/// <summary>
/// Makes a policy the way openIMIS does (§4.2–4.5, decision §6.13): stage from the family's previous policy of the
/// product, dates and value from the product, status Idle, one <c>tblInsureePolicy</c> row per current member, the
/// contributions sent with it, and for a renewal the previous policy's renewal prompts historised.
/// </summary>
internal sealed class Enrolment(ImisDbContext db, Contributions contributions)
{
    public async System.Threading.Tasks.Task EnrolAsync(ContractRequest request, PolicyRow policy, PolicyWrite write, CancellationToken cancellationToken)
    {
        var family = await db.RequireLiveRowAsync<Family>(
            request.FamilyUuid ?? throw Missing(ContractRequest.SubjectElement, "the family (Group) to enrol"),
            $"Group/{request.FamilyUuid}", ContractRequest.SubjectElement, cancellationToken);
        var product = await db.RequireLiveRowAsync<Product.Data.Product>(
            request.ProductUuid ?? throw Missing(ContractRequest.ProductElement, "the product (InsurancePlan)"),
            $"InsurancePlan/{request.ProductUuid}", ContractRequest.ProductElement, cancellationToken);
        var enrollDate = request.EnrollDate ?? throw Missing(ContractRequest.IssuedElement, "the enrolment date");
        if (enrollDate > write.Today)
        {
            throw FhirException.Unprocessable($"{ContractRequest.IssuedElement}: the enrolment date cannot be in the future.", ContractRequest.IssuedElement);
        }

        if (DateOnly.FromDateTime(product.DateFrom) > enrollDate || DateOnly.FromDateTime(product.DateTo) < enrollDate)
        {
            throw FhirException.Unprocessable(
                $"{ContractRequest.ProductElement}: product {product.ProductCode} is not on sale on {PolicyDates.Text(enrollDate)}.", ContractRequest.ProductElement);
        }

        // One enrolment of a family at a time: the overlap check and the insert are one step for concurrent writers.
        await db.LockValueAsync("tblPolicy.FamilyID", family.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), cancellationToken);
        var members = await db.Set<Insuree.Data.Insuree>()
            .Where(i => i.FamilyId == family.Id && i.ValidityTo == null).OrderBy(i => i.Id).ToListAsync(cancellationToken);
        CheckMembers(request, members);

        var previous = await PreviousAsync(family.Id, product.Id, cancellationToken);
        var stage = previous is null ? PolicyCodes.StageNew : PolicyCodes.StageRenewal;
        var start = PolicyPeriod.StartDate(product, enrollDate, stage);
        if (previous?.ExpiryDate is { } previousExpiry && start <= previousExpiry)
        {
            // A renewal continues the previous policy: it starts the day after it ends, never overlapping it.
            start = previousExpiry.AddDays(1);
        }

        var expiry = PolicyPeriod.ExpiryDate(product, start);
        await CheckOverlapAsync(family.Id, product.Id, start, expiry, cancellationToken);

        var counts = MemberCounts.Of(members.Select(m => new PolicyMember(m.BirthDate, m.RelationshipId)), write.Today, product.MemberCount);
        policy.FamilyId = family.Id;
        policy.ProductId = product.Id;
        policy.Stage = stage;
        policy.Status = PolicyCodes.StatusIdle;
        policy.EnrollDate = enrollDate;
        policy.StartDate = start;
        policy.ExpiryDate = expiry;
        policy.EffectiveDate = null;
        policy.Value = PolicyValue.Compute(product, counts, new PolicyTerms(stage, enrollDate, start, previous?.ExpiryDate));
        policy.IsOffline = false;
        policy.CreationDate = write.Today;
        policy.Members.AddRange(members.Select(m => new InsureePolicy
        {
            InsureeId = m.Id,
            EnrollmentDate = enrollDate,
            StartDate = start,
            ExpiryDate = expiry,
            IsOffline = false,
            ValidityFrom = write.Now,
            AuditUserId = write.AuditUserId,
        }));

        if (previous is not null)
        {
            await db.Set<PolicyRenewal>().Where(r => r.PolicyId == previous.Id && r.ValidityTo == null)
                .ForEachAsync(r => r.ValidityTo = write.Now, cancellationToken);
        }

        await contributions.AddAsync(policy, request.Premiums, write, cancellationToken);
    }

    // openIMIS renews the latest current Active or Expired policy of the family for the product (or one converting into it).
    private Task<PolicyRow?> PreviousAsync(int familyId, int productId, CancellationToken cancellationToken) =>
        db.Set<PolicyRow>()
            .Where(p => p.FamilyId == familyId && p.ValidityTo == null
                && (p.Status == PolicyCodes.StatusActive || p.Status == PolicyCodes.StatusExpired)
                && (p.ProductId == productId || p.Product!.ConversionProductId == productId))
            .OrderByDescending(p => p.ExpiryDate).FirstOrDefaultAsync(cancellationToken);

    private async System.Threading.Tasks.Task CheckOverlapAsync(int familyId, int productId, DateOnly start, DateOnly expiry, CancellationToken cancellationToken)
    {
        var clash = await db.Set<PolicyRow>()
            .Where(p => p.FamilyId == familyId && p.ProductId == productId && p.ValidityTo == null
                && p.StartDate <= expiry && (p.ExpiryDate == null || p.ExpiryDate >= start))
            .Select(p => p.Uuid).FirstOrDefaultAsync(cancellationToken);
        if (clash is not null)
        {
            throw FhirException.Conflict(
                $"The family already has policy Contract/{clash.ToLowerInvariant()} of this product for {PolicyDates.Text(start)} to {PolicyDates.Text(expiry)}.");
        }
    }

    private static void CheckMembers(ContractRequest request, List<Insuree.Data.Insuree> members)
    {
        if (members.Count == 0)
        {
            throw FhirException.Unprocessable($"{ContractRequest.SubjectElement}: the family has no current member to cover.", ContractRequest.SubjectElement);
        }

        var known = members.Select(m => m.Uuid.ToLowerInvariant()).ToHashSet();
        if (request.MemberUuids.FirstOrDefault(u => !known.Contains(u.ToLowerInvariant())) is { } stranger)
        {
            throw FhirException.Unprocessable(
                $"{ContractRequest.MembersElement}: Patient/{stranger} is not a current member of the family; every current member is covered.",
                ContractRequest.MembersElement);
        }
    }

    private static FhirException Missing(string element, string what) =>
        FhirException.Unprocessable($"{element}: {what} is required.", element);
}
