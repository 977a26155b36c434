namespace OpenImis.Fhir.Server.Security.Smart;

/// <summary>A client to register: its id, its keys (a JWKS document or a JWKS URL) and the scopes it may get.</summary>
internal sealed record ClientRegistration(string ClientId, string? JwksJson, Uri? JwksUrl, IReadOnlyList<string> Scopes);
