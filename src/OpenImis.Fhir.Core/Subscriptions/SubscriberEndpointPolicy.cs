using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Options;

namespace OpenImis.Fhir.Core.Subscriptions;

/// <summary>
/// The default <see cref="ISubscriberEndpointPolicy"/>: absolute <c>https</c> URLs (and <c>http</c> when allowed), without
/// user information, whose host resolves only to public addresses unless private ones are allowed. Every address a name
/// resolves to is checked, since the client library may pick any of them.
/// </summary>
public sealed class SubscriberEndpointPolicy(IOptionsMonitor<SubscriberEndpointOptions> options) : ISubscriberEndpointPolicy
{
    /// <inheritdoc />
    public async Task<string?> RefusalAsync(string endpoint, CancellationToken cancellationToken)
    {
        var settings = options.CurrentValue;
        if (!Uri.TryCreate(endpoint, UriKind.Absolute, out var uri))
        {
            return $"The endpoint '{endpoint}' is not an absolute URL.";
        }

        if (uri.Scheme != Uri.UriSchemeHttps && !(uri.Scheme == Uri.UriSchemeHttp && settings.AllowHttp))
        {
            return settings.AllowHttp
                ? $"The endpoint scheme '{uri.Scheme}' is not supported: use https or http."
                : $"The endpoint scheme '{uri.Scheme}' is not allowed: this server calls https endpoints only (Subscriptions:AllowHttp).";
        }

        if (!string.IsNullOrEmpty(uri.UserInfo))
        {
            return "The endpoint carries user information; put credentials in channel.header instead.";
        }

        if (settings.AllowPrivateEndpoints)
        {
            return null;
        }

        IPAddress[] addresses;
        if (IPAddress.TryParse(uri.IdnHost, out var literal))
        {
            addresses = [literal];
        }
        else
        {
            try
            {
                addresses = await Dns.GetHostAddressesAsync(uri.IdnHost, cancellationToken).ConfigureAwait(false);
            }
            catch (SocketException)
            {
                return $"The endpoint host '{uri.Host}' does not resolve.";
            }
        }

        if (addresses.Length == 0)
        {
            return $"The endpoint host '{uri.Host}' does not resolve.";
        }

        var inside = Array.Find(addresses, IsInternal);
        return inside is null
            ? null
            : $"The endpoint host '{uri.Host}' resolves to the internal address {inside}; this server does not call loopback, private or link-local addresses (Subscriptions:AllowPrivateEndpoints).";
    }

    /// <summary>Whether an address is loopback, private, link-local, shared, multicast, unspecified or reserved.</summary>
    public static bool IsInternal(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (IPAddress.IsLoopback(address) || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any)
            || address.Equals(IPAddress.Broadcast))
        {
            return true;
        }

        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            var b = address.GetAddressBytes();
            return address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6Multicast
                || (b[0] & 0xFE) == 0xFC; // fc00::/7 unique local
        }

        var v4 = address.GetAddressBytes();
        return v4[0] switch
        {
            0 or 10 or 127 => true,
            100 => v4[1] >= 64 && v4[1] <= 127,         // 100.64.0.0/10 carrier-grade NAT
            169 => v4[1] == 254,                        // link-local, cloud metadata
            172 => v4[1] >= 16 && v4[1] <= 31,
            192 => (v4[1] == 168) || (v4[1] == 0 && (v4[2] == 0 || v4[2] == 2)),
            198 => v4[1] == 18 || v4[1] == 19 || (v4[1] == 51 && v4[2] == 100),
            203 => v4[1] == 0 && v4[2] == 113,
            >= 224 => true,                             // multicast and reserved
            _ => false,
        };
    }
}
