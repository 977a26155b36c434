namespace OpenImis.Fhir.Core.Subscriptions;

/// <summary>Which subscriber endpoints the server may call (section <c>Subscriptions</c>).</summary>
public sealed class SubscriberEndpointOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Subscriptions";

    /// <summary>Whether plain <c>http</c> endpoints are accepted; off by default, notifications carry health data.</summary>
    public bool AllowHttp { get; set; }

    /// <summary>
    /// Whether endpoints on loopback, private, link-local or otherwise internal addresses are accepted; off by default so
    /// that a subscription cannot make the server call into its own network (SSRF).
    /// </summary>
    public bool AllowPrivateEndpoints { get; set; }
}
