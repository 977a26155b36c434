using Microsoft.EntityFrameworkCore;
using OpenImis.Fhir.Core.Data;
using OpenImis.Fhir.Core.Errors;
using OpenImis.Fhir.Modules.Policy.Data;
using OpenImis.Fhir.Modules.Policy.Rules;

namespace OpenImis.Fhir.Modules.Policy.Contract;

/// <summary>
/// Books contributions (<c>tblPremium</c>) on a policy and activates an Idle policy they pay (§4.6): status Active,
/// the effective date by decision §6.11, and the covered insurees' dates copied from the policy.
/// </summary>
internal sealed class Contributions(ImisDbContext db)
{
    public async Task AddAsync(PolicyRow policy, IReadOnlyList<PremiumInput> premiums, PolicyWrite write, CancellationToken cancellationToken)
    {
        foreach (var input in premiums.OrderBy(p => p.PayDate))
        {
            await CheckAsync(policy, input, write.Today, cancellationToken);
            var premium = new Premium
            {
                Uuid = Guid.NewGuid().ToString(),
                Amount = input.Amount,
                Receipt = input.Receipt,
                PayDate = input.PayDate,
                PayType = input.PayType,
                IsPhotoFee = input.IsPhotoFee,
                IsOffline = false,
                CreatedDate = write.Today,
                ValidityFrom = write.Now,
                AuditUserId = write.AuditUserId,
            };
            var others = policy.Premiums.Where(Payment.Counts).Sum(p => p.Amount);
            policy.Premiums.Add(premium);
            if (policy.Status == PolicyCodes.StatusIdle
                && Payment.EffectiveDate(policy.Value ?? 0, others, input.Amount, input.IsPhotoFee, input.PayDate, policy.StartDate) is { } effective)
            {
                Activate(policy, effective);
            }
        }
    }

    private static void Activate(PolicyRow policy, DateOnly effective)
    {
        policy.Status = PolicyCodes.StatusActive;
        policy.EffectiveDate = effective;
        foreach (var member in policy.Members.Where(m => m.ValidityTo is null))
        {
            member.EffectiveDate = effective;
            member.StartDate = policy.StartDate;
            member.ExpiryDate = policy.ExpiryDate;
        }
    }

    // openIMIS: a receipt is unique among the current contributions of policies of the same product; no future payment.
    private async System.Threading.Tasks.Task CheckAsync(PolicyRow policy, PremiumInput input, DateOnly today, CancellationToken cancellationToken)
    {
        if (input.PayDate > today || input.PayDate < policy.EnrollDate)
        {
            throw FhirException.Unprocessable(
                $"{PremiumExtension.Element}.extension[date]: {PolicyDates.Text(input.PayDate)} is not between the enrolment date {PolicyDates.Text(policy.EnrollDate)} and today.",
                $"{PremiumExtension.Element}.extension[date]");
        }

        await db.LockValueAsync("tblPremium.Receipt", $"{policy.ProductId}|{input.Receipt}", cancellationToken);
        var taken = policy.Premiums.Any(p => p.ValidityTo is null && p.Receipt == input.Receipt)
            || await db.Set<Premium>().AnyAsync(
                p => p.ValidityTo == null && p.Receipt == input.Receipt && p.Policy!.ProductId == policy.ProductId && p.Policy.ValidityTo == null,
                cancellationToken);
        if (taken)
        {
            throw FhirException.Unprocessable(
                $"{PremiumExtension.Element}.extension[receipt]: receipt '{input.Receipt}' is already booked on a policy of this product.",
                $"{PremiumExtension.Element}.extension[receipt]");
        }
    }
}
