namespace OpenImis.Fhir.Bench;

/// <summary>
/// What one operation does: read one Patient by id, search Patients by family name, update a Patient (GET, then PUT
/// with If-Match) or create a Patient (POST of a copy with a new CHFID).
/// </summary>
internal enum Scenario
{
    Read,
    Search,
    Update,
    Create,
}
