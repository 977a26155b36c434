using System.Text.Json.Nodes;

namespace OpenImis.Fhir.Server.OpenHim;

/// <summary>What a heartbeat told the mediator.</summary>
/// <param name="MediatorKnown">False when the core answered 404: it no longer knows the URN, so register again.</param>
/// <param name="Config">The whole mediator config when the core sent one (on request or after an admin changed it).</param>
internal sealed record HeartbeatResult(bool MediatorKnown, JsonObject? Config)
{
    public static HeartbeatResult Unknown { get; } = new(false, null);

    public static HeartbeatResult NoChange { get; } = new(true, null);
}
