using System.Net;
using Hl7.Fhir.Model;
using OpenImis.Fhir.IntegrationTests.Infrastructure;

namespace OpenImis.Fhir.IntegrationTests.Insuree;

/// <summary>Search over patients created by the fixture: 25 with the family name "Pager" and distinct birth dates.</summary>
public sealed class PatientSearchTests(PatientSearchTests.PagerFixture pager) : IClassFixture<PatientSearchTests.PagerFixture>
{
    public sealed class PagerFixture : ServerFixture
    {
        public const int Count = 25;

        // The lookup rows (genders and the like) come with the demo data.
        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["Database:SeedDemoData"] = "true",
        };

        protected override async System.Threading.Tasks.Task SeedAsync(HttpClient client)
        {
            for (var i = 0; i < Count; i++)
            {
                var patient = Fixtures.Patient("Pager", $"19{50 + i}-01-15");
                var response = await client.PostAsync("/fhir/Patient", FhirHttp.Body(patient));
                response.EnsureSuccessStatusCode();
            }
        }
    }

    private readonly HttpClient _client = pager.CreateClient();

    private async Task<Bundle> SearchAsync(string query)
    {
        var response = await _client.GetAsync($"/fhir/Patient?{query}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await FhirHttp.ReadAsync<Bundle>(response);
    }

    private static string? Link(Bundle bundle, string relation) => bundle.Link.FirstOrDefault(l => l.Relation == relation)?.Url;

    [Fact]
    public async System.Threading.Tasks.Task Search_PagesWithoutGapsOrRepeats_WhenFollowingNextLinks()
    {
        var ids = new List<string?>();
        var url = "/fhir/Patient?family=Pager&_count=10";
        var pages = 0;
        while (url is not null && pages < 10)
        {
            var bundle = await FhirHttp.ReadAsync<Bundle>(await _client.GetAsync(url));
            ids.AddRange(bundle.Entry.Select(e => e.Resource.Id));
            url = Link(bundle, "next");
            pages++;
        }

        Assert.Equal(3, pages);
        Assert.Equal(PagerFixture.Count, ids.Count);
        Assert.Equal(PagerFixture.Count, ids.Distinct().Count());
    }

    [Fact]
    public async System.Threading.Tasks.Task Search_GivesTheSamePage_WhenThePageIsAskedAsTheOpenImisModuleDoes()
    {
        var legacy = await SearchAsync("family=Pager&_count=7&page-offset=2");
        var standard = await SearchAsync("family=Pager&_count=7&_offset=7");

        Assert.Equal(standard.Entry.Select(e => e.Resource.Id), legacy.Entry.Select(e => e.Resource.Id));
        Assert.Equal(7, legacy.Entry.Count);
    }

    [Fact]
    public async System.Threading.Tasks.Task Search_FindsNothing_WhenRefDateIsAfterEveryVersion()
    {
        var bundle = await SearchAsync($"family=Pager&refDate={DateTime.UtcNow.AddDays(2):yyyy-MM-dd}");
        Assert.Equal(0, bundle.Total);
    }

    [Fact]
    public async System.Threading.Tasks.Task Search_GivesSelfFirstPreviousAndNext_WhenOnMiddlePage()
    {
        var bundle = await SearchAsync("family=Pager&_count=10&_offset=10");
        Assert.NotNull(Link(bundle, "self"));
        Assert.NotNull(Link(bundle, "first"));
        Assert.NotNull(Link(bundle, "previous"));
        Assert.NotNull(Link(bundle, "next"));
    }

    [Fact]
    public async System.Threading.Tasks.Task Search_GivesAbsoluteFullUrls_WhenMatching()
    {
        var bundle = await SearchAsync("family=Pager&_count=1");
        Assert.Equal($"http://localhost/fhir/Patient/{bundle.Entry[0].Resource.Id}", bundle.Entry[0].FullUrl);
    }

    [Fact]
    public async System.Threading.Tasks.Task Search_CountsAllMatches_WhenTotalIsAccurate()
    {
        var bundle = await SearchAsync("family=Pager&_count=5&_total=accurate");
        Assert.Equal(PagerFixture.Count, bundle.Total);
    }

    [Fact]
    public async System.Threading.Tasks.Task Search_OmitsTotal_WhenTotalIsNone()
    {
        var bundle = await SearchAsync("family=Pager&_count=5&_total=none");
        Assert.Null(bundle.Total);
    }

    [Fact]
    public async System.Threading.Tasks.Task Search_SortsDescending_WhenSortHasMinus()
    {
        var bundle = await SearchAsync("family=Pager&_sort=-birthdate&_count=50");
        var dates = bundle.Entry.Select(e => ((Patient)e.Resource).BirthDate).ToList();
        Assert.Equal(dates.OrderByDescending(d => d, StringComparer.Ordinal), dates);
    }

    [Fact]
    public async System.Threading.Tasks.Task Search_SortsAscending_WhenSortIsLastUpdated()
    {
        var bundle = await SearchAsync("family=Pager&_sort=_lastUpdated&_count=50");
        var updated = bundle.Entry.Select(e => e.Resource.Meta.LastUpdated!.Value).ToList();
        Assert.Equal(updated.Order(), updated);
    }

    [Fact]
    public async System.Threading.Tasks.Task Search_FiltersByDatePrefix_WhenBirthdateIsGe()
    {
        var bundle = await SearchAsync("family=Pager&birthdate=ge1970-01-01&_count=50");
        Assert.Equal(5, bundle.Entry.Count);
    }

    [Fact]
    public async System.Threading.Tasks.Task Search_FiltersByLastUpdated_WhenPrefixed()
    {
        var bundle = await SearchAsync("family=Pager&_lastUpdated=gt2000-01-01&_count=1&_total=accurate");
        Assert.Equal(PagerFixture.Count, bundle.Total);
    }

    [Fact]
    public async System.Threading.Tasks.Task Search_MatchesExactly_WhenModifierIsExact()
    {
        Assert.Empty((await SearchAsync("family:exact=pager")).Entry);
    }

    [Fact]
    public async System.Threading.Tasks.Task Search_MatchesSubstring_WhenModifierIsContains()
    {
        Assert.Equal(PagerFixture.Count, (await SearchAsync("family:contains=age&_count=50&_total=accurate")).Total);
    }

    [Fact]
    public async System.Threading.Tasks.Task Search_FindsOne_WhenIdIsGiven()
    {
        var first = (await SearchAsync("family=Pager&_count=1")).Entry[0].Resource.Id;
        Assert.Single((await SearchAsync($"_id={first}")).Entry);
    }

    [Fact]
    public async System.Threading.Tasks.Task Search_ReportsIgnoredParameter_WhenLenient()
    {
        var bundle = await SearchAsync("family=Pager&shoe-size=44");
        var outcome = bundle.Entry.Single(e => e.Search.Mode == Bundle.SearchEntryMode.Outcome);
        Assert.Contains("shoe-size", ((OperationOutcome)outcome.Resource).Issue[0].Diagnostics, StringComparison.Ordinal);
    }

    [Fact]
    public async System.Threading.Tasks.Task Search_Answers400_WhenStrictAndParameterUnknown()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/fhir/Patient?family=Pager&shoe-size=44");
        request.Headers.TryAddWithoutValidation("Prefer", "handling=strict");
        var response = await _client.SendAsync(request);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await FhirHttp.OutcomeAsync(response);
    }

    [Fact]
    public async System.Threading.Tasks.Task Search_GivesOnlyTotal_WhenSummaryIsCount()
    {
        var bundle = await SearchAsync("family=Pager&_summary=count");
        Assert.Equal(PagerFixture.Count, bundle.Total);
        Assert.Empty(bundle.Entry);
    }

    [Fact]
    public async System.Threading.Tasks.Task Search_MarksSubsetted_WhenElementsAreChosen()
    {
        var bundle = await SearchAsync("family=Pager&_elements=birthDate&_count=1");
        var patient = (Patient)bundle.Entry[0].Resource;
        Assert.Empty(patient.Name);
        Assert.Contains(patient.Meta.Tag, t => t.Code == "SUBSETTED");
    }

    [Fact]
    public async System.Threading.Tasks.Task Search_DropsNonSummaryElements_WhenSummaryIsTrue()
    {
        var bundle = await SearchAsync("family=Pager&_summary=true&_count=1");
        Assert.Empty(((Patient)bundle.Entry[0].Resource).Photo);
    }

    [Fact]
    public async System.Threading.Tasks.Task SearchPost_MatchesLikeGet_WhenParametersAreInTheForm()
    {
        using var form = new FormUrlEncodedContent([new("family", "Pager"), new("_total", "accurate")]);
        var response = await _client.PostAsync("/fhir/Patient/_search", form);
        Assert.Equal(PagerFixture.Count, (await FhirHttp.ReadAsync<Bundle>(response)).Total);
    }

    [Fact]
    public async System.Threading.Tasks.Task Search_IsPretty_WhenPrettyIsTrue()
    {
        var text = await (await _client.GetAsync("/fhir/Patient?family=Pager&_count=1&_pretty=true")).Content.ReadAsStringAsync();
        Assert.Contains("\n", text, StringComparison.Ordinal);
    }
}
