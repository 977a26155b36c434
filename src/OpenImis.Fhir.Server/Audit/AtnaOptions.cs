using System.ComponentModel.DataAnnotations;

namespace OpenImis.Fhir.Server.Audit;

/// <summary>Forwarding of stored events to an ATNA audit record repository (section <c>Audit:Atna</c>).</summary>
internal sealed class AtnaOptions
{
    /// <summary>The repository's host (OpenHIM core); unset: no forwarding.</summary>
    public string? Host { get; set; }

    /// <summary>Its port: OpenHIM listens on 5052 (tcp), 5051 (tls) and 5050 (udp) when its audit servers are on.</summary>
    [Range(1, 65535)]
    public int Port { get; set; } = 5052;

    /// <summary><c>tcp</c>, <c>tls</c> (RFC 5425 framing) or <c>udp</c> (RFC 5426, one message a datagram).</summary>
    [RegularExpression("^(tcp|tls|udp)$")]
    public string Transport { get; set; } = "tcp";

    /// <summary>Events sent per pass.</summary>
    [Range(1, 10_000)]
    public int BatchSize { get; set; } = 200;

    /// <summary>Seconds between passes when there is nothing to send or the repository is down.</summary>
    [Range(1, 3600)]
    public int IntervalSeconds { get; set; } = 5;

    /// <summary>
    /// Events stored less than this long ago wait: batches of two processes can commit out of insertion order, and a
    /// cursor must never pass an event that is still to appear behind it.
    /// </summary>
    [Range(0, 3600)]
    public int SettleSeconds { get; set; } = 5;

    /// <summary>The syslog APP-NAME of the messages.</summary>
    public string AppName { get; set; } = "openimis-fhir";

    public bool IsOn => !string.IsNullOrWhiteSpace(Host);
}
