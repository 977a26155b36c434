namespace OpenImis.Fhir.Core.Terminology;

/// <summary>One row of a lookup table as a concept: the code openIMIS stores and the name it shows.</summary>
public sealed record DatabaseConcept(string Code, string Display);
