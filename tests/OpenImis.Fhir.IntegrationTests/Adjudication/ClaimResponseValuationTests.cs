using System.Net;
using Hl7.Fhir.Model;
using Hl7.Fhir.Rest;
using Microsoft.EntityFrameworkCore;
using OpenImis.Fhir.Modules.Claim.Data;
using static OpenImis.Fhir.IntegrationTests.Adjudication.AdjudicationClient;

namespace OpenImis.Fhir.IntegrationTests.Adjudication;

/// <summary>
/// Review and valuation by PUT ClaimResponse. The fixture's product has a deductible of 10 and a ceiling of 100 per
/// insuree; each claim's item line asks 30 a unit (price list 25), its service line 50 (the facility's own price).
/// </summary>
public sealed class ClaimResponseValuationTests(AdjudicationFixture server) : IClassFixture<AdjudicationFixture>
{
    [Fact]
    public async System.Threading.Tasks.Task Update_ValuatesEveryLineWithTheApprovedPrice_WhenOutcomeIsComplete()
    {
        var id = await server.AddCheckedClaimAsync("VAL-1", await server.NewPolicyAsync());
        using var client = Client(server);
        var response = (await client.ReadAsync<ClaimResponse>($"ClaimResponse/{id}"))!;
        Approve(response, 0, 2, 20);
        response.Outcome = ClaimProcessingCodes.Complete;

        var valuated = (await client.UpdateAsync(response))!;

        // Item: 2 x 20 (the reviewer's price, §6.8) less the deductible 10 = 30; service: 50 at the facility's price.
        Assert.Equal(ClaimProcessingCodes.Complete, valuated.Outcome);
        Assert.Equal([30m, 50m], valuated.Item.Select(i => Adjudicated(valuated, i.ItemSequence!.Value - 1, "16").Amount.Value!.Value * Adjudicated(valuated, i.ItemSequence!.Value - 1, "16").Value!.Value));
        Assert.Equal(80m, Total(valuated, "16"));
        var (status, lines, booked) = State(id);
        Assert.Equal(ClaimCodes.StatusValuated, status);
        Assert.Equal([(20m, 30m, 10m), (null, 50m, 0m)], lines);
        Assert.Equal((10m, 80m), booked);
    }

    [Fact]
    public async System.Threading.Tasks.Task Update_PaysOnlyWhatTheCeilingLeaves_WhenAnEarlierClaimOfThePolicyUsedIt()
    {
        var policy = await server.NewPolicyAsync();
        var first = await server.AddCheckedClaimAsync("CEIL-1", policy);
        var second = await server.AddCheckedClaimAsync("CEIL-2", policy, itemQty: 1);
        using var client = Client(server);
        await ValuateAsync(client, first);

        var valuated = await ValuateAsync(client, second);

        // The first claim used the deductible (10) and 90 of the ceiling (100): the second's item (25) gets 10, its service nothing.
        Assert.Equal(10m, Total(valuated, "16"));
        Assert.Equal([(null, 10m, 0m), (null, 0m, 0m)], State(second).Lines);
        Assert.Equal([15m, 50m], server.WithDb(db => LiveLines(db, second).Select(l => l.ExceedCeilingAmount!.Value).ToList()));
    }

    [Fact]
    public async System.Threading.Tasks.Task Update_NeverSpendsTheCeilingTwice_WhenTwoClaimsOfOnePolicyAreValuatedAtOnce()
    {
        var policy = await server.NewPolicyAsync();
        var claims = new[] { await server.AddCheckedClaimAsync("RACE-1", policy), await server.AddCheckedClaimAsync("RACE-2", policy) };

        await System.Threading.Tasks.Task.WhenAll(claims.Select(async id =>
        {
            using var client = Client(server);
            await ValuateAsync(client, id);
        }));

        // 2 x 110 asked, 10 deductible: the ceiling of 100 caps what both claims remunerate together.
        var booked = server.WithDb(db => db.Set<ClaimDedRem>().Where(d => d.PolicyId == policy && d.ValidityTo == null).ToList());
        Assert.Equal((10m, 100m), (booked.Sum(d => d.DedG!.Value), booked.Sum(d => d.RemG!.Value)));
    }

    [Fact]
    public async System.Threading.Tasks.Task Update_RejectsTheClaim_WhenTheReviewRejectsEveryLine()
    {
        var id = await server.AddCheckedClaimAsync("REJ-1", await server.NewPolicyAsync());
        using var client = Client(server);
        var response = (await client.ReadAsync<ClaimResponse>($"ClaimResponse/{id}"))!;
        Reject(response, 0, "-1", "Not indicated");
        Reject(response, 1, "-1", "Not indicated");
        response.Outcome = ClaimProcessingCodes.Complete;

        var rejected = (await client.UpdateAsync(response))!;

        Assert.Equal(ClaimProcessingCodes.Complete, rejected.Outcome);
        Assert.Equal(["2"], rejected.Total.Select(t => t.Category.Coding[0].Code));
        Assert.Equal(ClaimCodes.StatusRejected, State(id).Status);
        Assert.All(rejected.Item, i => Assert.Equal(("1", "-1", "Not indicated"), (i.Adjudication.Single().Category.Coding[0].Code, i.Adjudication[0].Reason.Coding[0].Code, i.Adjudication[0].Reason.Text)));
    }

