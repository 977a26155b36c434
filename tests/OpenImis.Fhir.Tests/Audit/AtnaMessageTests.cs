using System.Text;
using System.Xml.Linq;
using Hl7.Fhir.Model;
using OpenImis.Fhir.Server.Audit;
using OpenImis.Fhir.Server.Audit.Atna;

namespace OpenImis.Fhir.Tests.Audit;

public sealed class AtnaMessageTests
{
    [Fact]
    public void Xml_MapsTheEventToDicomAuditMessage_WithParticipantsAndObjects()
    {
        var audit = new AuditEventBuilder("fhir-1", null).Build(new AuditEntry
        {
            Id = Guid.NewGuid(),
            Recorded = new DateTime(2026, 12, 6, 12, 0, 0, DateTimeKind.Utc),
            Interaction = AuditInteraction.Classify("read", "GET"),
            Status = 200,
            Method = "GET",
            Path = "/fhir/Patient/p1",
            Caller = new OpenImis.Fhir.Core.Security.FhirCaller { ClientId = "lab" },
            Address = "10.0.0.9",
            BaseUrl = "http://x/fhir",
            Result = new Patient { Id = "p1" },
        });

        var xml = XElement.Parse(AtnaMessage.Xml(audit));

        var id = xml.Element("EventIdentification")!;
        Assert.Equal(("R", "0", "2026-12-06T12:00:00.000Z"), (id.Attribute("EventActionCode")!.Value, id.Attribute("EventOutcomeIndicator")!.Value, id.Attribute("EventDateTime")!.Value));
        Assert.Equal("read", id.Element("EventTypeCode")!.Attribute("csd-code")!.Value);
        var client = xml.Elements("ActiveParticipant").Single(p => p.Attribute("UserID")!.Value == "lab");
        Assert.Equal(("true", "10.0.0.9", "2"), (client.Attribute("UserIsRequestor")!.Value, client.Attribute("NetworkAccessPointID")!.Value, client.Attribute("NetworkAccessPointTypeCode")!.Value));
        Assert.Equal(("110153", "DCM"), (client.Element("RoleIDCode")!.Attribute("csd-code")!.Value, client.Element("RoleIDCode")!.Attribute("codeSystemName")!.Value));
        Assert.Equal("fhir-1", xml.Element("AuditSourceIdentification")!.Attribute("AuditSourceID")!.Value);
        var patient = xml.Elements("ParticipantObjectIdentification").Single(p => p.Attribute("ParticipantObjectTypeCodeRole")?.Value == "1");
        Assert.Equal(("Patient/p1", "1", "2"), (patient.Attribute("ParticipantObjectID")!.Value, patient.Attribute("ParticipantObjectTypeCode")!.Value,
            patient.Element("ParticipantObjectIDTypeCode")!.Attribute("csd-code")!.Value));
    }

    [Fact]
    public void Framed_PrefixesTheOctetCount_OfTheSyslogMessage()
    {
        var message = SyslogFrame.Message("<AuditMessage/>", new DateTime(2026, 12, 6, 12, 0, 0, DateTimeKind.Utc), "host one", "app");

        var framed = Encoding.UTF8.GetString(SyslogFrame.Framed(message));

        var space = framed.IndexOf(' ', StringComparison.Ordinal);
        Assert.Equal(message.Length, int.Parse(framed[..space], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Matches(@"^<85>1 2026-12-06T12:00:00\.000Z hostone app \d+ IHE\+RFC-3881 - <AuditMessage/>$", framed[(space + 1)..]);
    }
}
