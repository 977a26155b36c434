using Hl7.Fhir.Rest;
using OpenImis.Fhir.IntegrationTests.Export;
using OpenImis.Fhir.IntegrationTests.Infrastructure;
using OpenImis.Fhir.IntegrationTests.Security;
using OpenImis.Fhir.IntegrationTests.Subscriptions.Delivery;

namespace OpenImis.Fhir.IntegrationTests.Subscriptions.Scopes;

/// <summary>
/// The server in <c>Auth:Mode oidc</c> (a WireMock identity provider signing real tokens) over the demo database, with
/// the real matcher and dispatcher on the delivery tests' short clock and loopback subscribers allowed (SB-17). The
/// seeded openIMIS user <c>Admin</c> has every right and no district; tests add the users they need.
/// </summary>
public sealed class SubscriptionScopeFixture : ServerFixture
{
    // Live insurees with the district of their family's village (village → ward → district), as openIMIS places them.
    public const string InsureesByDistrict = """
        FROM "tblInsuree" i JOIN "tblFamilies" f ON f."FamilyID" = i."FamilyID"
        JOIN "tblLocations" v ON v."LocationId" = f."LocationId" JOIN "tblLocations" w ON w."LocationId" = v."ParentLocationId"
        WHERE i."ValidityTo" IS NULL
        """;

    public FakeIdentityProvider Provider { get; } = new();

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>(DeliverySettings().Concat(Provider.ServerSettings()))
    {
        ["RateLimit:Enabled"] = "false",
    };

    /// <summary>A FhirClient with a token of <paramref name="scope"/> for <paramref name="user"/> from <paramref name="clientId"/>.</summary>
    public FhirClient Client(string scope, string? user = "Admin", string clientId = "subscriber-a")
    {
        var client = new FhirClient("http://localhost/fhir", new FhirClientSettings { PreferredFormat = ResourceFormat.Json }, Factory.Server.CreateHandler());
        client.RequestHeaders!.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", Provider.Token(scope: scope, user: user, clientId: clientId));
        return client;
    }

    /// <summary>An HTTP client with the same kind of token, for the operations FhirClient has no call for.</summary>
    public HttpClient Http(string scope, string? user = "Admin", string clientId = "subscriber-a")
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", Provider.Token(scope: scope, user: user, clientId: clientId));
        return client;
    }

    /// <summary>Adds openIMIS user <paramref name="login"/> with a role of its own (named after it) holding <paramref name="rights"/>.</summary>
    public Task AddUserAsync(string login, params int[] rights) => Sql.ExecuteAsync(ConnectionString, $"""
        WITH u AS (
            INSERT INTO "tblUsers" ("UserUUID", "LoginName", "LastName", "OtherNames", "LanguageID", "ValidityFrom", "AuditUserID")
            VALUES ('{Guid.NewGuid()}', '{login}', '{login}', 'Test', 'en', now(), 1) RETURNING "UserID"),
        r AS (
            INSERT INTO "tblRole" ("RoleUUID", "RoleName", "IsSystem", "IsBlocked", "ValidityFrom")
            VALUES ('{Guid.NewGuid()}', '{login}', 0, false, now()) RETURNING "RoleID"),
        ur AS (
            INSERT INTO "tblUserRole" ("UserID", "RoleID", "ValidityFrom") SELECT u."UserID", r."RoleID", now() FROM u, r)
        INSERT INTO "tblRoleRight" ("RoleID", "RightID", "ValidityFrom")
        SELECT r."RoleID", v.right_id, now() FROM r, (VALUES {string.Join(", ", rights.Select(x => $"({x})"))}) AS v(right_id)
        """);

    /// <summary>Withdraws every right of <paramref name="login"/>'s role in openIMIS (the rows stamped, as openIMIS deletes).</summary>
    public Task WithdrawRightsAsync(string login) => Sql.ExecuteAsync(ConnectionString, $"""
        UPDATE "tblRoleRight" SET "ValidityTo" = now()
        WHERE "ValidityTo" IS NULL AND "RoleID" IN (SELECT "RoleID" FROM "tblRole" WHERE "RoleName" = '{login}')
        """);

    /// <summary>Limits <paramref name="login"/> to <paramref name="district"/> (tblUsersDistricts).</summary>
    public Task AddDistrictAsync(string login, long district) => Sql.ExecuteAsync(ConnectionString, $"""
        INSERT INTO "tblUsersDistricts" ("UserID", "LocationId", "ValidityFrom", "AuditUserID")
        SELECT "UserID", {district}, now(), 1 FROM "tblUsers" WHERE "LoginName" = '{login}' AND "ValidityTo" IS NULL
        """);

    /// <summary>The number of events numbered for a subscription.</summary>
    public Task<long> EventCountAsync(string subscriptionId) =>
        Sql.CountAsync(ConnectionString, $"SELECT count(*) FROM fhir.subscription_event WHERE subscription_id = '{subscriptionId}'");

    private static Dictionary<string, string?> DeliverySettings() => DeliveryServerFixture.DeliverySettings(seed: true);
}
