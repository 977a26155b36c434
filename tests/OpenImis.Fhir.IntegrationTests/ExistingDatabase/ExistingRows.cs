namespace OpenImis.Fhir.IntegrationTests.ExistingDatabase;

/// <summary>The resources openimis-rows.sql holds, by the UUIDs openIMIS stored (upper case, but for policy holders).</summary>
internal static class ExistingRows
{
    /// <summary>The instant the sync tests ask for changes since; every row names its time relative to it.</summary>
    public static readonly DateTimeOffset SyncSince = new(2024, 6, 1, 0, 0, 0, TimeSpan.Zero);

    public const string Region = "A1B2C3D4-0001-4000-8000-00000000000A";
    public const string District = "A1B2C3D4-0002-4000-8000-00000000000A";
    public const string Ward = "A1B2C3D4-0003-4000-8000-00000000000A";
    public const string Village = "A1B2C3D4-0004-4000-8000-00000000000A";
    public const string DeletedVillage = "A1B2C3D4-0005-4000-8000-00000000000A";

    public const string HealthCentre = "B1B2C3D4-0001-4000-8000-00000000000B";
    public const string Dispensary = "B1B2C3D4-0002-4000-8000-00000000000B";
    public const string Hospital = "B1B2C3D4-0004-4000-8000-00000000000B";

    public const string Cooperative = "c1b2c3d4-0001-4000-8000-00000000000c";
    public const string Traders = "c1b2c3d4-0002-4000-8000-00000000000c";
    public const string ClosedTraders = "c1b2c3d4-0003-4000-8000-00000000000c";

    public const string ClaimAdmin = "E1B2C3D4-0001-4000-8000-00000000000E";
    public const string ClaimAdminWithoutFacility = "E1B2C3D4-0002-4000-8000-00000000000E";
    public const string Officer = "F1B2C3D4-0001-4000-8000-00000000000F";
    public const string Substitute = "F1B2C3D4-0002-4000-8000-00000000000F";

    public const string Head = "11B2C3D4-0001-4000-8000-000000000011";
    public const string Spouse = "11B2C3D4-0002-4000-8000-000000000011";
    public const string Family = "21B2C3D4-0001-4000-8000-000000000021";

    public const string Item = "31B2C3D4-0001-4000-8000-000000000031";
    public const string Service = "41B2C3D4-0001-4000-8000-000000000041";
    public const string Product = "51B2C3D4-0001-4000-8000-000000000051";

    /// <summary>Every served resource type with the resources of it the rows hold.</summary>
    public static TheoryData<string, string> Resources() => new()
    {
        { "Patient", Head }, { "Patient", Spouse }, { "Group", Family },
        { "Location", Region }, { "Location", District }, { "Location", Ward }, { "Location", Village },
        { "Location", HealthCentre }, { "Location", Dispensary },
        { "Organization", HealthCentre }, { "Organization", Dispensary },
        { "Practitioner", ClaimAdmin }, { "Practitioner", ClaimAdminWithoutFacility }, { "Practitioner", Officer }, { "Practitioner", Substitute },
        { "PractitionerRole", ClaimAdmin }, { "PractitionerRole", Officer }, { "PractitionerRole", Substitute },
        { "Medication", Item }, { "ActivityDefinition", Service }, { "InsurancePlan", Product },
    };
}
