using Hl7.Fhir.Model;
using OpenImis.Fhir.Modules.Location.Handlers;

namespace OpenImis.Fhir.Tests.Modules.LocationHandlers;

/// <summary>Which new Locations the tblLocations source takes; the others (health facilities) go to another source.</summary>
public sealed class LocationHandlerAcceptsTests
{
    private const string Ig = "https://openimis.github.io/openimis_fhir_r4_ig";

    // Accepts looks at the resource only: no database, options or users of a location are needed.
    private static readonly LocationHandler Handler = new(null!, TimeProvider.System, null!, [], new OpenImis.Fhir.Core.Security.FhirCallerContext());

    [Theory]
    [InlineData("R")]
    [InlineData("V")]
    public void Accepts_ReturnsTrue_WhenPhysicalTypeIsALevel(string code) =>
        Assert.True(Handler.Accepts(new Location { PhysicalType = new CodeableConcept(Ig + "/CodeSystem/location-type", code) }));

    [Fact]
    public void Accepts_ReturnsTrue_WhenProfileIsClaimed() =>
        Assert.True(Handler.Accepts(new Location { Meta = new Meta { Profile = [Ig + "/StructureDefinition/openimis-location"] } }));

    [Fact]
    public void Accepts_ReturnsFalse_WhenPhysicalTypeIsASite() =>
        Assert.False(Handler.Accepts(new Location { PhysicalType = new CodeableConcept("http://terminology.hl7.org/CodeSystem/location-physical-type", "si") }));

    [Fact]
    public void Accepts_ReturnsFalse_WhenResourceIsNoLocation() =>
        Assert.False(Handler.Accepts(new Patient()));
}
