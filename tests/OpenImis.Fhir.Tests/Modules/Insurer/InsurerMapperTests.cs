using Hl7.Fhir.Model;
using OpenImis.Fhir.Modules.Insurer;
using OpenImis.Fhir.Modules.Shared;

namespace OpenImis.Fhir.Tests.Modules.Insurer;

public sealed class InsurerMapperTests
{
    [Fact]
    public void ToFhir_MapsConfiguration_WhenComplete()
    {
        var organization = InsurerMapper.ToFhir(Options());

        Assert.Equal("6a2f4c1e-8b3d-4e5f-9a0b-1c2d3e4f5a6b", organization.Id);
        Assert.Equal("openIMIS", IgIdentifiers.Find(organization.Identifier, IgIdentifiers.Code));
        Assert.Equal("ins", organization.Type.Single().Coding.Single().Code);
        Assert.Equal("+255 22 000 0000", organization.Telecom.Single(t => t.System == ContactPoint.ContactPointSystem.Phone).Value);
        Assert.Equal("1 Health Road, PO Box 1", organization.Address.Single().Line.Single());
        Assert.Equal("ADMIN", organization.Contact.Single().Purpose.Coding.Single().Code);
    }

    [Fact]
    public void ToFhir_LeavesAddressOut_WhenNoneConfigured()
    {
        var options = Options();
        options.AddressLines = [];
        options.City = null;

        Assert.Empty(InsurerMapper.ToFhir(options).Address);
    }

    [Theory]
    [InlineData("not-a-uuid", "openIMIS", "Insurer", "Id must be a UUID")]
    [InlineData("6a2f4c1e-8b3d-4e5f-9a0b-1c2d3e4f5a6b", "", "Insurer", "Code is required")]
    [InlineData("6a2f4c1e-8b3d-4e5f-9a0b-1c2d3e4f5a6b", "openIMIS", null, "Name is required")]
    public void Problems_NamesSetting_WhenMissingOrBad(string id, string code, string? name, string problem)
    {
        var options = new InsurerOptions { Id = id, Code = code, Name = name };

        Assert.Contains(options.Problems(), p => p.StartsWith(problem, StringComparison.Ordinal));
    }

    private static InsurerOptions Options() => new()
    {
        Id = "6A2F4C1E-8B3D-4E5F-9A0B-1C2D3E4F5A6B",
        Code = "openIMIS",
        Name = "openIMIS Implementation",
        Phone = "+255 22 000 0000",
        Email = "info@example.org",
        AddressLines = ["1 Health Road", "PO Box 1"],
        City = "Dodoma",
        ContactName = "Scheme manager",
    };
}
