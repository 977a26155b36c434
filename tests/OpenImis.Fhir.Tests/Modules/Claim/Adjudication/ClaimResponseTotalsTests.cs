using OpenImis.Fhir.Modules.Claim.Adjudication;
using OpenImis.Fhir.Modules.Claim.Data;

namespace OpenImis.Fhir.Tests.Modules.Claim.Adjudication;

public sealed class ClaimResponseTotalsTests
{
    private static ClaimItem Line(short status = ClaimCodes.LinePassed, short? reason = 0) => new()
    {
        Status = status,
        RejectionReason = reason,
        QtyProvided = 2,
        PriceAsked = 10,
        PriceAdjusted = 9,
        PriceValuated = 15,
    };

    [Fact]
    public void Adjudications_GivesOneEntryPerStatusReached_WhenTheClaimIsValuated()
    {
        var adjudications = ClaimResponseTotals.Adjudications(ClaimCodes.StatusValuated, Line()).ToList();

        Assert.Equal([(2, 10m, 2m), (4, 10m, 2m), (8, 9m, 2m), (16, 7.5m, 2m)], adjudications.Select(a => ((int)a.Category, a.Amount, a.Value)));
    }

    [Fact]
    public void Adjudications_GivesOnlyTheRejection_WhenTheLineIsRejected()
    {
        var adjudication = Assert.Single(ClaimResponseTotals.Adjudications(ClaimCodes.StatusChecked, Line(ClaimCodes.LineRejected, 5)));

        Assert.Equal((ClaimCodes.StatusRejected, 10m, 2m), adjudication);
    }

    [Fact]
    public void Of_ReportsWhatWasClaimed_WhenTheClaimIsRejected()
    {
        var claim = new ClaimRow { Status = ClaimCodes.StatusRejected };

        var total = Assert.Single(ClaimResponseTotals.Of(claim, [Line(ClaimCodes.LineRejected, 7), Line(ClaimCodes.LineRejected, 7)]));

        Assert.Equal(("2", 40m), (total.Category.Coding[0].Code, total.Amount.Value));
    }

    [Fact]
    public void Of_AddsOnlyAcceptedLinesToTheValuatedTotal_WhenSomeLinesWereRejected()
    {
        var claim = new ClaimRow { Status = ClaimCodes.StatusValuated };

        var totals = ClaimResponseTotals.Of(claim, [Line(), Line(ClaimCodes.LineRejected, -1)]).ToList();

        Assert.Equal([("2", 40m), ("4", 20m), ("8", 18m), ("16", 15m)], totals.Select(t => (t.Category.Coding[0].Code, t.Amount.Value!.Value)));
    }
}
