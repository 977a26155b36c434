using System.ComponentModel.DataAnnotations;

namespace OpenImis.Fhir.Core.Rest;

/// <summary>The server settings, bound to <c>Fhir</c> and validated at start-up.</summary>
public sealed class FhirServerOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Fhir";

    /// <summary>The public base URL (e.g. the OpenHIM channel's); when unset, taken from the request and X-Forwarded-* headers.</summary>
    [Url]
    public string? BaseUrl { get; set; }

    /// <summary>The openIMIS user id written to <c>AuditUserID</c> on every write.</summary>
    public int AuditUserId { get; set; }

    /// <summary>The largest request body accepted, in bytes.</summary>
    [Range(1024, 1024L * 1024 * 1024)]
    public long MaxBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>The most entries a batch or transaction Bundle may have.</summary>
    [Range(1, 100_000)]
    public int MaxBundleEntries { get; set; } = 500;
}
