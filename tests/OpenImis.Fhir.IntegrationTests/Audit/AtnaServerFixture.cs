using System.Net;
using System.Net.Sockets;

namespace OpenImis.Fhir.IntegrationTests.Audit;

/// <summary>The audited server forwarding to an ATNA repository on a loopback port where nothing listens at first.</summary>
public sealed class AtnaServerFixture : AuditServerFixture
{
    public int AtnaPort { get; } = FreePort();

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>(base.Settings)
    {
        ["Audit:Atna:Host"] = "127.0.0.1",
        ["Audit:Atna:Port"] = AtnaPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Audit:Atna:Transport"] = "tcp",
        ["Audit:Atna:IntervalSeconds"] = "1",
        ["Audit:Atna:SettleSeconds"] = "0",
    };

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
