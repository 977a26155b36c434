namespace OpenImis.Fhir.Server.OpenHim;

/// <summary>The address at which the OpenHIM router reaches this server (host names as the core resolves them).</summary>
internal sealed class OpenHimEndpointOptions
{
    public string Host { get; set; } = "openimis-fhir";

    public int Port { get; set; } = 8080;

    /// <summary>Routes over HTTPS when true.</summary>
    public bool Secured { get; set; }
}
