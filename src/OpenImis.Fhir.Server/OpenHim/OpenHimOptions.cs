namespace OpenImis.Fhir.Server.OpenHim;

/// <summary>Settings of the OpenHIM mediator, bound to the configuration section <c>OpenHim</c>.</summary>
internal sealed class OpenHimOptions
{
    public const string SectionName = "OpenHim";

    /// <summary>Registers with the core and sends heartbeats. Off by default: most installs run without OpenHIM.</summary>
    public bool Enabled { get; set; }

    /// <summary>The core's management API, e.g. https://openhim-core:8080.</summary>
    public Uri? ApiUrl { get; set; }

    public string Username { get; set; } = string.Empty;

    public string Password { get; set; } = string.Empty;

    public OpenHimAuthMode AuthMode { get; set; } = OpenHimAuthMode.Basic;

    /// <summary>Accepts the core's self-signed certificate (the core generates one by default). Off by default.</summary>
    public bool TrustSelfSignedCertificate { get; set; }

    /// <summary>Must never change once deployed: the core keys the mediator, its config and its channels by it.</summary>
    public string Urn { get; set; } = "urn:mediator:openimis-fhir-r4";

    /// <summary>How OpenHIM reaches this server: the mediator endpoint and the default channel's route.</summary>
    public OpenHimEndpointOptions Endpoint { get; set; } = new();

    public TimeSpan HeartbeatInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Installs the default channels after registration, once: channels that exist by name are left alone.</summary>
    public bool InstallChannels { get; set; }

    public OpenHimResilienceOptions Resilience { get; set; } = new();

    /// <summary>Answers requests routed by OpenHIM (those carrying X-OpenHIM-TransactionID) as application/json+openhim.</summary>
    public bool MediatorResponses { get; set; }

    /// <summary>The path of the FHIR API, which route credentials protect.</summary>
    public string FhirPath { get; set; } = "/fhir";

    /// <summary>When both are set, FHIR requests must carry them as HTTP Basic (the channel route's username and password).</summary>
    public OpenHimRouteAuthOptions RouteAuth { get; set; } = new();
}
