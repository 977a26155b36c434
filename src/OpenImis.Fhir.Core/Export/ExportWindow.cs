namespace OpenImis.Fhir.Core.Export;

/// <summary>
/// The changes an export takes: after <paramref name="Since"/> (when given) and up to and including
/// <paramref name="Until"/>, the export's transactionTime. Both are UTC.
/// </summary>
public sealed record ExportWindow(DateTime? Since, DateTime Until);
