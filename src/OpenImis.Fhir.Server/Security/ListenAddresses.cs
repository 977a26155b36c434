using System.Net;

namespace OpenImis.Fhir.Server.Security;

/// <summary>Reads the addresses the server will listen on from its configuration, to tell loopback from network.</summary>
internal static class ListenAddresses
{
    /// <summary>ASP.NET Core's own default when nothing is configured.</summary>
    private const string DefaultUrl = "http://localhost:5000";

    public static IReadOnlyList<string> Read(IConfiguration configuration)
    {
        var urls = new List<string>();
        foreach (var key in new[] { "urls", "http_ports", "https_ports" })
        {
            if (configuration[key] is { Length: > 0 } value)
            {
                // Bare ports bind every interface, like http://*:port.
                urls.AddRange(value.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                    .Select(u => key == "urls" ? u : $"http://*:{u}"));
            }
        }

        urls.AddRange(configuration.GetSection("Kestrel:Endpoints").GetChildren()
            .Select(e => e["Url"]).OfType<string>());
        return urls.Count == 0 ? [DefaultUrl] : urls;
    }

    public static bool IsLoopback(string url)
    {
        // Kestrel accepts wildcards (*, +) that Uri does not parse; they bind every interface.
        var afterScheme = url.Contains("://", StringComparison.Ordinal) ? url[(url.IndexOf("://", StringComparison.Ordinal) + 3)..] : url;
        var host = afterScheme.Split('/')[0];
        host = host.StartsWith('[') ? host[1..host.IndexOf(']', StringComparison.Ordinal)] : host.Split(':')[0];
        return string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase)
            || (IPAddress.TryParse(host, out var address) && IPAddress.IsLoopback(address));
    }
}
