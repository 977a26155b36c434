using OpenImis.Fhir.Modules.Claim.Data;
using OpenImis.Fhir.Modules.Claim.Submission.Rules;
using OpenImis.Fhir.Modules.Product.Data;

namespace OpenImis.Fhir.Modules.Claim.Submission;

/// <summary>
/// The rule engine at submission (§1.3, with the decisions of §6.2–§6.5): the claim-level checks 9 then 7, then per
/// line 1, 2, 10, 4, 5 and the product checks 3, 17, 16 and the category maxima 11–15 and 19, each line stopping at
/// its first failure and keeping its code; then product assignment (§1.4) on the lines that passed.
/// </summary>
internal sealed class ClaimRuleEngine(RuleQueries queries)
{
    /// <summary>Checks the tracked claim and its lines; returns the claim-level rejection reason, 0 when the lines were judged one by one.</summary>
    public async Task<short> RunAsync(ClaimRow claim, CancellationToken cancellationToken)
    {
        var target = claim.DateTo ?? claim.DateFrom;
        var multiDay = target != claim.DateFrom;
        var subjects = claim.Items.Select(LineSubject.Of).Concat(claim.Services.Select(LineSubject.Of)).ToList();
        if (claim.DateClaimed < claim.DateFrom)
        {
            return RejectAll(subjects, RejectionCodes.TargetDate);
        }

        var insuree = claim.Insuree!;
        var policies = await queries.CoveringPoliciesAsync(insuree.Id, insuree.FamilyId, target, cancellationToken);
        if (insuree.ValidityTo is not null
            || (policies.Count == 0 && !await queries.AnyCoverageAsync(insuree.Id, claim.DateFrom, target, cancellationToken)))
        {
            return RejectAll(subjects, RejectionCodes.InsureeNotCovered);
        }

        claim.Category = ClaimCategories.Of(claim.Services.Select(s => s.Service!.ValidityTo is null ? s.Service.Category : null), multiDay);
        var facility = claim.HealthFacility!;
        var itemPrices = await queries.PriceListIsCurrentAsync<ItemPriceList>(facility.PriceListItemsId, cancellationToken)
            ? await queries.PriceListAsync<ItemPriceListDetail>(facility.PriceListItemsId, cancellationToken) : [];
        var servicePrices = await queries.PriceListIsCurrentAsync<ServicePriceList>(facility.PriceListServicesId, cancellationToken)
            ? await queries.PriceListAsync<ServicePriceListDetail>(facility.PriceListServicesId, cancellationToken) : [];
        var context = new LineContext(claim, target, multiDay, PatientMask.IsAdult(insuree.BirthDate, target),
            PatientMask.Of(insuree.GenderCode, insuree.BirthDate, target), policies);
        foreach (var subject in subjects)
        {
            var prices = subject.IsService ? servicePrices : itemPrices;
            var reason = await CheckAsync(context, subject, prices, cancellationToken);
            subject.Line.RejectionReason = reason;
            subject.Line.Status = reason == RejectionCodes.Accepted ? ClaimCodes.LinePassed : ClaimCodes.LineRejected;
        }

        return 0;
    }

    private static short RejectAll(List<LineSubject> subjects, short reason)
    {
        foreach (var subject in subjects)
        {
            subject.Line.RejectionReason = reason;
            subject.Line.Status = ClaimCodes.LineRejected;
        }

        return reason;
    }

    private async Task<short> CheckAsync(LineContext context, LineSubject subject, Dictionary<int, decimal?> prices, CancellationToken cancellationToken)
    {
        if (!subject.MedicalCurrent)
        {
            return RejectionCodes.InvalidItem;
        }

        if (!prices.TryGetValue(subject.MedicalId, out var overrule))
        {
            return RejectionCodes.NotInPriceList;
        }

        if (CareTypeRule.Rejects(context.Claim.HealthFacility!.CareType, subject.CareType, context.MultiDay))
        {
            return RejectionCodes.CareType;
        }

        if (!PatientMask.Allows(subject.PatientCategory, context.Mask))
        {
            return RejectionCodes.PatientCategory;
        }

        if (subject.Frequency is > 0
            && FrequencyWindow.Rejects(subject.Frequency, context.Target, await AcceptedTargetsAsync(context, subject, cancellationToken)))
        {
            return RejectionCodes.Frequency;
        }

        return await ProductAsync(context, subject, overrule ?? subject.Price, cancellationToken);
    }

