using OpenImis.Fhir.Core.Security;

namespace OpenImis.Fhir.Tests.Core.Security;

public sealed class ScopeSetTests
{
    [Fact]
    public void Allowed_CombinesGrants_WhenSeveralCoverTheType()
    {
        var set = ScopeSet.Parse(["system/Patient.r", "system/*.s", "system/Claim.cruds"]);
        Assert.Equal(ScopeInteraction.Read | ScopeInteraction.Search, set.Allowed("Patient", hasUser: false));
    }

    [Fact]
    public void Allowed_IgnoresUserScopes_WhenTokenHasNoUser()
    {
        var set = ScopeSet.Parse(["user/Patient.rs"]);
        Assert.Equal(ScopeInteraction.None, set.Allowed("Patient", hasUser: false));
    }

    [Fact]
    public void Allowed_CountsUserScopes_WhenTokenHasUser()
    {
        var set = ScopeSet.Parse(["user/Patient.rs"]);
        Assert.Equal(ScopeInteraction.Read | ScopeInteraction.Search, set.Allowed("Patient", hasUser: true));
    }

    [Fact]
    public void Parse_GrantsNothingWithReason_WhenScopeIsPatientScope()
    {
        var set = ScopeSet.Parse(["patient/Patient.rs"]);
        Assert.Equal((ScopeInteraction.None, 1), (set.Allowed("Patient", hasUser: true), set.Refused.Count));
    }

    [Fact]
    public void Parse_KeepsReasons_WhenScopesAreRefused()
    {
        var set = ScopeSet.Parse(["system/Patient.rs?gender=male", "openid"]);
        Assert.Single(set.Refused);
    }

    [Fact]
    public void Narrow_CutsEveryTypeOfWildcard_ToWhatIsPermitted()
    {
        var set = ScopeSet.Parse(["system/*.cruds"]).Narrow(
            ["Patient", "Claim"], type => type == "Patient" ? ScopeInteraction.Read : ScopeInteraction.All, (_, _) => "cut");
        Assert.Equal(
            (ScopeInteraction.Read, ScopeInteraction.All, "cut", (string?)null),
            (set.Allowed("Patient", false), set.Allowed("Claim", false), set.NoteFor("Patient"), set.NoteFor("Claim")));
    }

    [Fact]
    public void Narrow_DropsTypesNotListed_WhenWildcardIsExpanded()
    {
        var set = ScopeSet.Parse(["system/*.rs"]).Narrow(["Patient"], _ => ScopeInteraction.All, (_, _) => null);
        Assert.Equal(ScopeInteraction.None, set.Allowed("Group", false));
    }

    [Fact]
    public void ToString_ParsesBackToSameGrants_WhenStoredForAnExport()
    {
        var set = ScopeSet.Parse(["system/Patient.read", "user/Claim.cu", "openid"]);
        var again = ScopeSet.Parse(set.ToString().Split(' '));
        Assert.Equal(set.Grants, again.Grants);
    }
}
