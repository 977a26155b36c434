using System.Globalization;
using System.Xml.Linq;
using Hl7.Fhir.Model;
using Hl7.Fhir.Utility;

namespace OpenImis.Fhir.Server.Audit.Atna;

/// <summary>
/// A stored AuditEvent as the DICOM audit message (PS3.15 A.5, the successor of RFC 3881) that ATNA audit
/// repositories such as OpenHIM's parse: EventIdentification, ActiveParticipant, AuditSourceIdentification and
/// ParticipantObjectIdentification, with codes as <c>csd-code</c>/<c>codeSystemName</c>/<c>originalText</c>.
/// </summary>
internal static class AtnaMessage
{
    private const string Rfc3881 = "RFC-3881";

    public static string Xml(AuditEvent audit)
    {
        var message = new XElement("AuditMessage",
            new XElement("EventIdentification",
                new XAttribute("EventActionCode", audit.Action?.GetLiteral() ?? "E"),
                new XAttribute("EventDateTime", audit.Recorded?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture) ?? string.Empty),
                new XAttribute("EventOutcomeIndicator", audit.Outcome?.GetLiteral() ?? "0"),
                Code("EventID", audit.Type),
                audit.Subtype.Select(s => Code("EventTypeCode", s))));

        foreach (var agent in audit.Agent)
        {
            var participant = new XElement("ActiveParticipant",
                new XAttribute("UserID", agent.Who?.Identifier?.Value ?? agent.Who?.Reference ?? agent.Who?.Display ?? "unknown"),
                new XAttribute("UserIsRequestor", agent.Requestor == true ? "true" : "false"));
            if (agent.AltId is { Length: > 0 } altId)
            {
                participant.Add(new XAttribute("AlternativeUserID", altId));
            }

            if (agent.Who?.Display is { Length: > 0 } name)
            {
                participant.Add(new XAttribute("UserName", name));
            }

            if (agent.Network?.Address is { Length: > 0 } address)
            {
                participant.Add(new XAttribute("NetworkAccessPointID", address));
                participant.Add(new XAttribute("NetworkAccessPointTypeCode", NetworkType(agent.Network)));
            }

            foreach (var coding in agent.Type?.Coding ?? [])
            {
                participant.Add(Code("RoleIDCode", coding));
            }

            message.Add(participant);
        }

        var source = audit.Source;
        var sourceElement = new XElement("AuditSourceIdentification",
            new XAttribute("AuditSourceID", source?.Observer?.Identifier?.Value ?? source?.Observer?.Display ?? "openimis-fhir"));
        if (source?.Site is { Length: > 0 } site)
        {
            sourceElement.Add(new XAttribute("AuditEnterpriseSiteID", site));
        }

        foreach (var type in source?.Type ?? [])
        {
            sourceElement.Add(new XElement("AuditSourceTypeCode", new XAttribute("csd-code", type.Code ?? "4"),
                new XAttribute("codeSystemName", type.System ?? Rfc3881), new XAttribute("originalText", type.Display ?? type.Code ?? "4")));
        }

        message.Add(sourceElement);
        foreach (var entity in audit.Entity)
        {
            message.Add(Participant(entity));
        }

        return message.ToString(SaveOptions.DisableFormatting);
    }

    private static XElement Participant(AuditEvent.EntityComponent entity)
    {
        var query = entity.Role?.Code == "24";
        var patient = entity.Role?.Code == "1";
        var id = entity.What?.Reference ?? entity.What?.Identifier?.Value ?? entity.What?.Display ?? entity.Description ?? "unknown";
        var element = new XElement("ParticipantObjectIdentification",
            new XAttribute("ParticipantObjectID", id),
            new XAttribute("ParticipantObjectTypeCode", entity.Type?.Code ?? "2"));
        if (entity.Role?.Code is { } role)
        {
            element.Add(new XAttribute("ParticipantObjectTypeCodeRole", role));
        }

        // RFC 3881 ID type codes: 2 Patient Number, 10 Search Criteria, 12 URI (a FHIR reference).
        var (code, text) = patient ? ("2", "Patient Number") : query ? ("10", "Search Criteria") : ("12", "URI");
        element.Add(new XElement("ParticipantObjectIDTypeCode", new XAttribute("csd-code", code), new XAttribute("codeSystemName", Rfc3881), new XAttribute("originalText", text)));
        if (entity.Query is { Length: > 0 } bytes)
        {
            element.Add(new XElement("ParticipantObjectQuery", Convert.ToBase64String(bytes)));
        }

        if (entity.Description is { Length: > 0 } description)
        {
            element.Add(new XElement("ParticipantObjectDetail", new XAttribute("type", "description"),
                new XAttribute("value", Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(description)))));
        }

        return element;
    }

    private static XElement Code(string name, Coding coding) =>
        new(name,
            new XAttribute("csd-code", coding.Code ?? string.Empty),
            new XAttribute("codeSystemName", coding.System == AuditInteraction.DicomSystem ? "DCM" : coding.System ?? string.Empty),
            new XAttribute("originalText", coding.Display ?? coding.Code ?? string.Empty));

    private static string NetworkType(AuditEvent.NetworkComponent network) =>
        network.Type?.GetLiteral() ?? "5";
}