    [Fact]
    public async System.Threading.Tasks.Task Update_SavesTheReviewOnly_WhenOutcomeIsPartial()
    {
        var id = await server.AddCheckedClaimAsync("REV-1", await server.NewPolicyAsync());
        using var client = Client(server);
        var response = (await client.ReadAsync<ClaimResponse>($"ClaimResponse/{id}"))!;
        Reject(response, 1, "-1", "Duplicate visit");
        response.ProcessNote = [new ClaimResponse.NoteComponent { Text = "Service line rejected" }];

        var reviewed = (await client.UpdateAsync(response))!;

        Assert.Equal(ClaimProcessingCodes.Partial, reviewed.Outcome);
        Assert.Equal("Service line rejected", reviewed.ProcessNote.Single().Text);
        // Approved is what the accepted item line is worth at the price list: 2 x 25.
        var claim = server.WithDb(db => db.Set<ClaimRow>().Single(c => c.Uuid == id && c.ValidityTo == null));
        Assert.Equal((ClaimCodes.StatusChecked, ClaimCodes.ReviewDelivered, 50m), (claim.Status, claim.ReviewStatus, claim.Approved));
    }

    [Fact]
    public async System.Threading.Tasks.Task Vread_GivesTheLinesAsTheyWere_WhenAnOlderVersionIsRead()
    {
        var id = await server.AddCheckedClaimAsync("HIST-1", await server.NewPolicyAsync());
        using var client = Client(server);
        var before = (await client.ReadAsync<ClaimResponse>($"ClaimResponse/{id}"))!;
        await ValuateAsync(client, id);

        var history = (await client.HistoryAsync($"ClaimResponse/{id}"))!;
        var old = (await client.ReadAsync<ClaimResponse>($"ClaimResponse/{id}/_history/{before.Meta.VersionId}"))!;

        Assert.Equal(2, history.Entry.Count);
        Assert.True(old.IsExactly(before), "The first version reads as it read before the update.");
        Assert.Equal(4, server.WithDb(db => db.Set<ClaimItem>().Count(l => l.Claim!.Uuid == id) + db.Set<ClaimService>().Count(l => l.Claim!.Uuid == id)));
    }

    [Fact]
    public async System.Threading.Tasks.Task Update_Answers409_WhenTheClaimIsAlreadyValuated()
    {
        var id = await server.AddCheckedClaimAsync("DONE-1", await server.NewPolicyAsync());
        using var client = Client(server);
        var valuated = await ValuateAsync(client, id);

        var error = await Assert.ThrowsAsync<FhirOperationException>(() => client.UpdateAsync(valuated));

        Assert.Equal(HttpStatusCode.Conflict, error.Status);
        Assert.IsType<OperationOutcome>(error.Outcome);
    }

    [Theory]
    [InlineData("-2")]
    [InlineData("0")]
    public async System.Threading.Tasks.Task Update_Answers422_WhenARejectionHasNoGuideReason(string reason)
    {
        var id = await server.AddCheckedClaimAsync($"BAD-{reason}", await server.NewPolicyAsync());
        using var client = Client(server);
        var response = (await client.ReadAsync<ClaimResponse>($"ClaimResponse/{id}"))!;
        Reject(response, 0, reason, "AI");

        var error = await Assert.ThrowsAsync<FhirOperationException>(() => client.UpdateAsync(response));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, error.Status);
        Assert.Equal(ClaimCodes.StatusChecked, State(id).Status);
    }

    [Fact]
    public async System.Threading.Tasks.Task Update_Answers412_WhenIfMatchNamesAnOlderVersion()
    {
        var id = await server.AddCheckedClaimAsync("STALE-1", await server.NewPolicyAsync());
        using var client = Client(server);
        var stale = (await client.ReadAsync<ClaimResponse>($"ClaimResponse/{id}"))!;
        await client.UpdateAsync((ClaimResponse)stale.DeepCopy(), versionAware: true);
        stale.Outcome = ClaimProcessingCodes.Complete;

        var error = await Assert.ThrowsAsync<FhirOperationException>(() => client.UpdateAsync(stale, versionAware: true));

        Assert.Equal(HttpStatusCode.PreconditionFailed, error.Status);
        Assert.Equal(ClaimCodes.StatusChecked, State(id).Status);
    }

    private static async Task<ClaimResponse> ValuateAsync(FhirClient client, string id)
    {
        var response = (await client.ReadAsync<ClaimResponse>($"ClaimResponse/{id}"))!;
        response.Outcome = ClaimProcessingCodes.Complete;
        return (await client.UpdateAsync(response))!;
    }

    private static List<ClaimLine> LiveLines(Core.Data.ImisDbContext db, string id) =>
        [.. db.Set<ClaimItem>().Where(l => l.Claim!.Uuid == id && l.ValidityTo == null).AsEnumerable<ClaimLine>(),
         .. db.Set<ClaimService>().Where(l => l.Claim!.Uuid == id && l.ValidityTo == null)];

    private (short Status, List<(decimal? Approved, decimal? Valuated, decimal? Deducted)> Lines, (decimal, decimal) Booked) State(string id) =>
        server.WithDb(db =>
        {
            var claim = db.Set<ClaimRow>().AsNoTracking().Single(c => c.Uuid == id && c.ValidityTo == null);
            var booked = db.Set<ClaimDedRem>().Where(d => d.ClaimId == claim.Id && d.ValidityTo == null).ToList();
            return (claim.Status,
                LiveLines(db, id).Select(l => (l.PriceApproved, l.PriceValuated, l.DeductableAmount)).ToList(),
                (booked.Sum(d => d.DedG ?? 0), booked.Sum(d => d.RemG ?? 0)));
        });
}
