using System.Net;
using Hl7.Fhir.Model;
using OpenImis.Fhir.IntegrationTests.Export;
using OpenImis.Fhir.IntegrationTests.HealthFacility;
using OpenImis.Fhir.IntegrationTests.Infrastructure;
using OpenImis.Fhir.IntegrationTests.Locations;

namespace OpenImis.Fhir.IntegrationTests.Security.Scopes;

/// <summary>
/// A district user (tblUsersDistricts) sees, and writes, the health facilities, officers, claim administrators,
/// feedback and locations of its districts only, as openIMIS filters them; a user without districts sees all.
/// <c>hfdistrict</c> works in the district of a facility without the demo claims, <c>claimdistrict</c> in the
/// district of the claims' facility.
/// </summary>
public sealed class DistrictLimitTests(ScopeServerFixture server) : IClassFixture<ScopeServerFixture>
{
    private const string Scopes = "system/*.cruds";
    private const string ClaimsDistrict = """
        (SELECT h."LocationId" FROM "tblClaim" c JOIN "tblHF" h ON h."HfID" = c."HFID" WHERE c."ValidityTo" IS NULL LIMIT 1)
        """;

    private static readonly SemaphoreSlim UsersGate = new(1, 1);

    // A facility's district other than the claims', so that the claims, feedback and requests lie elsewhere for it.
    private Task<long> FacilityUserAsync() => UserAsync("hfdistrict", $"""
        SELECT "LocationId" FROM "tblHF" WHERE "ValidityTo" IS NULL AND "LocationId" <> {ClaimsDistrict} ORDER BY "HfID" DESC LIMIT 1
        """);

    private Task<long> ClaimsUserAsync() => UserAsync("claimdistrict", $"SELECT {ClaimsDistrict}");

    private async Task<long> UserAsync(string login, string districtSql)
    {
        var district = await Sql.CountAsync(server.ConnectionString, districtSql);
        await UsersGate.WaitAsync();
        try
        {
            await Sql.ExecuteAsync(server.ConnectionString, $"""
                INSERT INTO "tblUsers" ("UserUUID", "LoginName", "LastName", "OtherNames", "LanguageID", "ValidityFrom", "AuditUserID")
                SELECT gen_random_uuid()::text, '{login}', '{login}', 'Test', 'en', now(), 1 WHERE NOT EXISTS (SELECT 1 FROM "tblUsers" WHERE "LoginName" = '{login}');
                INSERT INTO "tblUserRole" ("UserID", "RoleID", "ValidityFrom")
                SELECT u."UserID", r."RoleID", now() FROM "tblUsers" u, "tblRole" r WHERE u."LoginName" = '{login}' AND r."RoleName" = 'IMIS Administrator'
                  AND NOT EXISTS (SELECT 1 FROM "tblUserRole" ur WHERE ur."UserID" = u."UserID");
                INSERT INTO "tblUsersDistricts" ("UserID", "LocationId", "ValidityFrom", "AuditUserID")
                SELECT u."UserID", {district}, now(), 1 FROM "tblUsers" u WHERE u."LoginName" = '{login}'
                  AND NOT EXISTS (SELECT 1 FROM "tblUsersDistricts" d WHERE d."UserID" = u."UserID");
                """);
        }
        finally
        {
            UsersGate.Release();
        }

        return district;
    }

    private async Task<HashSet<string>> UuidsAsync(string sql) =>
        (await Sql.StringsAsync(server.ConnectionString, sql)).Select(u => u.ToLowerInvariant()).ToHashSet();

    private Task<HashSet<string>> FacilitiesAsync(string where = "TRUE") =>
        UuidsAsync($"""SELECT "HfUUID" FROM "tblHF" WHERE "ValidityTo" IS NULL AND {where}""");

    private static async Task<HashSet<string>> IdsAsync(HttpClient client, string path)
    {
        var bundle = await FhirHttp.GetOkAsync<Bundle>(client, path);
        Assert.Null(bundle.NextLink);
        return bundle.Entry.Where(e => e.Search?.Mode != Bundle.SearchEntryMode.Outcome)
            .Select(e => e.Resource.Id.ToLowerInvariant()).ToHashSet();
    }

    [Fact]
    public async System.Threading.Tasks.Task OrganizationSearch_FindsOnlyTheDistrictsFacilities_WhenUserHasADistrict()
    {
        var district = await FacilityUserAsync();
        var inDistrict = await FacilitiesAsync($"\"LocationId\" = {district}");
        var all = await FacilitiesAsync();
        using var client = server.Client(Scopes, user: "hfdistrict");
        using var admin = server.Client(Scopes);

        var seen = await IdsAsync(client, "Organization?_count=500");
        var everything = await IdsAsync(admin, "Organization?_count=500");

        Assert.NotEmpty(inDistrict);
        Assert.True(inDistrict.Count < all.Count, "the demo facilities span several districts");
        Assert.Equal(inDistrict.Order(), seen.Intersect(all).Order());
        Assert.Subset(everything, all);
    }

