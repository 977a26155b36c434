using System.Globalization;
using System.Net;
using Hl7.Fhir.Model;
using OpenImis.Fhir.IntegrationTests.ExistingDatabase;
using OpenImis.Fhir.IntegrationTests.Infrastructure;
using R = OpenImis.Fhir.IntegrationTests.ExistingDatabase.ExistingRows;

namespace OpenImis.Fhir.IntegrationTests.Sync;

/// <summary>
/// mCSD consumers sync the facility and workforce registries with <c>GET [type]/_history?_since=</c>: exactly the
/// versions written at or after the instant, from every source of a type, newest first, in pages that neither skip
/// nor repeat. The rows are openIMIS's own (openimis-rows.sql), several changes sharing one instant across sources.
/// </summary>
public sealed class TypeHistorySyncTests(ExistingDatabaseFixture fixture) : IClassFixture<ExistingDatabaseFixture>
{
    private const string Insurer = "6a2f4c1e-8b3d-4e5f-9a0b-1c2d3e4f5a6b";

    private readonly HttpClient _client = fixture.CreateClient();

    // The versions each type has since ExistingRows.SyncSince: resource id and the interaction that wrote it.
    public static TheoryData<string, string[]> Expected() => new()
    {
        { "Location", [$"{R.District}|PUT", $"{R.DeletedVillage}|DELETE", $"{R.HealthCentre}|PUT", "B1B2C3D4-0004-4000-8000-00000000000B|POST", $"{R.Dispensary}|POST"] },
        { "Organization", [$"{Insurer}|PUT", $"{R.HealthCentre}|PUT", "B1B2C3D4-0004-4000-8000-00000000000B|POST", $"{R.Cooperative}|PUT", $"{R.ClosedTraders}|DELETE", $"{R.Dispensary}|POST"] },
        { "Practitioner", [$"{R.Substitute}|POST", $"{R.ClaimAdminWithoutFacility}|POST", $"{R.ClaimAdmin}|PUT", $"{R.Officer}|PUT"] },
        { "PractitionerRole", [$"{R.Substitute}|POST", $"{R.ClaimAdminWithoutFacility}|POST", $"{R.ClaimAdmin}|PUT", $"{R.Officer}|PUT"] },
    };

    [Theory]
    [MemberData(nameof(Expected))]
    public async System.Threading.Tasks.Task TypeHistory_ListsExactlyTheVersionsSince_WhenSinceIsGiven(string type, string[] expected)
    {
        var bundle = await PageAsync($"/fhir/{type}/_history?_since={Since}&_count=100");
        Assert.Equal(expected.Select(e => e.ToUpperInvariant()).Order(StringComparer.Ordinal), bundle.Entry.Select(Key).Order(StringComparer.Ordinal));
        Assert.Equal(expected.Length, bundle.Total);
    }

    // openIMIS's older stored procedures delete by stamping ValidityTo only, leaving the old ValidityFrom.
    [Fact]
    public async System.Threading.Tasks.Task TypeHistory_ListsDeletionSince_WhenOpenImisStampedValidityTo()
    {
        var bundle = await PageAsync($"/fhir/Location/_history?_since={Since}&_count=100");
        Assert.Contains($"{R.DeletedVillage}|DELETE".ToUpperInvariant(), bundle.Entry.Select(Key));
    }

    [Theory]
    [MemberData(nameof(Expected))]
    public async System.Threading.Tasks.Task TypeHistory_IsNewestFirst_WhenSourcesInterleave(string type, string[] expected)
    {
        var entries = (await PageAsync($"/fhir/{type}/_history?_since={Since}&_count=100")).Entry;
        var times = entries.Select(e => e.Response.LastModified!.Value).ToList();
        Assert.Equal(times.OrderDescending(), times);
        Assert.Equal(expected.Length, entries.Count);
    }

    [Theory]
    [InlineData("Location", 1)]
    [InlineData("Location", 2)]
    [InlineData("Organization", 1)]
    [InlineData("Organization", 2)]
    [InlineData("Organization", 3)]
    [InlineData("Practitioner", 1)]
    [InlineData("PractitionerRole", 1)]
    [InlineData("PractitionerRole", 3)]
    public async System.Threading.Tasks.Task TypeHistory_PagesNeitherSkipNorRepeat_WhenVersionsShareAnInstant(string type, int count)
    {
        var whole = (await PageAsync($"/fhir/{type}/_history?_since={Since}&_count=100")).Entry.Select(Key).ToList();
        var paged = new List<string>();
        var next = $"/fhir/{type}/_history?_since={Since}&_count={count}";
        while (next is not null)
        {
            var page = await PageAsync(next);
            Assert.True(page.Entry.Count <= count);
            paged.AddRange(page.Entry.Select(Key));
            next = page.Link.FirstOrDefault(l => l.Relation == "next")?.Url;
        }

        Assert.Equal(whole, paged);
    }

    [Theory]
    [InlineData("Location")]
    [InlineData("Organization")]
    [InlineData("Practitioner")]
    [InlineData("PractitionerRole")]
    public async System.Threading.Tasks.Task TypeHistory_EntriesCarryRequestAndResponse_WhenSynced(string type)
    {
        foreach (var entry in (await PageAsync($"/fhir/{type}/_history?_since={Since}&_count=100")).Entry)
        {
            Assert.NotNull(entry.Request?.Method);
            Assert.False(string.IsNullOrEmpty(entry.Request.Url));
            Assert.NotNull(entry.Response?.LastModified);
            Assert.True(entry.Response.LastModified >= R.SyncSince, $"{entry.FullUrl} at {entry.Response.LastModified}");
            Assert.StartsWith(entry.Request.Method == Bundle.HTTPVerb.POST ? "201" : entry.Request.Method == Bundle.HTTPVerb.DELETE ? "204" : "200", entry.Response.Status, StringComparison.Ordinal);
            if (entry.Resource is not null)
            {
                Assert.Equal(entry.Resource.Meta.VersionId, VersionOf(entry.Response.Etag));
            }
        }
    }

    private static string Since => Uri.EscapeDataString(R.SyncSince.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture));

    private static string VersionOf(string etag) => etag.Replace("W/", string.Empty, StringComparison.Ordinal).Trim('"');

    // Resource id (whatever case openIMIS stored) and interaction, as Expected names them.
    private static string Key(Bundle.EntryComponent entry) =>
        $"{entry.FullUrl[(entry.FullUrl.LastIndexOf('/') + 1)..]}|{entry.Request.Method}".ToUpperInvariant();

    private async Task<Bundle> PageAsync(string url)
    {
        using var response = await _client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bundle = await FhirHttp.ReadAsync<Bundle>(response);
        Assert.Equal(Bundle.BundleType.History, bundle.Type);
        return bundle;
    }
}
