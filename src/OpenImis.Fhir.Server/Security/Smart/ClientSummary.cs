namespace OpenImis.Fhir.Server.Security.Smart;

/// <summary>A registered client as <c>clients list</c> prints it (it has no secret to print).</summary>
internal sealed record ClientSummary(string ClientId, string? JwksUrl, IReadOnlyList<string> KeyIds, IReadOnlyList<string> Scopes);
