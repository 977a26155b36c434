using Hl7.Fhir.Model;
using OpenImis.Fhir.Core.Rest.Interactions;

namespace OpenImis.Fhir.Tests.Core.Rest.Interactions;

public sealed class ResourceReferencesTests
{
    private static Patient WithReferences() => new()
    {
        ManagingOrganization = new ResourceReference("http://server.example/fhir/Organization/1"),
        Contact = [new Patient.ContactComponent { Organization = new ResourceReference("https://other.example/fhir/Organization/2") }],
        Extension = [new Extension("https://example.org/ext", new ResourceReference("Group/3"))],
    };

    [Fact]
    public void All_FindsReferencesInBackbonesAndExtensions_WhenTheyAreNested() =>
        Assert.Equal(3, ResourceReferences.All(WithReferences()).Count());

    [Fact]
    public void MakeLocal_StripsThisServersBase_WhenAReferenceIsAbsolute()
    {
        var patient = WithReferences();
        ResourceReferences.MakeLocal(patient, "http://server.example/fhir");
        Assert.Equal("Organization/1", patient.ManagingOrganization.Reference);
    }

    [Fact]
    public void MakeLocal_KeepsAnotherServersReference_WhenItIsAbsolute()
    {
        var patient = WithReferences();
        ResourceReferences.MakeLocal(patient, "http://server.example/fhir");
        Assert.Equal("https://other.example/fhir/Organization/2", patient.Contact[0].Organization.Reference);
    }
}
