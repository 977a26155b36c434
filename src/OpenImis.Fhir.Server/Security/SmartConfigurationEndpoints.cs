using System.Text.Json.Nodes;
using OpenImis.Fhir.Server.Endpoints;

namespace OpenImis.Fhir.Server.Security;

/// <summary>SMART App Launch discovery: <c>/.well-known/smart-configuration</c>, at the root and under <c>/fhir</c>.</summary>
internal static class SmartConfigurationEndpoints
{
    private static readonly string[] Capabilities = ["client-confidential-asymmetric", "permission-v1", "permission-v2"];

    public static IEndpointRouteBuilder MapSmartConfiguration(this IEndpointRouteBuilder app)
    {
        app.MapGet("/.well-known/smart-configuration", AnswerAsync);
        app.MapGet("/fhir/.well-known/smart-configuration", AnswerAsync);
        return app;
    }

    private static async Task<IResult> AnswerAsync(HttpContext context, SmartEndpoints endpoints)
    {
        var baseUrl = BaseUrlResolver.Resolve(context);
        var document = new JsonObject();
        if (endpoints.Mode == AuthMode.Smart)
        {
            var root = SmartEndpoints.Root(baseUrl);
            document["issuer"] = root + "/";
            document["jwks_uri"] = root + SmartEndpoints.JwksPath;
            document["token_endpoint"] = endpoints.TokenEndpoint(baseUrl);
            document["grant_types_supported"] = Array("client_credentials");
        }
        else
        {
            var external = await endpoints.ExternalAsync(context.RequestAborted);
            document["issuer"] = external.Issuer;
            document["jwks_uri"] = external.JwksUri;
            document["token_endpoint"] = external.TokenEndpoint;
            if (external.AuthorizationEndpoint is { Length: > 0 } authorize)
            {
                document["authorization_endpoint"] = authorize;
            }

            document["grant_types_supported"] = external.GrantTypesSupported.Count > 0
                ? Array([.. external.GrantTypesSupported])
                : Array("client_credentials");
        }

        document["token_endpoint_auth_methods_supported"] = Array("private_key_jwt");
        document["token_endpoint_auth_signing_alg_values_supported"] = Array(SmartEndpoints.AssertionAlgorithms);
        document["scopes_supported"] = Array("system/*.rs", "system/*.cruds", "system/*.read", "system/*.write",
            "user/*.rs", "user/*.cruds", "user/*.read", "user/*.write", endpoints.AdminScope);
        document["capabilities"] = Array(Capabilities);
        return Results.Text(document.ToJsonString(), "application/json; charset=utf-8");
    }

    private static JsonArray Array(params string[] values) => new([.. values.Select(v => (JsonNode)JsonValue.Create(v))]);
}
