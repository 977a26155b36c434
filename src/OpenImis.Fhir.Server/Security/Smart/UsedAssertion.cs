namespace OpenImis.Fhir.Server.Security.Smart;

/// <summary>A client assertion already redeemed: its <c>jti</c> may not come again before it expires.</summary>
internal sealed class UsedAssertion
{
    public required string ClientId { get; set; }

    public required string Jti { get; set; }

    public DateTime ExpiresAt { get; set; }
}
