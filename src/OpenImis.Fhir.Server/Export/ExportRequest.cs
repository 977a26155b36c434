namespace OpenImis.Fhir.Server.Export;

/// <summary>A validated kick-off.</summary>
internal sealed record ExportRequest(
    string Level, IReadOnlyList<string> Types, DateTime? Since, string? GroupId, IReadOnlyList<string>? Patients, IReadOnlyList<string> Ignored);
