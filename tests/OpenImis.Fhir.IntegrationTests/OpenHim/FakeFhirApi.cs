using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using OpenImis.Fhir.Core.Observability;
using OpenImis.Fhir.Server.OpenHim;

namespace OpenImis.Fhir.IntegrationTests.OpenHim;

/// <summary>
/// A minimal web host with the mediator middlewares in front of a few fake FHIR endpoints, so the
/// middlewares are tested without the platform's database.
/// </summary>
internal sealed class FakeFhirApi : IAsyncDisposable
{
    public const string PatientJson = """{"resourceType":"Patient","id":"p1","name":[{"family":"Doe","given":["Jane"]}]}""";
    public const string SearchJson = """{"resourceType":"Bundle","type":"searchset","total":2,"entry":[]}""";
    public const string NotFoundJson = """{"resourceType":"OperationOutcome","issue":[{"severity":"error","code":"not-found","diagnostics":"Patient/missing is not known"}]}""";
    public const string CreatedLocation = "https://him.example.org/fhir/Patient/p2/_history/1";

    private const string FhirJson = "application/fhir+json; charset=utf-8";

    private readonly WebApplication _app;

    private FakeFhirApi(WebApplication app, LogCapture logs)
    {
        _app = app;
        Logs = logs;
        Client = app.GetTestClient();
    }

    public HttpClient Client { get; }

    public LogCapture Logs { get; }

    public static async Task<FakeFhirApi> StartAsync(IDictionary<string, string?> settings)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.WebHost.UseTestServer();
        builder.Configuration.AddInMemoryCollection(settings);
        var logs = new LogCapture();
        builder.Logging.ClearProviders().AddProvider(logs);
        builder.AddOpenHimMediator();

        var app = builder.Build();
        app.UseOpenHimMediator();
        MapEndpoints(app);
        await app.StartAsync();
        return new FakeFhirApi(app, logs);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static void MapEndpoints(WebApplication app)
    {
        app.MapGet("/health", () => "ok");
        app.MapGet("/fhir/metadata", () => Results.Text("""{"resourceType":"CapabilityStatement","status":"active"}""", FhirJson));
        app.MapGet("/fhir/Patient", () => Results.Text(SearchJson, FhirJson));
        app.MapGet("/fhir/Patient/{id}", (string id, HttpContext context) =>
        {
            // What the platform's dispatcher does: set the facts, track the database work.
            context.Items[RequestFacts.ResourceType] = "Patient";
            context.Items[RequestFacts.Interaction] = "read";
            using var orchestration = OrchestrationRecorder.Track("openIMIS DB: read Patient", "SELECT", "postgresql://db:5432/imis/tblInsuree");
            orchestration.Complete(id == "missing" ? 404 : 200);
            return id == "missing"
                ? Results.Text(NotFoundJson, FhirJson, statusCode: 404)
                : Results.Text(PatientJson, FhirJson);
        });
        app.MapPost("/fhir/Patient", (HttpContext context) =>
        {
            context.Response.Headers.Location = CreatedLocation;
            return Results.Text(PatientJson.Replace("\"p1\"", "\"p2\"", StringComparison.Ordinal), FhirJson, statusCode: 201);
        });
        app.MapGet("/fhir/Claim/boom", string () => throw new InvalidOperationException("database exploded"));
    }
}
