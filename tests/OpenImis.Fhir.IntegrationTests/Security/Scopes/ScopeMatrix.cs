using Microsoft.Extensions.DependencyInjection;
using OpenImis.Fhir.Core.Rest;
using OpenImis.Fhir.Core.Security;
using OpenImis.Fhir.IntegrationTests.Infrastructure;

namespace OpenImis.Fhir.IntegrationTests.Security.Scopes;

/// <summary>
/// The cases of the scope matrix, generated from the server's handler registry: every served type, every
/// interaction its handler supports. Ids are random: an allowed interaction may then answer 404, 400 or 422, but
/// never 401, 403 or a 5xx; a refused one answers 403.
/// </summary>
internal static class ScopeMatrix
{
    public static IReadOnlyList<MatrixCase> Cases(ServerFixture server)
    {
        var registry = server.Factory.Services.GetRequiredService<HandlerRegistry>();
        using var scope = server.Factory.Services.CreateScope();
        var cases = new List<MatrixCase>();
        foreach (var registration in registry.Registrations)
        {
            var type = registration.ResourceType;
            var handler = registry.Resolve(scope.ServiceProvider, type);
            var id = Guid.NewGuid().ToString();
            var at = $"/fhir/{type}/{id}";
            void Add(string name, ScopeInteraction needs, HttpMethod method, string path, string? body = null, string? mediaType = null) =>
                cases.Add(new MatrixCase(type, name, needs, method, path, body, mediaType));

            if (handler.Supports(typeof(IReadHandler)))
            {
                Add("read", ScopeInteraction.Read, HttpMethod.Get, at);
                Add("vread", ScopeInteraction.Read, HttpMethod.Get, at + "/_history/1");
            }

            if (handler.Supports(typeof(ISearchHandler)))
            {
                Add("search", ScopeInteraction.Search, HttpMethod.Get, $"/fhir/{type}?_count=1");
            }

            if (handler.Supports(typeof(IHistoryHandler)))
            {
                Add("history-type", ScopeInteraction.Read, HttpMethod.Get, $"/fhir/{type}/_history?_count=1");
                Add("history-instance", ScopeInteraction.Read, HttpMethod.Get, at + "/_history");
            }

            if (handler.Supports(typeof(ICreateHandler)))
            {
                Add("create", ScopeInteraction.Create, HttpMethod.Post, $"/fhir/{type}", $$"""{"resourceType":"{{type}}"}""");
            }

            if (handler.Supports(typeof(IUpdateHandler)))
            {
                Add("update", ScopeInteraction.Update, HttpMethod.Put, at, $$"""{"resourceType":"{{type}}","id":"{{id}}"}""");
                Add("patch", ScopeInteraction.Update, HttpMethod.Patch, at, """[{"op":"test","path":"/id","value":"x"}]""", "application/json-patch+json");
            }

            if (handler.Supports(typeof(IDeleteHandler)))
            {
                Add("delete", ScopeInteraction.Delete, HttpMethod.Delete, at);
            }
        }

        return cases;
    }

    /// <summary>Runs each case with a token for the scope <paramref name="scopeFor"/> gives; returns the cases whose answer breaks <paramref name="expectAllowed"/>.</summary>
    public static async Task<List<string>> RunAsync(
        ScopeServerFixture server, IEnumerable<MatrixCase> cases, Func<MatrixCase, string> scopeFor, Func<MatrixCase, bool> expectAllowed, string? user = "Admin")
    {
        var wrong = new List<string>();
        foreach (var matrixCase in cases)
        {
            var scopes = scopeFor(matrixCase);
            using var client = server.Client(scopes, user);
            using var request = matrixCase.Request();
            using var response = await client.SendAsync(request);
            var status = (int)response.StatusCode;
            var allowed = expectAllowed(matrixCase);
            if (allowed ? status is 401 or 403 or >= 500 : status != 403)
            {
                wrong.Add($"{matrixCase} with '{scopes}': {status}, expected {(allowed ? "allowed" : "403")}: {await response.Content.ReadAsStringAsync()}");
                continue;
            }

            if (!allowed)
            {
                var outcome = await FhirHttp.OutcomeAsync(response);
                if (outcome.Issue[0].Code != Hl7.Fhir.Model.OperationOutcome.IssueType.Forbidden)
                {
                    wrong.Add($"{matrixCase} with '{scopes}': 403 without a forbidden issue");
                }
            }
        }

        return wrong;
    }

    public static string Letters(ScopeInteraction interactions) => ScopeParser.Letters(interactions);
}
