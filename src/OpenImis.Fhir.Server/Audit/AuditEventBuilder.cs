using System.Globalization;
using System.Text;
using Hl7.Fhir.Model;
using Hl7.Fhir.Utility;
using OpenImis.Fhir.Core.State;

namespace OpenImis.Fhir.Server.Audit;

/// <summary>
/// Turns an <see cref="AuditEntry"/> into the AuditEvent IHE BALP describes (agents: the OAuth client as requestor
/// with its network address, the openIMIS user when the token maps to one, this server; entities: the resource
/// touched, the query of a search, the patients concerned) and into the row that stores it.
/// </summary>
internal sealed class AuditEventBuilder(string sourceId, string? site)
{
    public const string CoreProfile = "http://hl7.org/fhir/StructureDefinition/AuditEvent";
    private const string EntityTypeSystem = "http://terminology.hl7.org/CodeSystem/audit-entity-type";
    private const string EntityRoleSystem = "http://terminology.hl7.org/CodeSystem/object-role";
    private const string SourceTypeSystem = "http://terminology.hl7.org/CodeSystem/security-source-type";
    private const string UserRoleSystem = "http://terminology.hl7.org/CodeSystem/extra-security-role-type";

    public AuditEvent Build(AuditEntry entry)
    {
        var resources = AuditedResources.From(entry.Result);
        var audit = new AuditEvent
        {
            Id = entry.Id.ToString(),
            Meta = new Meta
            {
                VersionId = "1",
                LastUpdated = new DateTimeOffset(entry.Recorded, TimeSpan.Zero),
                Profile = [CoreProfile],
            },
            Type = entry.Interaction.Type,
            Subtype = entry.Interaction.Subtype is { } subtype ? [subtype] : [],
            Action = entry.Interaction.Action,
            Recorded = new DateTimeOffset(entry.Recorded, TimeSpan.Zero),
            Outcome = AuditInteraction.OutcomeOf(entry.Status, entry.Aborted),
            OutcomeDesc = Describe(entry),
            Source = new AuditEvent.SourceComponent
            {
                Site = site,
                Observer = new ResourceReference { Identifier = new Identifier { Value = sourceId }, Display = sourceId },
                Type = [new Coding(SourceTypeSystem, "4", "Application Server")],
            },
        };
        audit.Agent.Add(ClientAgent(entry));
        if (entry.Caller?.UserName is { } login)
        {
            audit.Agent.Add(new AuditEvent.AgentComponent
            {
                Type = new CodeableConcept(UserRoleSystem, "humanuser", "human user"),
                Who = new ResourceReference { Identifier = new Identifier { Value = login }, Display = login },
                AltId = entry.Caller.OpenImisUserId?.ToString(CultureInfo.InvariantCulture),
                Requestor = true,
            });
        }

        audit.Agent.Add(new AuditEvent.AgentComponent
        {
            Type = new CodeableConcept(AuditInteraction.DicomSystem, "110152", "Destination Role ID"),
            Who = new ResourceReference { Identifier = new Identifier { Value = sourceId }, Display = sourceId },
            Requestor = false,
            Network = new AuditEvent.NetworkComponent { Address = entry.BaseUrl, Type = AuditEvent.AuditEventAgentNetworkType.N5 },
        });

        if (Touched(entry, resources) is { } touched)
        {
            audit.Entity.Add(new AuditEvent.EntityComponent
            {
                What = new ResourceReference(touched),
                Type = new Coding(EntityTypeSystem, "2", "System Object"),
                Role = new Coding(EntityRoleSystem, "4", "Domain Resource"),
            });
        }

        if (entry.Query is { Length: > 0 } query && entry.Interaction.Subtype?.Code is "search-type" or "search-system" or "history-type" or "history-instance" or "operation")
        {
            audit.Entity.Add(new AuditEvent.EntityComponent
            {
                What = entry.ResourceType is { Length: > 0 } type && entry.Interaction.Operation is null ? new ResourceReference { Display = type } : null,
                Type = new Coding(EntityTypeSystem, "2", "System Object"),
                Role = new Coding(EntityRoleSystem, "24", "Query"),
                Query = Encoding.UTF8.GetBytes(query),
                Description = entry.Interaction.Operation is { } operation ? $"{operation} at {entry.Path}" : null,
            });
        }
        else if (entry.Interaction.Operation is { } operation)
        {
            audit.Entity.Add(new AuditEvent.EntityComponent
            {
                Type = new Coding(EntityTypeSystem, "2", "System Object"),
                Description = $"{operation} at {entry.Path}",
            });
        }

        foreach (var patient in AuditedResources.Patients(resources))
        {
            audit.Entity.Add(new AuditEvent.EntityComponent
            {
                What = new ResourceReference(patient),
                Type = new Coding(EntityTypeSystem, "1", "Person"),
                Role = new Coding(EntityRoleSystem, "1", "Patient"),
            });
        }

        return audit;
    }

