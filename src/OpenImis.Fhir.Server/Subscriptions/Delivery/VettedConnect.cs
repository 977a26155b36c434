using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Options;
using OpenImis.Fhir.Core.Subscriptions;

namespace OpenImis.Fhir.Server.Subscriptions.Delivery;

/// <summary>
/// The delivery client's connect step: resolves the subscriber's host itself and connects only to an address the
/// endpoint policy accepts, so that a name that resolved to a public address when the policy was asked cannot resolve
/// to an internal one a moment later, when the socket opens (DNS rebinding).
/// </summary>
internal static class VettedConnect
{
    public static Func<SocketsHttpConnectionContext, CancellationToken, ValueTask<Stream>> Callback(IOptionsMonitor<SubscriberEndpointOptions> options) =>
        async (context, cancellationToken) =>
        {
            var host = context.DnsEndPoint.Host;
            var addresses = IPAddress.TryParse(host, out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, cancellationToken);
            var allowed = options.CurrentValue.AllowPrivateEndpoints
                ? addresses
                : addresses.Where(a => !SubscriberEndpointPolicy.IsInternal(a)).ToArray();
            if (allowed.Length == 0)
            {
                throw new HttpRequestException($"The endpoint host '{host}' resolves to no address this server may call.");
            }

            var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(allowed, context.DnsEndPoint.Port, cancellationToken);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        };
}
