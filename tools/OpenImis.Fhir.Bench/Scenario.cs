namespace OpenImis.Fhir.Bench;

/// <summary>What one operation does: read one Patient by id, or search Patients by family name.</summary>
internal enum Scenario
{
    Read,
    Search,
}