    /// <summary>The row: the search columns read back from the event, and its JSON.</summary>
    public static AuditEventRecord Record(AuditEvent audit, string json, DateTime storedAt)
    {
        var agents = audit.Agent.Select(a => a.Who?.Identifier?.Value ?? a.Who?.Reference).OfType<string>();
        var entities = audit.Entity.Select(e => e.What?.Reference).OfType<string>().ToList();
        var patients = audit.Entity.Where(e => e.Role?.Code == "1" && e.Role.System == EntityRoleSystem).Select(e => e.What?.Reference).OfType<string>();
        return new AuditEventRecord
        {
            Id = audit.Id ?? string.Empty,
            Recorded = audit.Recorded!.Value.UtcDateTime,
            StoredAt = storedAt,
            TypeSystem = audit.Type.System ?? string.Empty,
            TypeCode = audit.Type.Code ?? string.Empty,
            Subtype = audit.Subtype.FirstOrDefault()?.Code,
            Action = audit.Action?.GetLiteral() ?? string.Empty,
            Outcome = audit.Outcome?.GetLiteral() ?? string.Empty,
            Agents = Joined(agents),
            Entities = Joined(entities),
            Patients = Joined(patients),
            Resource = json,
        };
    }

    /// <summary>Values between bars: <c>|a|b|</c>, <c>|</c> for none.</summary>
    public static string Joined(IEnumerable<string> values)
    {
        var builder = new StringBuilder("|");
        foreach (var value in values.Distinct(StringComparer.Ordinal))
        {
            builder.Append(value.Replace('|', '/')).Append('|');
        }

        return builder.ToString();
    }

    private static AuditEvent.AgentComponent ClientAgent(AuditEntry entry)
    {
        var client = entry.Caller?.ClientId ?? entry.ClaimedClient;
        return new AuditEvent.AgentComponent
        {
            Type = new CodeableConcept(AuditInteraction.DicomSystem, "110153", "Source Role ID"),
            Who = client is null
                ? new ResourceReference { Display = entry.Caller is null && entry.ClaimedClient is null ? "anonymous" : entry.Caller?.Subject ?? "anonymous" }
                : new ResourceReference { Identifier = new Identifier { Value = client }, Display = client },
            Requestor = true,
            Network = entry.Address is null ? null : new AuditEvent.NetworkComponent { Address = entry.Address, Type = AuditEvent.AuditEventAgentNetworkType.N2 },
        };
    }

    // The resource the URL names, or the one a create or conditional write answered.
    private static string? Touched(AuditEntry entry, IReadOnlyList<Resource> resources)
    {
        var segments = entry.Path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length >= 3 && segments[1].Length > 0 && char.IsAsciiLetterUpper(segments[1][0])
            && segments[2][0] is not '$' and not '_')
        {
            return segments.Length >= 5 && segments[3] == "_history" ? $"{segments[1]}/{segments[2]}/_history/{segments[4]}" : $"{segments[1]}/{segments[2]}";
        }

        return entry.Interaction.Subtype?.Code is "create" or "update" or "patch" or "delete" && resources is [{ Id: { Length: > 0 } } single]
            ? $"{single.TypeName}/{single.Id}"
            : null;
    }

    private static string? Describe(AuditEntry entry)
    {
        if (entry.Interaction.Type.Code == "110114")
        {
            return entry.ClaimedClient is null
                ? $"Refused credentials on {entry.Method} {entry.Path} (HTTP {entry.Status})."
                : $"Refused credentials on {entry.Method} {entry.Path} (HTTP {entry.Status}); the client id is the one the credentials claim, not verified.";
        }

        return entry.Status >= 400 || entry.Aborted ? $"{entry.Method} {entry.Path} answered HTTP {entry.Status}{(entry.Aborted ? " (aborted)" : string.Empty)}." : null;
    }
}
