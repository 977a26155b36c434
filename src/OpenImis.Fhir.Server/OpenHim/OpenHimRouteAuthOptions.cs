namespace OpenImis.Fhir.Server.OpenHim;

/// <summary>The credentials the OpenHIM route sends to this server; also written into the default channel's route.</summary>
internal sealed class OpenHimRouteAuthOptions
{
    public string? Username { get; set; }

    public string? Password { get; set; }

    public bool IsConfigured => !string.IsNullOrEmpty(Username) && !string.IsNullOrEmpty(Password);
}
