using System.Text.Json.Nodes;

namespace OpenImis.Fhir.IntegrationTests.Security.Smart;

/// <summary>What the token endpoint answered: its status and its JSON body (a token, or an OAuth error).</summary>
internal sealed record TokenAnswer(int Status, JsonObject Body)
{
    public string? AccessToken => Body["access_token"]?.GetValue<string>();

    public string? Error => Body["error"]?.GetValue<string>();

    public string? Scope => Body["scope"]?.GetValue<string>();

    public override string ToString() => $"{Status} {Body.ToJsonString()}";
}
