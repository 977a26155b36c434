using System.Net;
using Hl7.Fhir.Model;
using OpenImis.Fhir.IntegrationTests.Export;
using OpenImis.Fhir.IntegrationTests.Infrastructure;

namespace OpenImis.Fhir.IntegrationTests.Security.Scopes;

/// <summary>The token's openIMIS user: its rights narrow the scopes, its id is written to AuditUserID.</summary>
public sealed class UserRightsTests(ScopeServerFixture server) : IClassFixture<ScopeServerFixture>
{
    private const string All = "system/*.cruds";

    [Fact]
    public async System.Threading.Tasks.Task Create_Answers403NamingTheRight_WhenUserRoleLacksIt()
    {
        using var client = server.Client(All, user: "clerk");
        using var response = await client.PostAsync("/fhir/Patient", FhirHttp.Body(Fixtures.Patient("Clerk")));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains((await FhirHttp.OutcomeAsync(response)).Issue, i => i.Diagnostics.Contains("101102", StringComparison.Ordinal));
    }

    [Fact]
    public async System.Threading.Tasks.Task Search_IsAllowed_WhenUserRoleHasTheViewRight()
    {
        using var client = server.Client(All, user: "clerk");
        var bundle = await FhirHttp.GetOkAsync<Bundle>(client, "Patient?_count=1");
        Assert.NotEmpty(bundle.Entry);
    }

    [Fact]
    public async System.Threading.Tasks.Task Search_Answers403_WhenUserRoleLacksTheViewRight()
    {
        using var client = server.Client(All, user: "clerk");
        using var response = await client.GetAsync("/fhir/Claim?_count=1");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async System.Threading.Tasks.Task Search_Answers403_WhenUserRoleIsBlocked()
    {
        using var client = server.Client(All, user: "blocked");
        using var response = await client.GetAsync("/fhir/Patient?_count=1");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData("nobody")]
    [InlineData("ghost")]
    public async System.Threading.Tasks.Task AnyRequest_Answers403NamingTheLogin_WhenUserIsUnknownOrDeleted(string login)
    {
        using var client = server.Client(All, user: login);
        using var response = await client.GetAsync("/fhir/Patient?_count=1");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains($"'{login}'", (await FhirHttp.OutcomeAsync(response)).Issue[0].Diagnostics, StringComparison.Ordinal);
    }

    [Fact]
    public async System.Threading.Tasks.Task Create_StampsTheMappedUserInAuditUserId_WhenTokenNamesAUser()
    {
        using var client = server.Client(All, user: "Admin");
        var family = "Audit" + Guid.NewGuid().ToString("N")[..8];
        using var response = await client.PostAsync("/fhir/Patient", FhirHttp.Body(Fixtures.Patient(family)));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(await server.UserIdAsync("Admin"),
            await Sql.CountAsync(server.ConnectionString, $"SELECT \"AuditUserID\" FROM \"tblInsuree\" WHERE \"LastName\" = '{family}' AND \"ValidityTo\" IS NULL"));
    }

    [Fact]
    public async System.Threading.Tasks.Task Create_StampsTheConfiguredUser_WhenTokenHasNoUser()
    {
        using var client = server.Client(All, user: null);
        var family = "AuditSys" + Guid.NewGuid().ToString("N")[..8];
        using var response = await client.PostAsync("/fhir/Patient", FhirHttp.Body(Fixtures.Patient(family)));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(0, await Sql.CountAsync(server.ConnectionString, $"SELECT \"AuditUserID\" FROM \"tblInsuree\" WHERE \"LastName\" = '{family}' AND \"ValidityTo\" IS NULL"));
    }

    [Fact]
    public async System.Threading.Tasks.Task ConcurrentWrites_StampEachTheirOwnUser_WhenTwoUsersWriteAtOnce()
    {
        // "writer" has the insuree rights; Admin every right. The contexts come from one pool: each must stamp its own caller.
        await Sql.ExecuteAsync(server.ConnectionString, """
            INSERT INTO "tblUsers" ("UserUUID", "LoginName", "LastName", "OtherNames", "LanguageID", "ValidityFrom", "AuditUserID")
            SELECT gen_random_uuid()::text, 'writer', 'writer', 'Test', 'en', now(), 1 WHERE NOT EXISTS (SELECT 1 FROM "tblUsers" WHERE "LoginName" = 'writer');
            INSERT INTO "tblUserRole" ("UserID", "RoleID", "ValidityFrom")
            SELECT u."UserID", r."RoleID", now() FROM "tblUsers" u, "tblRole" r
            WHERE u."LoginName" = 'writer' AND r."RoleName" = 'IMIS Administrator'
              AND NOT EXISTS (SELECT 1 FROM "tblUserRole" ur WHERE ur."UserID" = u."UserID");
            """);
        var prefix = "Conc" + Guid.NewGuid().ToString("N")[..6];
        var writes = Enumerable.Range(0, 12).Select(async i =>
        {
            var user = i % 2 == 0 ? "Admin" : "writer";
            using var client = server.Client(All, user: user);
            using var response = await client.PostAsync("/fhir/Patient", FhirHttp.Body(Fixtures.Patient($"{prefix}{user}")));
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        });
        await System.Threading.Tasks.Task.WhenAll(writes);

        foreach (var user in new[] { "Admin", "writer" })
        {
            var id = await server.UserIdAsync(user);
            Assert.Equal(6, await Sql.CountAsync(server.ConnectionString,
                $"SELECT count(*) FROM \"tblInsuree\" WHERE \"LastName\" = '{prefix}{user}' AND \"AuditUserID\" = {id} AND \"ValidityTo\" IS NULL"));
        }
    }
}
