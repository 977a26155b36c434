namespace OpenImis.Fhir.Modules.Insuree.Demo;

/// <summary>A live village that generated families can live in.</summary>
internal sealed record VillageRef(int Id, string Name);
