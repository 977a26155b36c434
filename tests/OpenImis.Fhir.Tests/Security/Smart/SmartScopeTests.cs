using OpenImis.Fhir.Server.Security.Smart;

namespace OpenImis.Fhir.Tests.Security.Smart;

public sealed class SmartScopeTests
{
    [Theory]
    [InlineData("system/Patient.rs", "system", "Patient", "rs", null)]
    [InlineData("system/*.cruds", "system", "*", "cruds", null)]
    [InlineData("user/Claim.read", "user", "Claim", "rs", null)]
    [InlineData("system/Claim.write", "system", "Claim", "cud", null)]
    [InlineData("patient/*.*", "patient", "*", "cruds", null)]
    [InlineData("system/Observation.rs?category=laboratory", "system", "Observation", "rs", "category=laboratory")]
    public void Parse_ReadsContextTypeAndPermissions_WhenTheScopeIsSmart(string scope, string context, string type, string permissions, string? query)
    {
        var parsed = SmartScope.Parse(scope);

        Assert.Equal(new SmartScope(context, type, permissions, query), parsed);
    }

    [Theory]
    [InlineData("system/admin")]
    [InlineData("openid")]
    [InlineData("system/Patient.sr")]
    [InlineData("system/Patient.rr")]
    [InlineData("system/Patient.x")]
    [InlineData("launch/patient")]
    public void Parse_AnswersNull_WhenTheScopeIsNoSmartResourceScope(string scope)
    {
        Assert.Null(SmartScope.Parse(scope));
    }

    [Theory]
    [InlineData("system/*.cruds", "system/Patient.rs", "system/Patient.rs")]
    [InlineData("system/Patient.rs", "system/*.cruds", "system/Patient.rs")]
    [InlineData("system/Patient.read", "system/Patient.cud", null)]
    [InlineData("system/Patient.rs", "user/Patient.rs", null)]
    [InlineData("system/Patient.rs", "system/Claim.rs", null)]
    [InlineData("system/*.rs", "system/Claim.cruds", "system/Claim.rs")]
    public void Intersect_AnswersTheOverlap_WhenBothAreResourceScopes(string left, string right, string? expected)
    {
        var overlap = SmartScope.Parse(left)!.Intersect(SmartScope.Parse(right)!);

        Assert.Equal(expected, overlap?.ToString());
    }
}
