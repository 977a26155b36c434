using Hl7.Fhir.Model;
using OpenImis.Fhir.Core.Errors;
using OpenImis.Fhir.Core.Rest;
using OpenImis.Fhir.Core.Search;

namespace OpenImis.Fhir.Tests.Core.Rest;

public sealed class CompositeResourceHandlerTests
{
    private const string Facility = "https://example.org/StructureDefinition/facility";
    private const string Insurer = "https://example.org/StructureDefinition/insurer";

    private static Organization Org(string name, int minute) => new()
    {
        Id = Guid.NewGuid().ToString(),
        Name = name,
        Meta = new Meta { LastUpdated = new DateTimeOffset(2026, 1, 1, 0, minute, 0, TimeSpan.Zero) },
    };

    private static (CompositeResourceHandler Handler, FakeSource First, FakeSource Second) Build(int first, int second, bool secondWritable = true)
    {
        var a = new FakeSource(Facility, Enumerable.Range(0, first).Select(i => Org($"Clinic {i}", i)).ToList());
        var b = new FakeSource(Insurer, Enumerable.Range(0, second).Select(i => Org($"Cover {i}", 30 + i)).ToList(), secondWritable);
        return (new CompositeResourceHandler("Organization", [a, b]), a, b);
    }

    private static SearchQuery Page(int offset, int count) => new() { Offset = offset, Count = count };

    [Fact]
    public async System.Threading.Tasks.Task SearchAsync_PagesAcrossSourcesWithoutGapOrRepeat_WhenPagesWalkTheWholeSet()
    {
        var (handler, a, b) = Build(first: 5, second: 4);
        var seen = new List<string?>();
        for (var offset = 0; offset < 9; offset += 4)
        {
            var page = await handler.SearchAsync(Page(offset, 4), CancellationToken.None);
            Assert.Equal(9, page.Total);
            seen.AddRange(page.Matches.Select(m => m.Id));
        }

        Assert.Equal(a.Rows.Concat(b.Rows).Select(r => r.Id), seen);
    }

    [Fact]
    public async System.Threading.Tasks.Task SearchAsync_AsksEachSourceWithItsOwnParameter_WhenACriterionIsGiven()
    {
        var (handler, a, b) = Build(first: 2, second: 2);
        var name = handler.SearchParameters.Single(p => p.Name == "name");
        var query = Page(0, 10) with { Criteria = [new SearchCriterion(name, null, [new StringValue("Cover", StringMatch.StartsWith)])] };

        var result = await handler.SearchAsync(query, CancellationToken.None);

        Assert.Equal(2, result.Total);
        Assert.Same(b.SearchParameters[0], b.Queries.Single().Criteria[0].Parameter);
        Assert.Same(a.SearchParameters[0], a.Queries.Single().Criteria[0].Parameter);
    }

    [Fact]
    public async System.Threading.Tasks.Task ReadAsync_AsksTheSourceThatHoldsTheId_WhenTheSecondHoldsIt()
    {
        var (handler, _, b) = Build(first: 3, second: 1);
        var read = await handler.ReadAsync(b.Rows[0].Id, CancellationToken.None);
        Assert.Same(b.Rows[0], read);
    }

    [Fact]
    public async System.Threading.Tasks.Task ReadAsync_Throws404_WhenNoSourceHoldsTheId()
    {
        var (handler, _, _) = Build(first: 1, second: 1);
        var ex = await Assert.ThrowsAsync<FhirException>(() => handler.ReadAsync(Guid.NewGuid().ToString(), CancellationToken.None));
        Assert.Equal(System.Net.HttpStatusCode.NotFound, ex.Status);
    }

    [Fact]
    public async System.Threading.Tasks.Task CreateAsync_GoesToTheAcceptingSource_WhenTheResourceClaimsItsProfile()
    {
        var (handler, a, b) = Build(first: 0, second: 0);
        await handler.CreateAsync(new Organization { Meta = new Meta { Profile = [Insurer] } }, CancellationToken.None);
        Assert.Equal((0, 1), (a.Rows.Count, b.Rows.Count));
    }

    [Fact]
    public async System.Threading.Tasks.Task CreateAsync_Throws422NamingTheProfiles_WhenNoSourceAccepts()
    {
        var (handler, _, _) = Build(first: 0, second: 0);
        var ex = await Assert.ThrowsAsync<FhirException>(() => handler.CreateAsync(new Organization(), CancellationToken.None));
        Assert.Equal((System.Net.HttpStatusCode)422, ex.Status);
        Assert.Contains(Facility, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async System.Threading.Tasks.Task DeleteAsync_Throws405_WhenTheHoldingSourceIsReadOnly()
    {
        var (handler, _, b) = Build(first: 1, second: 1, secondWritable: false);
        var ex = await Assert.ThrowsAsync<FhirException>(() => handler.DeleteAsync(b.Rows[0].Id, null, CancellationToken.None));
        Assert.Equal(System.Net.HttpStatusCode.MethodNotAllowed, ex.Status);
    }

    [Fact]
    public void Supports_IsTrue_WhenOneSourceWrites()
    {
        var (handler, _, _) = Build(first: 1, second: 1, secondWritable: false);
        Assert.True(handler.Supports(typeof(ICreateHandler)));
    }

    [Fact]
    public async System.Threading.Tasks.Task HistoryAsync_MergesSourcesNewestFirst_WhenTypeLevel()
    {
        var (handler, a, b) = Build(first: 3, second: 2);
        var history = await handler.HistoryAsync(null, new HistoryQuery(null, Count: 3, Offset: 1), CancellationToken.None);
        Assert.Equal(5, history.Total);
        Assert.Equal([b.Rows[0].Id, a.Rows[2].Id, a.Rows[1].Id], history.Entries.Select(e => e.Id));
    }

    [Fact]
    public async System.Threading.Tasks.Task HistoryAsync_PagesNeitherSkipNorRepeat_WhenVersionsOfSourcesShareAnInstant()
    {
        // Every version at one instant: each source's own order must survive the merge, whatever the ids sort like.
        var a = new FakeSource(Facility, [Org("z", 0), Org("y", 0), Org("x", 0)]);
        var b = new FakeSource(Insurer, [Org("w", 0), Org("v", 0)]);
        var handler = new CompositeResourceHandler("Organization", [a, b]);
        var seen = new List<string>();
        for (var offset = 0; offset < 5; offset++)
        {
            var page = await handler.HistoryAsync(null, new HistoryQuery(null, Count: 1, Offset: offset), CancellationToken.None);
            seen.AddRange(page.Entries.Select(e => e.Id));
        }

        Assert.Equal(a.Rows.Concat(b.Rows).Select(r => r.Id), seen);
    }
}
