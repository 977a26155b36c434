using OpenImis.Fhir.Core.Security;

namespace OpenImis.Fhir.IntegrationTests.Security.Scopes;

/// <summary>Every interaction of every served type, allowed and refused, for system/ and user/ scopes, v2 and v1.</summary>
public sealed class ScopeMatrixTests(ScopeServerFixture server) : IClassFixture<ScopeServerFixture>
{
    private const ScopeInteraction Reads = ScopeInteraction.Read | ScopeInteraction.Search;

    private IReadOnlyList<MatrixCase> Cases => ScopeMatrix.Cases(server);

    [Fact]
    public void Cases_CoverEveryServedTypeAndWrite_WhenGeneratedFromRegistry()
    {
        var cases = Cases;
        Assert.Contains(cases, c => c.ResourceType == "Patient" && c.Interaction == "delete");
        Assert.Contains(cases, c => c.ResourceType == "Claim" && c.Interaction == "create");
        Assert.True(cases.Select(c => c.ResourceType).Distinct().Count() >= 15, string.Join(", ", cases.Select(c => c.ResourceType).Distinct()));
    }

    [Fact]
    public async Task Matrix_AllowsEachInteraction_WhenSystemV2ScopeGrantsItsLetter()
    {
        var wrong = await ScopeMatrix.RunAsync(server, Cases, c => $"system/{c.ResourceType}.{ScopeMatrix.Letters(c.Needs)}", _ => true);
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Fact]
    public async Task Matrix_Refuses403_WhenSystemV2ScopeGrantsEveryOtherLetter()
    {
        var wrong = await ScopeMatrix.RunAsync(server, Cases, c => $"system/{c.ResourceType}.{ScopeMatrix.Letters(ScopeInteraction.All & ~c.Needs)} system/Other.cruds", _ => false);
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Fact]
    public async Task Matrix_AllowsReadsAndRefusesWrites_WhenScopeIsV1Read()
    {
        var wrong = await ScopeMatrix.RunAsync(server, Cases, c => $"system/{c.ResourceType}.read", c => (c.Needs & ~Reads) == 0);
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Fact]
    public async Task Matrix_AllowsWritesAndRefusesReads_WhenScopeIsV1Write()
    {
        var wrong = await ScopeMatrix.RunAsync(server, Cases, c => $"system/{c.ResourceType}.write", c => (c.Needs & Reads) == 0);
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Fact]
    public async Task Matrix_AllowsEachInteraction_WhenUserScopeAndTokenMapsToUserWithRights()
    {
        var wrong = await ScopeMatrix.RunAsync(server, Cases, c => $"user/{c.ResourceType}.{ScopeMatrix.Letters(c.Needs)}", _ => true);
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Fact]
    public async Task Matrix_Refuses403_WhenUserScopeAndTokenHasNoUser()
    {
        var wrong = await ScopeMatrix.RunAsync(server, Cases, c => $"user/{c.ResourceType}.cruds", _ => false, user: null);
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Fact]
    public async Task Matrix_AllowsEachInteraction_WhenWildcardV1Scope()
    {
        var wrong = await ScopeMatrix.RunAsync(server, Cases, _ => "system/*.*", _ => true, user: null);
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Fact]
    public async Task Matrix_Refuses403_WhenScopeIsPatientOrQueryRestricted()
    {
        var wrong = await ScopeMatrix.RunAsync(
            server, Cases.Where(c => c.ResourceType == "Patient"), _ => "patient/*.cruds system/Patient.cruds?gender=male", _ => false);
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }
}
