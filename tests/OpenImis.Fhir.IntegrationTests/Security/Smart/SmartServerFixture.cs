using System.Net.Http.Headers;
using Hl7.Fhir.Rest;
using Microsoft.Extensions.DependencyInjection;
using OpenImis.Fhir.IntegrationTests.Infrastructure;
using OpenImis.Fhir.Server.Security.Smart;

namespace OpenImis.Fhir.IntegrationTests.Security.Smart;

/// <summary>The server in <c>Auth:Mode smart</c>: its own SMART Backend Services authorization server.</summary>
public class SmartServerFixture : ServerFixture
{
    /// <summary>The token endpoint as the test server's clients reach it (the audience assertions must name).</summary>
    public const string TokenEndpoint = "http://localhost/auth/token";

    public static IReadOnlyDictionary<string, string?> SmartSettings => new Dictionary<string, string?>
    {
        ["Auth:Mode"] = "smart",
        // The test server speaks plain HTTP; production keeps the default (HTTPS required).
        ["Auth:Smart:RequireHttps"] = "false",
        // A key rotation is picked up on the first unknown kid, with no pause between fetches in tests.
        ["Auth:Smart:JwksRefreshSeconds"] = "0",
        ["RateLimit:Enabled"] = "false",
    };

    protected override IReadOnlyDictionary<string, string?> Settings => SmartSettings;

    /// <summary>Runs the operator command's code path (<c>clients add|list|remove</c>) and answers what it printed.</summary>
    internal async Task<string> ClientsAsync(params string[] args)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var output = new StringWriter();
        await ClientsCommand.RunAsync(scope.ServiceProvider.GetRequiredService<ClientRegistry>(), args, output, CancellationToken.None);
        return output.ToString();
    }

    /// <summary>Registers <paramref name="client"/> with its JWKS written to a file, as an operator would.</summary>
    internal async Task RegisterAsync(SmartTestClient client, string scopes)
    {
        var file = Path.Combine(Path.GetTempPath(), $"jwks-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, client.Jwks());
        try
        {
            await ClientsAsync("add", "--id", client.ClientId, "--jwks-file", file, "--scopes", scopes);
        }
        finally
        {
            File.Delete(file);
        }
    }

    public HttpClient CreateClient(string token)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public FhirClient FhirClient(string? token)
    {
        var client = new FhirClient("http://localhost/fhir", new FhirClientSettings { PreferredFormat = ResourceFormat.Json }, Factory.Server.CreateHandler());
        if (token is not null)
        {
            client.RequestHeaders!.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return client;
    }
}
