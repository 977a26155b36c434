using Hl7.Fhir.Model;
using OpenImis.Fhir.Core.Errors;
using OpenImis.Fhir.Modules.ClaimAdministrator.Data;
using OpenImis.Fhir.Modules.ClaimAdministrator.Mapping;
using OpenImis.Fhir.Modules.Shared;

namespace OpenImis.Fhir.Tests.Modules.ClaimAdministrator;

public sealed class ClaimAdminMapperTests
{
    private const string AdminUuid = "5b1c9d2e-6f0a-4b3c-8d7e-1a2b3c4d5e6f";
    private const string FacilityUuid = "0c4d1e2f-3a4b-4c5d-8e6f-7a8b9c0d1e2f";

    [Fact]
    public void ToPractitioner_MapsColumns_WhenRowIsLive()
    {
        var practitioner = ClaimAdminMapper.ToPractitioner(Admin());

        Assert.Equal("CA0001", IgIdentifiers.Find(practitioner.Identifier, IgIdentifiers.Code));
        Assert.Equal(AdminUuid, IgIdentifiers.Find(practitioner.Identifier, IgIdentifiers.Uuid));
        Assert.Equal("Dani", practitioner.Name[0].Family);
        Assert.Equal(["Rushila"], practitioner.Name[0].Given);
        Assert.Equal("1985-04-12", practitioner.BirthDate);
        Assert.Equal("+255700000001", practitioner.Telecom.Single(t => t.System == ContactPoint.ContactPointSystem.Phone).Value);
        Assert.Equal("rushila@example.org", practitioner.Telecom.Single(t => t.System == ContactPoint.ContactPointSystem.Email).Value);
        Assert.True(PractitionerPerson.HasCode(practitioner.Qualification[0].Code, "CA"));
    }

    [Fact]
    public void ToPractitioner_SaysBirthDateUnknown_WhenDobIsNull()
    {
        var row = Admin();
        row.BirthDate = null;

        var practitioner = ClaimAdminMapper.ToPractitioner(row);

        Assert.Null(practitioner.BirthDate);
        Assert.Equal("unknown", ((Code)practitioner.BirthDateElement.Extension.Single().Value).Value);
    }

    [Fact]
    public void ToRole_RefersToPractitionerAndFacility_WhenFacilityKnown()
    {
        var role = ClaimAdminMapper.ToRole(Admin(), FacilityUuid);

        Assert.Equal($"Practitioner/{AdminUuid}", role.Practitioner.Reference);
        Assert.Equal($"Organization/{FacilityUuid}", role.Organization.Reference);
        Assert.True(PractitionerPerson.HasCode(role.Code, "CA"));
    }

    [Fact]
    public void ToRole_SaysFacilityUnknown_WhenAdministratorHasNone()
    {
        var role = ClaimAdminMapper.ToRole(Admin(), facilityUuid: null);

        Assert.Null(role.Organization.Reference);
        Assert.Equal("unknown", ((Code)role.Organization.GetExtension("http://hl7.org/fhir/StructureDefinition/data-absent-reason")!.Value).Value);
    }

    [Fact]
    public void ToEntity_WritesColumns_WhenPractitionerIsComplete()
    {
        var row = new ClaimAdmin();

        ClaimAdminMapper.ToEntity(ClaimAdminMapper.ToPractitioner(Admin()), row);

        Assert.Equal(("CA0001", "Dani", "Rushila"), (row.Code, row.LastName, row.OtherNames));
        Assert.Equal(new DateOnly(1985, 4, 12), row.BirthDate);
        Assert.Equal(("+255700000001", "rushila@example.org"), (row.Phone, row.Email));
    }

    [Fact]
    public void ToEntity_Refuses_WhenQualificationIsNotClaimAdministrator()
    {
        var practitioner = ClaimAdminMapper.ToPractitioner(Admin());
        practitioner.Qualification[0].Code = PractitionerPerson.Code(PractitionerPerson.EnrolmentOfficer);

        var error = Assert.Throws<FhirException>(() => ClaimAdminMapper.ToEntity(practitioner, new ClaimAdmin()));

        Assert.Equal(422, (int)error.Status);
    }

    [Fact]
    public void ToEntity_Refuses_WhenCodeIsLongerThanColumn()
    {
        var practitioner = ClaimAdminMapper.ToPractitioner(Admin());
        practitioner.Identifier[0].Value = "CA0000001";

        var error = Assert.Throws<FhirException>(() => ClaimAdminMapper.ToEntity(practitioner, new ClaimAdmin()));

        Assert.Contains("8 characters", error.Message, StringComparison.Ordinal);
    }

    private static ClaimAdmin Admin() => new()
    {
        Id = 7,
        Uuid = AdminUuid.ToUpperInvariant(),
        Code = "CA0001",
        LastName = "Dani",
        OtherNames = "Rushila",
        BirthDate = new DateOnly(1985, 4, 12),
        Phone = "+255700000001",
        Email = "rushila@example.org",
        HealthFacilityId = 3,
        ValidityFrom = new DateTime(2024, 3, 1, 9, 30, 0, DateTimeKind.Utc),
    };
}