    [Fact]
    public async System.Threading.Tasks.Task OrganizationSearch_FindsOnlyPolicyHoldersOfTheDistricts_WhenUserHasADistrict()
    {
        var holders = await UserAsync("phdistrict", """
            SELECT w."ParentLocationId" FROM "tblPolicyHolder" p JOIN "tblLocations" v ON v."LocationId" = p."LocationsId"
            JOIN "tblLocations" w ON w."LocationId" = v."ParentLocationId" WHERE NOT p."isDeleted" LIMIT 1
            """);
        var districts = new[] { (Login: "hfdistrict", District: await FacilityUserAsync()), (Login: "phdistrict", District: holders) };
        var seenByHoldersDistrict = 0;
        var all = await UuidsAsync("""SELECT "UUID"::text FROM "tblPolicyHolder" WHERE NOT "isDeleted" """);
        using var admin = server.Client(Scopes);

        foreach (var (login, district) in districts)
        {
            var expected = await UuidsAsync($"""
                SELECT p."UUID"::text FROM "tblPolicyHolder" p JOIN "tblLocations" v ON v."LocationId" = p."LocationsId"
                JOIN "tblLocations" w ON w."LocationId" = v."ParentLocationId" WHERE NOT p."isDeleted" AND w."ParentLocationId" = {district}
                """);
            using var client = server.Client(Scopes, user: login);
            var seen = (await IdsAsync(client, "Organization?_count=500")).Intersect(all).ToList();
            Assert.Equal(expected.Order(), seen.Order());
            seenByHoldersDistrict += login == "phdistrict" ? seen.Count : 0;
        }

        Assert.NotEmpty(all);
        Assert.True(seenByHoldersDistrict > 0, "the user of the demo policy holder's district sees it");
        Assert.Subset(await IdsAsync(admin, "Organization?_count=500"), all);
    }

    [Fact]
    public async System.Threading.Tasks.Task LocationSearch_FindsTheDistrictsAreasSitesAndRegion_WhenUserHasADistrict()
    {
        var district = await FacilityUserAsync();
        var expected = await UuidsAsync($"""
            SELECT l."LocationUUID" FROM "tblLocations" l LEFT JOIN "tblLocations" p ON p."LocationId" = l."ParentLocationId"
            WHERE l."ValidityTo" IS NULL AND (
                (l."LocationType" = 'R' AND l."LocationId" = (SELECT "ParentLocationId" FROM "tblLocations" WHERE "LocationId" = {district}))
                OR (l."LocationType" = 'D' AND l."LocationId" = {district})
                OR (l."LocationType" = 'W' AND l."ParentLocationId" = {district})
                OR (l."LocationType" = 'V' AND p."ParentLocationId" = {district}))
            UNION SELECT "HfUUID" FROM "tblHF" WHERE "ValidityTo" IS NULL AND "LocationId" = {district}
            """);
        var all = await UuidsAsync("""
            SELECT "LocationUUID" FROM "tblLocations" WHERE "ValidityTo" IS NULL UNION SELECT "HfUUID" FROM "tblHF" WHERE "ValidityTo" IS NULL
            """);
        using var client = server.Client(Scopes, user: "hfdistrict");
        using var admin = server.Client(Scopes);

        var seen = await IdsAsync(client, "Location?_count=500");
        var everything = await IdsAsync(admin, "Location?_count=500");

        Assert.Equal(expected.Order(), seen.Order());
        Assert.Equal(all.Order(), everything.Order());
    }

