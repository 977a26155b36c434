namespace OpenImis.Fhir.Modules.Location.Data;

/// <summary>The <c>tblLocations.LocationType</c> codes.</summary>
internal static class LocationTypes
{
    public const string Region = "R";
    public const string District = "D";
    public const string Ward = "W";
    public const string Village = "V";
}