    // Decision §6.4: the policies are tried in waiting-period order and the first that passes covers the line; the
    // line is refused only when none does, with the first failure met (3 when no product covers it at all).
    private async Task<short> ProductAsync(LineContext context, LineSubject subject, decimal listPrice, CancellationToken cancellationToken)
    {
        var products = context.Policies.Select(p => p.Product.Id).Distinct().ToList();
        IReadOnlyList<CoveredLimits> covered = subject.IsService
            ? await queries.ProductServicesAsync(products, subject.MedicalId, cancellationToken)
            : await queries.ProductItemsAsync(products, subject.MedicalId, cancellationToken);
        short? firstFailure = null;
        foreach (var policy in context.Policies)
        {
            var lines = covered.Where(c => c.ProductId == policy.Product.Id).ToList();
            if (lines.Count == 0)
            {
                continue;
            }

            var failure = await PolicyFailureAsync(context, subject, policy, lines, cancellationToken);
            if (failure is null)
            {
                return Assign(context, subject, policy, lines, listPrice);
            }

            firstFailure ??= failure;
        }

        return firstFailure ?? RejectionCodes.NoProduct;
    }

    private async Task<short?> PolicyFailureAsync(
        LineContext context, LineSubject subject, CoveringPolicy policy, List<CoveredLimits> lines, CancellationToken cancellationToken)
    {
        var line = lines[0];
        var waiting = context.Adult ? line.WaitingPeriodAdult : line.WaitingPeriodChild;
        if (policy.Waits && waiting is > 0 && context.Target < policy.MemberEffective.AddMonths(waiting.Value))
        {
            return RejectionCodes.WaitingPeriod;
        }

        var limit = context.Adult ? line.LimitNoAdult : line.LimitNoChild;
        if (limit is >= 0)
        {
            var used = subject.IsService
                ? await queries.UsedAsync<ClaimService>(context.Claim.Id, context.Claim.InsureeId, l => l.ServiceId == subject.MedicalId, policy.MemberEffective, policy.Expiry, cancellationToken)
                : await queries.UsedAsync<ClaimItem>(context.Claim.Id, context.Claim.InsureeId, l => l.ItemId == subject.MedicalId, policy.MemberEffective, policy.Expiry, cancellationToken);
            if (QuantityLimit.Rejects(limit, used, subject.Line.QtyProvided))
            {
                return RejectionCodes.QuantityLimit;
            }
        }

        var category = context.Claim.Category ?? "V";
        if (subject.IsService && category != "O" && ClaimCategories.Maximum(category, policy.Product) is { } maximum && maximum.Maximum is >= 0)
        {
            var previous = await queries.CategoryClaimsAsync(context.Claim.Id, context.Claim.InsureeId, category, policy.MemberEffective, policy.Expiry, cancellationToken);
            if (ClaimCategories.Rejects(maximum.Maximum, previous))
            {
                return maximum.Code;
            }
        }

        return null;
    }

    // §1.4 and §1.5: the product line that leaves the insuree less to pay, the policy, and the unit price rule.
    private static short Assign(LineContext context, LineSubject subject, CoveringPolicy policy, List<CoveredLimits> lines, decimal listPrice)
    {
        var line = subject.Line;
        var price = line.PriceApproved ?? line.PriceAdjusted ?? line.PriceAsked;
        if (ProductChoice.Choose(lines, context.Claim.VisitType, context.Adult, price) is not { } choice)
        {
            return RejectionCodes.NoProduct;
        }

        line.ProductId = policy.Product.Id;
        line.PolicyId = policy.PolicyId;
        line.PriceOrigin = choice.Line.PriceOrigin;
        line.Limitation = choice.Limitation;
        line.LimitationValue = choice.Value;
        line.PriceAdjusted ??= line.PriceApproved is null ? (choice.Line.PriceOrigin == "O" ? line.PriceAsked : listPrice) : null;
        return RejectionCodes.Accepted;
    }

    private Task<List<DateOnly>> AcceptedTargetsAsync(LineContext context, LineSubject subject, CancellationToken cancellationToken) =>
        subject.IsService
            ? queries.AcceptedTargetsAsync<ClaimService>(context.Claim.Id, context.Claim.InsureeId, l => l.ServiceId == subject.MedicalId, cancellationToken)
            : queries.AcceptedTargetsAsync<ClaimItem>(context.Claim.Id, context.Claim.InsureeId, l => l.ItemId == subject.MedicalId, cancellationToken);

    private sealed record LineContext(ClaimRow Claim, DateOnly Target, bool MultiDay, bool Adult, int Mask, List<CoveringPolicy> Policies);
}