    [Fact]
    public async System.Threading.Tasks.Task PractitionerSearch_FindsOnlyTheDistrictsOfficersAndClaimAdministrators_WhenUserHasADistrict()
    {
        var district = await ClaimsUserAsync();
        var expected = await UuidsAsync($"""
            SELECT "OfficerUUID" FROM "tblOfficer" WHERE "ValidityTo" IS NULL AND "LocationId" = {district}
            UNION SELECT a."ClaimAdminUUID" FROM "tblClaimAdmin" a JOIN "tblHF" h ON h."HfID" = a."HFId"
            WHERE a."ValidityTo" IS NULL AND h."LocationId" = {district}
            """);
        var all = await UuidsAsync("""
            SELECT "OfficerUUID" FROM "tblOfficer" WHERE "ValidityTo" IS NULL UNION SELECT "ClaimAdminUUID" FROM "tblClaimAdmin" WHERE "ValidityTo" IS NULL
            """);
        using var client = server.Client(Scopes, user: "claimdistrict");
        using var admin = server.Client(Scopes);

        var practitioners = await IdsAsync(client, "Practitioner?_count=500");
        var roles = await IdsAsync(client, "PractitionerRole?_count=500");
        var everything = await IdsAsync(admin, "Practitioner?_count=500");

        Assert.NotEmpty(expected);
        Assert.True(expected.Count < all.Count, "the demo officers and administrators span several districts");
        Assert.Equal(expected.Order(), practitioners.Order());
        Assert.Equal(expected.Order(), roles.Order());
        Assert.Equal(all.Order(), everything.Order());
    }

    [Fact]
    public async System.Threading.Tasks.Task FeedbackSearch_FindsOnlyClaimsOfTheDistrictsFacilities_WhenUserHasADistrict()
    {
        await ClaimsUserAsync();
        await FacilityUserAsync();
        var requests = await UuidsAsync("""SELECT "ClaimUUID" FROM "tblClaim" WHERE "ValidityTo" IS NULL AND "FeedbackStatus" IN (4, 8, 16)""");
        var answers = await UuidsAsync("""SELECT "FeedbackUUID" FROM "tblFeedback" WHERE "ValidityTo" IS NULL""");
        using var claimsUser = server.Client(Scopes, user: "claimdistrict");
        using var facilityUser = server.Client(Scopes, user: "hfdistrict");
        using var admin = server.Client(Scopes);

        var seen = (await IdsAsync(claimsUser, "CommunicationRequest?_count=500"), await IdsAsync(claimsUser, "Communication?_count=500"));
        var elsewhere = (await IdsAsync(facilityUser, "CommunicationRequest?_count=500"), await IdsAsync(facilityUser, "Communication?_count=500"));
        var everything = (await IdsAsync(admin, "CommunicationRequest?_count=500"), await IdsAsync(admin, "Communication?_count=500"));

        // Every demo claim is of one facility: its district's user sees all of them, another district's none.
        Assert.NotEmpty(requests);
        Assert.NotEmpty(answers);
        Assert.Equal(requests.Order(), seen.Item1.Order());
        Assert.Equal(answers.Order(), seen.Item2.Order());
        Assert.Equal((0, 0), (elsewhere.Item1.Count, elsewhere.Item2.Count));
        Assert.Equal(requests.Order(), everything.Item1.Order());
        Assert.Equal(answers.Order(), everything.Item2.Order());
    }

    [Fact]
    public async System.Threading.Tasks.Task Read_Answers404_WhenResourceIsInAnotherDistrict()
    {
        var district = await FacilityUserAsync();
        var facility = (await FacilitiesAsync($"\"LocationId\" <> {district}")).First();
        var otherDistrict = (await UuidsAsync($"""SELECT "LocationUUID" FROM "tblLocations" WHERE "ValidityTo" IS NULL AND "LocationType" = 'D' AND "LocationId" <> {district}""")).First();
        var officer = (await UuidsAsync($"""SELECT "OfficerUUID" FROM "tblOfficer" WHERE "ValidityTo" IS NULL AND "LocationId" <> {district}""")).First();
        var request = (await UuidsAsync("""SELECT "ClaimUUID" FROM "tblClaim" WHERE "ValidityTo" IS NULL AND "FeedbackStatus" = 4""")).First();
        string[] paths =
        [
            $"Organization/{facility}", $"Location/{facility}", $"Location/{otherDistrict}", $"Practitioner/{officer}",
            $"PractitionerRole/{officer}", $"CommunicationRequest/{request}", $"Organization/{facility}/_history",
        ];
        using var client = server.Client(Scopes, user: "hfdistrict");
        using var admin = server.Client(Scopes);

        var refused = new List<HttpStatusCode>();
        var seen = new List<HttpStatusCode>();
        foreach (var path in paths)
        {
            using var mine = await client.GetAsync($"/fhir/{path}");
            using var theirs = await admin.GetAsync($"/fhir/{path}");
            refused.Add(mine.StatusCode);
            seen.Add(theirs.StatusCode);
        }

        Assert.All(refused, status => Assert.Equal(HttpStatusCode.NotFound, status));
        Assert.All(seen, status => Assert.Equal(HttpStatusCode.OK, status));
    }

