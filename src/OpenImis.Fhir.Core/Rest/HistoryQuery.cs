namespace OpenImis.Fhir.Core.Rest;

/// <summary>The history parameters: <c>_since</c>, <c>_count</c> and the page offset.</summary>
public sealed record HistoryQuery(DateTime? Since, int Count, int Offset);
