using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Xml.Linq;
using OpenImis.Fhir.IntegrationTests.Export;

namespace OpenImis.Fhir.IntegrationTests.Audit;

/// <summary>
/// ATNA forwarding over TCP: the repository is a TcpListener in the test that reads the RFC 5425 frames (octet
/// count, space, RFC 5424 syslog message) and parses the DICOM audit message XML in each.
/// </summary>
public sealed class AtnaForwardingTests(AtnaServerFixture server) : IClassFixture<AtnaServerFixture>
{
    [Fact]
    public async System.Threading.Tasks.Task Forwarder_DeliversStoredEvents_WhenTheRepositoryComesBackAfterBeingDown()
    {
        var clientId = AuditServerFixture.NewClientId();
        var id = await server.PatientIdAsync();
        using (var client = server.Client(clientId))
        {
            for (var i = 0; i < 3; i++)
            {
                using var response = await client.GetAsync($"/fhir/Patient/{id}");
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            }
        }

        await server.FlushAsync();
        var ours = await Sql.CountAsync(server.ConnectionString, $"SELECT min(seq) FROM fhir.audit_event WHERE agents LIKE '%|{clientId}|%'");
        var sent = await Sql.CountAsync(server.ConnectionString, "SELECT coalesce(max(position), 0) FROM fhir.audit_cursor WHERE name = 'atna'");
        Assert.True(sent < ours, "nothing listens yet, so the cursor cannot have passed the new events");

        var listener = new TcpListener(IPAddress.Loopback, server.AtnaPort);
        listener.Start();
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            var messages = new List<XElement>();
            while (messages.Count(m => Participants(m).Contains(clientId)) < 3)
            {
                using var connection = await listener.AcceptTcpClientAsync(timeout.Token);
                messages.AddRange(await ReadFramesAsync(connection.GetStream(), timeout.Token));
            }

            var read = messages.First(m => Participants(m).Contains(clientId));
            var eventId = read.Element("EventIdentification")!;
            Assert.Equal("R", eventId.Attribute("EventActionCode")!.Value);
            Assert.Equal("0", eventId.Attribute("EventOutcomeIndicator")!.Value);
            Assert.Equal("rest", eventId.Element("EventID")!.Attribute("csd-code")!.Value);
            Assert.Equal("read", eventId.Element("EventTypeCode")!.Attribute("csd-code")!.Value);
            Assert.Contains(read.Elements("ParticipantObjectIdentification"),
                p => p.Attribute("ParticipantObjectID")!.Value == $"Patient/{id}" && p.Attribute("ParticipantObjectTypeCodeRole")?.Value == "1");
            Assert.NotNull(read.Element("AuditSourceIdentification")!.Attribute("AuditSourceID"));
        }
        finally
        {
            listener.Stop();
        }
    }

    private static IEnumerable<string> Participants(XElement message) =>
        message.Elements("ActiveParticipant").Select(p => p.Attribute("UserID")!.Value);

    // Octet counting: digits, one space, that many bytes of syslog message; the XML follows the header's "- ".
    private static async Task<List<XElement>> ReadFramesAsync(NetworkStream stream, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer, cancellationToken);
        var bytes = buffer.ToArray();
        var messages = new List<XElement>();
        var at = 0;
        while (at < bytes.Length)
        {
            var space = Array.IndexOf(bytes, (byte)' ', at);
            var length = int.Parse(Encoding.ASCII.GetString(bytes, at, space - at), CultureInfo.InvariantCulture);
            var syslog = Encoding.UTF8.GetString(bytes, space + 1, length);
            Assert.StartsWith("<85>1 ", syslog, StringComparison.Ordinal);
            Assert.Contains(" IHE+RFC-3881 - ", syslog, StringComparison.Ordinal);
            messages.Add(XElement.Parse(syslog[syslog.IndexOf("<AuditMessage", StringComparison.Ordinal)..]));
            at = space + 1 + length;
        }

        return messages;
    }
}
