using System.Net;
using Hl7.Fhir.Model;
using OpenImis.Fhir.IntegrationTests.Export;
using OpenImis.Fhir.IntegrationTests.Infrastructure;

namespace OpenImis.Fhir.IntegrationTests.Security.Scopes;

/// <summary>A district user (tblUsersDistricts) sees the insurees and families of its district only.</summary>
public sealed class DistrictTests(ScopeServerFixture server) : IClassFixture<ScopeServerFixture>
{
    // Live insurees by the district of their family's village (village → ward → district), as openIMIS filters.
    private const string InsureesByDistrict = """
        FROM "tblInsuree" i JOIN "tblFamilies" f ON f."FamilyID" = i."FamilyID"
        JOIN "tblLocations" v ON v."LocationId" = f."LocationId" JOIN "tblLocations" w ON w."LocationId" = v."ParentLocationId"
        WHERE i."ValidityTo" IS NULL
        """;

    private async Task<long> DistrictUserAsync()
    {
        var district = await Sql.CountAsync(server.ConnectionString, $"SELECT w.\"ParentLocationId\" {InsureesByDistrict} GROUP BY 1 ORDER BY count(*) LIMIT 1");
        await Sql.ExecuteAsync(server.ConnectionString, $"""
            INSERT INTO "tblUsers" ("UserUUID", "LoginName", "LastName", "OtherNames", "LanguageID", "ValidityFrom", "AuditUserID")
            SELECT gen_random_uuid()::text, 'district', 'district', 'Test', 'en', now(), 1 WHERE NOT EXISTS (SELECT 1 FROM "tblUsers" WHERE "LoginName" = 'district');
            INSERT INTO "tblUserRole" ("UserID", "RoleID", "ValidityFrom")
            SELECT u."UserID", r."RoleID", now() FROM "tblUsers" u, "tblRole" r WHERE u."LoginName" = 'district' AND r."RoleName" = 'IMIS Administrator'
              AND NOT EXISTS (SELECT 1 FROM "tblUserRole" ur WHERE ur."UserID" = u."UserID");
            INSERT INTO "tblUsersDistricts" ("UserID", "LocationId", "ValidityFrom", "AuditUserID")
            SELECT u."UserID", {district}, now(), 1 FROM "tblUsers" u WHERE u."LoginName" = 'district'
              AND NOT EXISTS (SELECT 1 FROM "tblUsersDistricts" d WHERE d."UserID" = u."UserID");
            """);
        return district;
    }

    [Fact]
    public async System.Threading.Tasks.Task Search_FindsOnlyTheDistrictsInsurees_WhenUserHasADistrict()
    {
        var district = await DistrictUserAsync();
        var expected = await Sql.CountAsync(server.ConnectionString, $"SELECT count(*) {InsureesByDistrict} AND w.\"ParentLocationId\" = {district}");
        var all = await Sql.CountAsync(server.ConnectionString, $"SELECT count(*) {InsureesByDistrict}");
        using var client = server.Client("system/*.rs", user: "district");

        var bundle = await FhirHttp.GetOkAsync<Bundle>(client, "Patient?_summary=count");

        Assert.True(expected < all, "the demo data spans several districts");
        Assert.Equal((int)expected, bundle.Total);
    }

    [Fact]
    public async System.Threading.Tasks.Task Read_Answers404_WhenInsureeIsInAnotherDistrict()
    {
        var district = await DistrictUserAsync();
        var elsewhere = await Sql.StringsAsync(server.ConnectionString,
            $"SELECT i.\"InsureeUUID\" {InsureesByDistrict} AND w.\"ParentLocationId\" <> {district} LIMIT 1");
        using var client = server.Client("system/*.rs", user: "district");
        using var admin = server.Client("system/*.rs");

        using var refused = await client.GetAsync($"/fhir/Patient/{elsewhere[0]}");
        using var seen = await admin.GetAsync($"/fhir/Patient/{elsewhere[0]}");
        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.OK), (refused.StatusCode, seen.StatusCode));
    }

    [Fact]
    public async System.Threading.Tasks.Task GroupSearch_FindsOnlyTheDistrictsFamilies_WhenUserHasADistrict()
    {
        var district = await DistrictUserAsync();
        var expected = await Sql.CountAsync(server.ConnectionString, $"""
            SELECT count(*) FROM "tblFamilies" f JOIN "tblLocations" v ON v."LocationId" = f."LocationId"
            JOIN "tblLocations" w ON w."LocationId" = v."ParentLocationId" WHERE f."ValidityTo" IS NULL AND w."ParentLocationId" = {district}
            """);
        using var client = server.Client("system/*.rs", user: "district");
        var bundle = await FhirHttp.GetOkAsync<Bundle>(client, "Group?_summary=count");
        Assert.Equal((int)expected, bundle.Total);
    }

    [Fact]
    public async System.Threading.Tasks.Task ClaimSearch_FindsOnlyClaimsOfTheDistrictsFacilities_WhenUserHasADistrict()
    {
        var district = await DistrictUserAsync();
        const string Claims = """FROM "tblClaim" c JOIN "tblHF" h ON h."HfID" = c."HFID" WHERE c."ValidityTo" IS NULL""";
        var expected = await Sql.CountAsync(server.ConnectionString, $"SELECT count(*) {Claims} AND h.\"LocationId\" = {district}");
        var all = await Sql.CountAsync(server.ConnectionString, $"SELECT count(*) {Claims}");
        using var client = server.Client("system/*.rs", user: "district");
        using var admin = server.Client("system/*.rs");

        var seen = (await FhirHttp.GetOkAsync<Bundle>(client, "Claim?_summary=count")).Total;
        var everything = (await FhirHttp.GetOkAsync<Bundle>(admin, "Claim?_summary=count")).Total;
        Assert.Equal(((int)expected, (int)all), (seen, everything));
    }

    [Fact]
    public async System.Threading.Tasks.Task CoverageSearch_FindsOnlyPoliciesOfTheDistrictsFamilies_WhenUserHasADistrict()
    {
        var district = await DistrictUserAsync();
        var expected = await Sql.CountAsync(server.ConnectionString, $"""
            SELECT count(*) FROM "tblPolicy" p JOIN "tblFamilies" f ON f."FamilyID" = p."FamilyID"
            JOIN "tblLocations" v ON v."LocationId" = f."LocationId" JOIN "tblLocations" w ON w."LocationId" = v."ParentLocationId"
            WHERE p."ValidityTo" IS NULL AND w."ParentLocationId" = {district}
            """);
        using var client = server.Client("system/*.rs", user: "district");
        Assert.Equal((int)expected, (await FhirHttp.GetOkAsync<Bundle>(client, "Coverage?_summary=count")).Total);
    }
}
