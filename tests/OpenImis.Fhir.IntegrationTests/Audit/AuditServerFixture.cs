using Hl7.Fhir.Model;
using Hl7.Fhir.Rest;
using Microsoft.Extensions.DependencyInjection;
using OpenImis.Fhir.IntegrationTests.Export;
using OpenImis.Fhir.IntegrationTests.Infrastructure;
using OpenImis.Fhir.IntegrationTests.Security;
using OpenImis.Fhir.Server.Audit;

namespace OpenImis.Fhir.IntegrationTests.Audit;

/// <summary>
/// The server in <c>Auth:Mode oidc</c> over the demo database with the audit trail on (its default with auth), the
/// writer flushing often. Each test acts as a client id of its own, so that its events are told apart by <c>agent</c>.
/// </summary>
public class AuditServerFixture : ServerFixture
{
    public const string All = "system/*.cruds";

    public FakeIdentityProvider Provider { get; } = new();

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>(Provider.ServerSettings())
    {
        ["RateLimit:Enabled"] = "false",
        ["Database:SeedDemoData"] = "true",
        ["Subscriptions:DetectorEnabled"] = "false",
        ["Audit:FlushMilliseconds"] = "50",
        ["Jobs:ExportDirectory"] = Path.Combine(Path.GetTempPath(), "openimis-audit-tests", Guid.NewGuid().ToString("N")),
    };

    /// <summary>A client id no other test uses.</summary>
    public static string NewClientId() => "audit-" + Guid.NewGuid().ToString("N")[..12];

    public HttpClient Client(string clientId, string scope = All, string? user = "Admin")
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue(
            "Bearer", Provider.Token(scope: scope, user: user, clientId: clientId));
        return client;
    }

    /// <summary>An auditor's FhirClient (a client id of its own, system scopes, no openIMIS user).</summary>
    public FhirClient Auditor()
    {
        var client = new FhirClient("http://localhost/fhir", new FhirClientSettings { PreferredFormat = ResourceFormat.Json }, Factory.Server.CreateHandler());
        client.RequestHeaders!.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue(
            "Bearer", Provider.Token(scope: "system/AuditEvent.rs system/*.rs", user: null, clientId: "auditor"));
        return client;
    }

    /// <summary>Waits until every event of the requests made so far is stored.</summary>
    public async System.Threading.Tasks.Task FlushAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await Factory.Services.GetRequiredService<AuditQueue>().FlushAsync(timeout.Token);
    }

    /// <summary>The stored events of <paramref name="clientId"/> matching <paramref name="criteria"/>, through the FHIR API.</summary>
    public async Task<List<AuditEvent>> EventsAsync(string clientId, params string[] criteria)
    {
        await FlushAsync();
        var bundle = await Auditor().SearchAsync<AuditEvent>([$"agent={clientId}", .. criteria, "_count=500"]);
        return [.. bundle!.Entry.Select(e => e.Resource).OfType<AuditEvent>()];
    }

    public Task<long> UserIdAsync(string login) =>
        Sql.CountAsync(ConnectionString, $"SELECT \"UserID\" FROM \"tblUsers\" WHERE \"LoginName\" = '{login}' AND \"ValidityTo\" IS NULL");

    /// <summary>The id of a demo insuree.</summary>
    public async Task<string> PatientIdAsync()
    {
        var bundle = await Auditor().SearchAsync<Patient>(["_count=1"]);
        return bundle!.Entry[0].Resource.Id;
    }
}
