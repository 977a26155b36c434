using OpenImis.Fhir.Modules.Insuree.Data;
using OpenImis.Fhir.Modules.Location.Cache;
using OpenImis.Fhir.Modules.Location.Data;
using InsureeRow = OpenImis.Fhir.Modules.Insuree.Data.Insuree;
using Location = OpenImis.Fhir.Modules.Location.Data.Location;

namespace OpenImis.Fhir.Tests.Modules.Insuree;

/// <summary>
/// The IG's Doe family (examples john-doe, jane-doe, doe-family) as openIMIS rows: Jane heads it, John is her
/// spouse; they live in Jamula village, Jamu ward, Rapta district, Ultha region. Each call builds a fresh graph.
/// </summary>
internal static class InsureeFixtures
{
    public const string FamilyUuid = "d30f70df-d10b-43d4-bf31-5137c118ad82";
    public const string JaneUuid = "0b6e4a5c-1f55-4c4e-8d7a-3e2f1a0b9c81";
    public const string JohnUuid = "1c7f5b6d-2a66-4d5f-9e8b-4f3a2b1c0d92";
    public const string VillageUuid = "a3b4c5d6-e7f8-4a9b-8c0d-1e2f3a4b5c6d";
    public const string OtherVillageUuid = "b4c5d6e7-f8a9-4b0c-9d1e-2f3a4b5c6d7e";

    // openIMIS writes photos as base64 text; these are the first bytes of a JPEG file.
    public const string JohnPhoto = "/9j/4AAQSkZJRg==";

    public static readonly DateTime Stamp = new(2024, 3, 1, 9, 30, 0, DateTimeKind.Utc);

    public static Family DoeFamily()
    {
        var jane = Jane();
        var john = John();
        var family = new Family
        {
            Id = 10,
            Uuid = FamilyUuid,
            HeadInsuree = jane,
            HeadInsureeId = jane.Id,
            Location = Village("Jamula", VillageUuid),
            Address = "5 Tsoka",
            Poverty = false,
            FamilyTypeCode = "H",
            ConfirmationNo = "Reg123456",
            ConfirmationTypeCode = "B",
            ValidityFrom = Stamp,
            AuditUserId = 1,
            Members = [jane, john],
        };
        family.LocationId = family.Location.Id;
        foreach (var member in family.Members)
        {
            member.Family = family;
            member.FamilyId = family.Id;
        }

        return family;
    }

    /// <summary>John as a member of the Doe family, with a photo and no village of his own.</summary>
    public static InsureeRow JohnInFamily() => DoeFamily().Members[1];

    /// <summary>
    /// The location cache the mappers read villages from: both fixture villages (Jamula, Kibo) with their ward,
    /// district and region, built from the same rows as <see cref="Village"/>.
    /// </summary>
    public static ILocationLookup Locations { get; } = LocationSnapshot.Build(
        [.. Chain(Village("Jamula", VillageUuid)), Village("Kibo", OtherVillageUuid)], Stamp);

    /// <summary>A village with its ward, district and region; each level has its own id and UUID.</summary>
    public static Location Village(string name, string uuid)
    {
        var region = new Location { Id = 1, Uuid = "c5d6e7f8-a9b0-4c1d-8e2f-3a4b5c6d7e8f", Name = "Ultha", Type = LocationTypes.Region };
        var district = new Location { Id = 2, Uuid = "d6e7f8a9-b0c1-4d2e-9f3a-4b5c6d7e8f90", Name = "Rapta", Type = LocationTypes.District, Parent = region, ParentId = 1 };
        var ward = new Location { Id = 3, Uuid = "e7f8a9b0-c1d2-4e3f-8a4b-5c6d7e8f9012", Name = "Jamu", Type = LocationTypes.Ward, Parent = district, ParentId = 2 };
        return new Location { Id = uuid == VillageUuid ? 4 : 5, Uuid = uuid, Name = name, Type = LocationTypes.Village, Parent = ward, ParentId = 3 };
    }

    private static IEnumerable<Location> Chain(Location? location)
    {
        for (; location is not null; location = location.Parent)
        {
            yield return location;
        }
    }

    private static InsureeRow Jane() => new()
    {
        Id = 1,
        Uuid = JaneUuid,
        ChfId = "123456788",
        LastName = "Doe",
        OtherNames = "Jane",
        BirthDate = new DateOnly(1964, 5, 15),
        GenderCode = "F",
        Marital = "M",
        IsHead = true,
        CardIssued = true,
        EducationId = 4,
        ProfessionId = 3,
        Passport = "NationaID2",
        TypeOfId = "N",
        ValidityFrom = Stamp,
        AuditUserId = 1,
    };

    private static InsureeRow John() => new()
    {
        Id = 2,
        Uuid = JohnUuid,
        ChfId = "123456789",
        LastName = "Doe",
        OtherNames = "John",
        BirthDate = new DateOnly(1962, 2, 5),
        GenderCode = "M",
        Marital = "M",
        IsHead = false,
        CardIssued = true,
        Phone = "+255 700 000 000",
        Email = "john.doe@example.org",
        EducationId = 4,
        ProfessionId = 2,
        Passport = "NationaID1",
        TypeOfId = "N",
        Vulnerability = true,
        RelationshipId = 8,
        PhotoId = 7,
        Photo = new Photo { Id = 7, Uuid = "f8a9b0c1-d2e3-4f4a-9b5c-6d7e8f901234", Content = JohnPhoto, FileName = "john.jpg", Date = new DateOnly(2021, 1, 2) },
        PhotoDate = new DateOnly(2021, 1, 2),
        ValidityFrom = Stamp,
        AuditUserId = 1,
    };
}
