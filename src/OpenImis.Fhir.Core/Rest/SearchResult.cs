using Hl7.Fhir.Model;

namespace OpenImis.Fhir.Core.Rest;

/// <summary>One page of search matches and, when asked for, the total.</summary>
public sealed record SearchResult(IReadOnlyList<Resource> Matches, int? Total);
