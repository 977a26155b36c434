namespace OpenImis.Fhir.Core.Search;

/// <summary>
/// A chained parameter, <c>member:Patient.family=x</c>: the reference <see cref="Parameter"/> must point at a
/// <see cref="TargetType"/> that matches <see cref="TargetKey"/>=<see cref="Value"/> (itself possibly chained).
/// </summary>
public sealed record ChainedCriterion(ISearchParameter Parameter, string TargetType, string TargetKey, string Value);