    [Fact]
    public async System.Threading.Tasks.Task TypeHistory_LeavesOutFacilitiesOfOtherDistricts_WhenUserHasADistrict()
    {
        var district = await FacilityUserAsync();
        var elsewhere = await FacilitiesAsync($"\"LocationId\" <> {district}");
        using var client = server.Client(Scopes, user: "hfdistrict");
        using var admin = server.Client(Scopes);

        var seen = (await FhirHttp.GetOkAsync<Bundle>(client, "Organization/_history?_count=500")).Entry.Select(e => e.Resource?.Id ?? string.Empty).ToHashSet();
        var everything = (await FhirHttp.GetOkAsync<Bundle>(admin, "Organization/_history?_count=500")).Entry.Select(e => e.Resource?.Id ?? string.Empty).ToHashSet();

        Assert.Empty(seen.Intersect(elsewhere));
        Assert.NotEmpty(everything.Intersect(elsewhere));
    }

    [Fact]
    public async System.Threading.Tasks.Task RevInclude_LeavesOutDistrictsOfOtherUsers_WhenRegionIsSearched()
    {
        var district = await FacilityUserAsync();
        var region = (await UuidsAsync($"""SELECT p."LocationUUID" FROM "tblLocations" d JOIN "tblLocations" p ON p."LocationId" = d."ParentLocationId" WHERE d."LocationId" = {district}""")).Single();
        var mine = (await UuidsAsync($"""SELECT "LocationUUID" FROM "tblLocations" WHERE "LocationId" = {district}""")).Single();
        var siblings = await UuidsAsync($"""
            SELECT d."LocationUUID" FROM "tblLocations" d JOIN "tblLocations" p ON p."LocationId" = d."ParentLocationId"
            WHERE p."LocationUUID" = '{region}' AND d."ValidityTo" IS NULL
            """);
        using var client = server.Client(Scopes, user: "hfdistrict");
        using var admin = server.Client(Scopes);
        var path = $"Location?_id={region}&_revinclude=Location:partof";

        var seen = await FhirHttp.GetOkAsync<Bundle>(client, path);
        var everything = await FhirHttp.GetOkAsync<Bundle>(admin, path);

        static List<string> Included(Bundle bundle) =>
            bundle.Entry.Where(e => e.Search?.Mode == Bundle.SearchEntryMode.Include).Select(e => e.Resource.Id.ToLowerInvariant()).Order().ToList();
        Assert.Equal([mine], Included(seen));
        Assert.Equal(siblings.Order().ToList(), Included(everything));
    }

    [Fact]
    public async System.Threading.Tasks.Task Export_LeavesOutFacilitiesAndLocationsOfOtherDistricts_WhenUserHasADistrict()
    {
        var district = await FacilityUserAsync();
        var inDistrict = await FacilitiesAsync($"\"LocationId\" = {district}");
        var elsewhere = await FacilitiesAsync($"\"LocationId\" <> {district}");
        using var client = server.Client(Scopes, user: "hfdistrict", clientId: "district-exporter");
        var bulk = new BulkClient(client);

        var exported = await bulk.DownloadAsync(await bulk.ExportAsync("$export?_type=Organization,Location"));

        var organizations = exported.OfType<Organization>().Select(o => o.Id.ToLowerInvariant()).ToHashSet();
        var sites = exported.OfType<Location>().Select(l => l.Id.ToLowerInvariant()).ToHashSet();
        Assert.Equal(inDistrict.Order(), organizations.Intersect(inDistrict.Union(elsewhere)).Order());
        Assert.Equal(inDistrict.Order(), sites.Intersect(inDistrict.Union(elsewhere)).Order());
    }

