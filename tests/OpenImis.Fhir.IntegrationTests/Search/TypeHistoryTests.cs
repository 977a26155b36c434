using System.Net;
using Hl7.Fhir.Model;
using OpenImis.Fhir.IntegrationTests.Infrastructure;

namespace OpenImis.Fhir.IntegrationTests.Search;

/// <summary>Type-level history with _since, as mCSD consumers sync: every version since, newest first, deletions included.</summary>
public sealed class TypeHistoryTests(ReferenceSearchFixture fixture) : IClassFixture<ReferenceSearchFixture>
{
    private readonly HttpClient _client = fixture.CreateClient();

    [Fact]
    public async System.Threading.Tasks.Task TypeHistory_ListsCreateUpdateAndDelete_WhenSinceBeforeThem()
    {
        var since = DateTimeOffset.UtcNow.AddSeconds(-1);
        var created = await FhirHttp.ReadAsync<Patient>(await _client.PostAsync("/fhir/Patient", FhirHttp.Body(Fixtures.Patient("Historic"))));
        created.BirthDate = "1981-01-01";
        (await _client.PutAsync($"/fhir/Patient/{created.Id}", FhirHttp.Body(created))).EnsureSuccessStatusCode();
        (await _client.DeleteAsync($"/fhir/Patient/{created.Id}")).EnsureSuccessStatusCode();

        var history = await HistoryAsync(since);
        var ours = history.Entry.Where(e => e.FullUrl.EndsWith($"/Patient/{created.Id}", StringComparison.Ordinal)).ToList();
        Assert.Equal([Bundle.HTTPVerb.DELETE, Bundle.HTTPVerb.PUT, Bundle.HTTPVerb.POST], ours.Select(e => e.Request.Method!.Value));
        Assert.Null(ours[0].Resource);
        Assert.Equal(history.Total, history.Entry.Count);
    }

    [Fact]
    public async System.Threading.Tasks.Task TypeHistory_IsNewestFirst_WhenPaged()
    {
        var since = DateTimeOffset.UtcNow.AddSeconds(-1);
        for (var i = 0; i < 3; i++)
        {
            (await _client.PostAsync("/fhir/Patient", FhirHttp.Body(Fixtures.Patient("Paged")))).EnsureSuccessStatusCode();
        }

        var history = await HistoryAsync(since, "&_count=2");
        Assert.Equal(2, history.Entry.Count);
        Assert.True(history.Entry[0].Response.LastModified >= history.Entry[1].Response.LastModified);
        Assert.Contains(history.Link, l => l.Relation == "next");
    }

    private async Task<Bundle> HistoryAsync(DateTimeOffset since, string more = "")
    {
        using var response = await _client.GetAsync($"/fhir/Patient/_history?_since={Uri.EscapeDataString(since.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", System.Globalization.CultureInfo.InvariantCulture))}{more}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bundle = await FhirHttp.ReadAsync<Bundle>(response);
        Assert.Equal(Bundle.BundleType.History, bundle.Type);
        return bundle;
    }
}
