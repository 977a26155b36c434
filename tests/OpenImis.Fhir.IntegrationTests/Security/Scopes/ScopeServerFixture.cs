using OpenImis.Fhir.IntegrationTests.Export;
using OpenImis.Fhir.IntegrationTests.Infrastructure;

namespace OpenImis.Fhir.IntegrationTests.Security.Scopes;

/// <summary>
/// The server in <c>Auth:Mode oidc</c> over the demo database, with openIMIS users beside the seeded <c>Admin</c>
/// (every right): <c>clerk</c> (views insurees and families only), <c>blocked</c> (every right, through a blocked
/// role) and <c>ghost</c> (deleted).
/// </summary>
public sealed class ScopeServerFixture : ServerFixture
{
    public FakeIdentityProvider Provider { get; } = new();

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>(Provider.ServerSettings())
    {
        ["RateLimit:Enabled"] = "false",
        ["Database:SeedDemoData"] = "true",
        ["Subscriptions:DetectorEnabled"] = "false",
        ["Jobs:RetryAfterSeconds"] = "1",
        ["Jobs:ExportDirectory"] = Path.Combine(Path.GetTempPath(), "openimis-scope-tests", Guid.NewGuid().ToString("N")),
    };

    public HttpClient Client(string scope, string? user = "Admin", string clientId = "test-client")
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue(
            "Bearer", Provider.Token(scope: scope, user: user, clientId: clientId));
        return client;
    }

    public Task<long> UserIdAsync(string login) =>
        Sql.CountAsync(ConnectionString, $"SELECT \"UserID\" FROM \"tblUsers\" WHERE \"LoginName\" = '{login}' AND \"ValidityTo\" IS NULL");

    protected override async Task SeedAsync(HttpClient client)
    {
        await AddUserAsync("clerk", "Clerk (views only)", blocked: false, [101101, 101001]);
        await AddUserAsync("blocked", "Blocked role", blocked: true, [101101, 101102, 101001]);
        await AddUserAsync("ghost", "Role of a deleted user", blocked: false, [101101]);
        await Sql.ExecuteAsync(ConnectionString, "UPDATE \"tblUsers\" SET \"ValidityTo\" = now() WHERE \"LoginName\" = 'ghost'");
    }

    private async Task AddUserAsync(string login, string roleName, bool blocked, int[] rights)
    {
        var sql = $"""
            WITH u AS (
                INSERT INTO "tblUsers" ("UserUUID", "LoginName", "LastName", "OtherNames", "LanguageID", "ValidityFrom", "AuditUserID")
                VALUES ('{Guid.NewGuid()}', '{login}', '{login}', 'Test', 'en', now(), 1) RETURNING "UserID"),
            r AS (
                INSERT INTO "tblRole" ("RoleUUID", "RoleName", "IsSystem", "IsBlocked", "ValidityFrom")
                VALUES ('{Guid.NewGuid()}', '{roleName}', 0, {(blocked ? "true" : "false")}, now()) RETURNING "RoleID"),
            ur AS (
                INSERT INTO "tblUserRole" ("UserID", "RoleID", "ValidityFrom") SELECT u."UserID", r."RoleID", now() FROM u, r)
            INSERT INTO "tblRoleRight" ("RoleID", "RightID", "ValidityFrom")
            SELECT r."RoleID", v.right_id, now() FROM r, (VALUES {string.Join(", ", rights.Select(x => $"({x})"))}) AS v(right_id)
            """;
        await Sql.ExecuteAsync(ConnectionString, sql);
    }
}
