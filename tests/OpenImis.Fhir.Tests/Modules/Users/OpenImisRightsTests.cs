using Microsoft.Extensions.Configuration;
using OpenImis.Fhir.Core.Modularity;
using OpenImis.Fhir.Core.Security;
using OpenImis.Fhir.Modules.Users.Rights;

namespace OpenImis.Fhir.Tests.Modules.Users;

public sealed class OpenImisRightsTests
{
    private static OpenImisRights With(params (string Key, string Value)[] settings) =>
        OpenImisRights.From(new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value))).Build());

    [Fact]
    public void Permitted_GivesReadAndSearch_WhenUserHoldsTheViewRight()
    {
        Assert.Equal(ScopeInteraction.Read | ScopeInteraction.Search, With().Permitted("Patient", new HashSet<int> { 101101 }));
    }

    [Fact]
    public void Permitted_GivesCreate_WhenUserHoldsEitherClaimRight()
    {
        Assert.True(With().Permitted("Claim", new HashSet<int> { 111007 }).HasFlag(ScopeInteraction.Create));
    }

    [Fact]
    public void Permitted_OpensReadOfReferenceData_WhenUserHoldsNoRight()
    {
        Assert.Equal(ScopeInteraction.Read | ScopeInteraction.Search, With().Permitted("Medication", new HashSet<int>()));
    }

    [Fact]
    public void Permitted_LeavesTypeWhole_WhenTableDoesNotName()
    {
        Assert.Equal(ScopeInteraction.All, With().Permitted("CodeSystem", new HashSet<int>()));
    }

    [Fact]
    public void From_UsesConfiguredIds_WhenDeploymentOverridesThem()
    {
        var rights = With(("Rights:Patient:View", "900001"));
        Assert.Equal((false, true),
            (rights.Permitted("Patient", new HashSet<int> { 101101 }).HasFlag(ScopeInteraction.Read),
             rights.Permitted("Patient", new HashSet<int> { 900001 }).HasFlag(ScopeInteraction.Read)));
    }

    [Fact]
    public void From_StopsStartUp_WhenRightIsNotANumber()
    {
        Assert.Throws<ModuleConfigurationException>(() => With(("Rights:Patient:View", "insuree.view")));
    }

    [Fact]
    public void Needed_NamesTheRights_ForARefusal()
    {
        Assert.Equal([101102], With().Needed("Patient", ScopeInteraction.Create));
    }
}
