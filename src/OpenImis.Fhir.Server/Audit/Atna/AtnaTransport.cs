using System.Net.Security;
using System.Net.Sockets;

namespace OpenImis.Fhir.Server.Audit.Atna;

/// <summary>
/// Sends syslog messages to the repository: one connection per batch over TCP or TLS (octet-counted frames), one
/// datagram each over UDP. A failure throws; the forwarder then keeps its cursor and tries again.
/// </summary>
internal sealed class AtnaTransport(AtnaOptions options)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    public async Task SendAsync(IReadOnlyList<byte[]> messages, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout + TimeSpan.FromSeconds(messages.Count / 100));
        if (options.Transport == "udp")
        {
            using var udp = new UdpClient();
            udp.Connect(options.Host!, options.Port);
            foreach (var message in messages)
            {
                await udp.SendAsync(message, timeout.Token);
            }

            return;
        }

        using var tcp = new TcpClient { NoDelay = false };
        await tcp.ConnectAsync(options.Host!, options.Port, timeout.Token);
        Stream stream = tcp.GetStream();
        SslStream? tls = null;
        try
        {
            if (options.Transport == "tls")
            {
                tls = new SslStream(stream, leaveInnerStreamOpen: false);
                await tls.AuthenticateAsClientAsync(new SslClientAuthenticationOptions { TargetHost = options.Host }, timeout.Token);
                stream = tls;
            }

            foreach (var message in messages)
            {
                await stream.WriteAsync(SyslogFrame.Framed(message), timeout.Token);
            }

            await stream.FlushAsync(timeout.Token);
            if (tls is not null)
            {
                await tls.ShutdownAsync();
            }

            tcp.Client.Shutdown(SocketShutdown.Send);
        }
        finally
        {
            if (tls is not null)
            {
                await tls.DisposeAsync();
            }
        }
    }
}
