using Hl7.Fhir.Model;
using OpenImis.Fhir.Core.Validation;

namespace OpenImis.Fhir.Tests.Core.Validation;

public sealed class ProfileChoiceTests
{
    private const string Served = "https://example.org/StructureDefinition/served";
    private const string Other = "https://example.org/StructureDefinition/other";

    private static Patient Claiming(params string[] profiles) => new() { Meta = new Meta { Profile = profiles } };

    [Fact]
    public void For_TakesTheRequestedProfile_WhenOneIsAsked() =>
        Assert.Equal([Other], ProfileChoice.For(Claiming(Served), Other, [Served]));

    [Fact]
    public void For_TakesTheClaimedProfile_WhenTheHandlerServesIt() =>
        Assert.Equal([Served], ProfileChoice.For(Claiming(Other, Served), null, [Served]));

    [Fact]
    public void For_TakesTheHandlersProfile_WhenTheClaimedOnesAreNotServed() =>
        Assert.Equal([Served], ProfileChoice.For(Claiming(Other), null, [Served]));

    [Fact]
    public void For_TakesTheClaimedProfiles_WhenNoHandlerServesTheType() =>
        Assert.Equal([Other], ProfileChoice.For(Claiming(Other), null, []));

    [Fact]
    public void For_TakesTheCoreType_WhenNothingIsClaimedOrServed() =>
        Assert.Equal(["http://hl7.org/fhir/StructureDefinition/Patient"], ProfileChoice.For(new Patient(), null, []));
}
