using System.Net;
using Hl7.Fhir.Model;
using OpenImis.Fhir.Core.Errors;
using OpenImis.Fhir.Core.Security;

namespace OpenImis.Fhir.Tests.Core.Security;

public sealed class AccessPolicyTests
{
    private static AccessPolicy For(FhirCaller caller) => new(new FhirCallerContext { Caller = caller });

    [Fact]
    public void Allows_Everything_WhenCallerIsUnrestricted()
    {
        Assert.True(For(FhirCaller.Unrestricted).Allows("Patient", ScopeInteraction.All));
    }

    [Fact]
    public void Allows_OnlyWhenEveryInteractionIsGranted_WhenSeveralAreAsked()
    {
        var policy = For(new FhirCaller { Scopes = ["system/Patient.u"] });
        Assert.Equal((true, false), (policy.Allows("Patient", ScopeInteraction.Update), policy.Allows("Patient", ScopeInteraction.Update | ScopeInteraction.Search)));
    }

    [Fact]
    public void Demand_Throws403Forbidden_WhenScopeIsMissing()
    {
        var ex = Assert.Throws<FhirException>(() => For(new FhirCaller { Scopes = ["system/Patient.rs"] }).Demand("Claim", ScopeInteraction.Create, "create on Claim"));
        Assert.Equal((HttpStatusCode.Forbidden, OperationOutcome.IssueType.Forbidden), (ex.Status, ex.Outcome.Issue[0].Code));
    }

    [Fact]
    public void Forbidden_NamesTheScopeNeeded_WhenRefused()
    {
        var ex = For(new FhirCaller { Scopes = [] }).Forbidden("Claim", ScopeInteraction.Create, "create on Claim");
        Assert.Contains("system/Claim.c", ex.Outcome.Issue[0].Diagnostics, StringComparison.Ordinal);
    }

    [Fact]
    public void Forbidden_ExplainsUserScopes_WhenTokenHasNoUser()
    {
        var ex = For(new FhirCaller { Scopes = ["user/Claim.c"] }).Forbidden("Claim", ScopeInteraction.Create, "create on Claim");
        Assert.Contains(ex.Outcome.Issue, i => i.Diagnostics.Contains("user/ scopes act for an openIMIS user", StringComparison.Ordinal));
    }

    [Fact]
    public void CanSee_IsTrue_WhenOnlySearchIsGranted()
    {
        Assert.True(For(new FhirCaller { Scopes = ["system/Coverage.s"] }).CanSee("Coverage"));
    }
}
