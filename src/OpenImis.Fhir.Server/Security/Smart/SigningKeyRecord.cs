namespace OpenImis.Fhir.Server.Security.Smart;

/// <summary>The generated token signing key, kept in the database so that tokens outlive a restart and every process signs alike.</summary>
internal sealed class SigningKeyRecord
{
    public required string Name { get; set; }

    public required string KeyId { get; set; }

    /// <summary>The private key, PKCS#8 PEM.</summary>
    public required string PrivateKeyPem { get; set; }

    public DateTime CreatedAt { get; set; }
}