    [Fact]
    public async System.Threading.Tasks.Task CreateFacility_Answers403_WhenDistrictIsAnotherUsersWhileConcurrentCreateInItsOwnSucceeds()
    {
        var district = await FacilityUserAsync();
        var own = (await UuidsAsync($"""SELECT "LocationUUID" FROM "tblLocations" WHERE "LocationId" = {district}""")).Single();
        var other = (await UuidsAsync($"""SELECT "LocationUUID" FROM "tblLocations" WHERE "ValidityTo" IS NULL AND "LocationType" = 'D' AND "LocationId" <> {district}""")).First();
        var inside = HealthFacilityResources.New(own);
        var outside = HealthFacilityResources.New(other);
        using var first = server.Client(Scopes, user: "hfdistrict");
        using var second = server.Client(Scopes, user: "hfdistrict");

        var answers = await System.Threading.Tasks.Task.WhenAll(
            first.PostAsync("/fhir/Organization", FhirHttp.Body(inside)),
            second.PostAsync("/fhir/Organization", FhirHttp.Body(outside)));
        var outcome = await FhirHttp.OutcomeAsync(answers[1]);
        var stored = await Sql.CountAsync(server.ConnectionString,
            $"""SELECT count(*) FROM "tblHF" WHERE "HFCode" = '{HealthFacilityResources.Code(outside)}'""");

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.Forbidden), (answers[0].StatusCode, answers[1].StatusCode));
        Assert.Equal(OperationOutcome.IssueType.Forbidden, outcome.Issue[0].Code);
        Assert.Equal(0, stored);
        foreach (var answer in answers)
        {
            answer.Dispose();
        }
    }

    [Fact]
    public async System.Threading.Tasks.Task CreateWard_Answers403_WhenParentIsAnotherDistrict()
    {
        var district = await FacilityUserAsync();
        var own = (await UuidsAsync($"""SELECT "LocationUUID" FROM "tblLocations" WHERE "LocationId" = {district}""")).Single();
        var other = (await UuidsAsync($"""SELECT "LocationUUID" FROM "tblLocations" WHERE "ValidityTo" IS NULL AND "LocationType" = 'D' AND "LocationId" <> {district}""")).First();
        using var client = server.Client(Scopes, user: "hfdistrict");

        using var inside = await client.PostAsync("/fhir/Location", FhirHttp.Body(LocationResources.New("W", own)));
        using var outside = await client.PostAsync("/fhir/Location", FhirHttp.Body(LocationResources.New("W", other)));

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.Forbidden), (inside.StatusCode, outside.StatusCode));
        Assert.Equal(OperationOutcome.IssueType.Forbidden, (await FhirHttp.OutcomeAsync(outside)).Issue[0].Code);
    }

    [Fact]
    public async System.Threading.Tasks.Task UpdateFacility_Answers403AndKeepsIt_WhenMovedToAnotherDistrict()
    {
        var district = await FacilityUserAsync();
        var other = (await UuidsAsync($"""SELECT "LocationUUID" FROM "tblLocations" WHERE "ValidityTo" IS NULL AND "LocationType" = 'D' AND "LocationId" <> {district}""")).First();
        var id = (await FacilitiesAsync($"\"LocationId\" = {district}")).First();
        using var client = server.Client(Scopes, user: "hfdistrict");
        var facility = await FhirHttp.GetOkAsync<Organization>(client, $"Organization/{id}");
        facility.Address[0].GetExtension(LocationResources.LocationReference).Value = new ResourceReference($"Location/{other}");

        using var moved = await client.PutAsync($"/fhir/Organization/{id}", FhirHttp.Body(facility));
        var kept = await Sql.CountAsync(server.ConnectionString,
            $"""SELECT "LocationId" FROM "tblHF" WHERE lower("HfUUID") = '{id}' AND "ValidityTo" IS NULL""");

        Assert.Equal(HttpStatusCode.Forbidden, moved.StatusCode);
        Assert.Equal(district, kept);
    }

    [Fact]
    public async System.Threading.Tasks.Task UpdateAndDelete_AnswerAsForAMissingResource_WhenRowIsInAnotherDistrict()
    {
        var district = await FacilityUserAsync();
        var facility = (await FacilitiesAsync($"\"LocationId\" <> {district}")).First();
        var claim = (await UuidsAsync("""SELECT "ClaimUUID" FROM "tblClaim" WHERE "ValidityTo" IS NULL""")).First();
        using var client = server.Client(Scopes, user: "hfdistrict");
        using var admin = server.Client(Scopes);
        var organization = await FhirHttp.GetOkAsync<Organization>(admin, $"Organization/{facility}");
        var response = await FhirHttp.GetOkAsync<ClaimResponse>(admin, $"ClaimResponse/{claim}");
        var unknown = Guid.NewGuid().ToString();

        using var update = await client.PutAsync($"/fhir/Organization/{facility}", FhirHttp.Body(organization));
        organization.Id = unknown;
        using var updateUnknown = await client.PutAsync($"/fhir/Organization/{unknown}", FhirHttp.Body(organization));
        using var review = await client.PutAsync($"/fhir/ClaimResponse/{claim}", FhirHttp.Body(response));
        using var delete = await client.DeleteAsync($"/fhir/Organization/{facility}");
        using var stillThere = await admin.GetAsync($"/fhir/Organization/{facility}");

        Assert.Equal(updateUnknown.StatusCode, update.StatusCode);
        Assert.Equal(
            (HttpStatusCode.MethodNotAllowed, HttpStatusCode.MethodNotAllowed, HttpStatusCode.NotFound, HttpStatusCode.OK),
            (update.StatusCode, review.StatusCode, delete.StatusCode, stillThere.StatusCode));
    }
}
