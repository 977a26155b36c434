using OpenImis.Fhir.Core.Security;
using OpenImis.Fhir.Server.Security;

namespace OpenImis.Fhir.Tests.Security;

/// <summary>The caller kept on an export or a subscription row, and read back for the work done later without a token.</summary>
public sealed class StoredCallerTests
{
    [Fact]
    public void From_StoresNothing_WhenCallerIsUnrestricted()
    {
        Assert.Null(StoredCaller.From(FhirCaller.Unrestricted));
    }

    [Fact]
    public void ToCaller_GivesBackTheEffectiveScopesUserAndDistricts_WhenStoredFromANarrowedCaller()
    {
        var narrowed = ScopeSet.Parse(["system/*.rs", "user/Patient.cruds"])
            .Narrow(["Patient", "Claim"], type => type == "Patient" ? ScopeInteraction.Read : ScopeInteraction.None, (_, _) => null);
        var caller = new FhirCaller
        {
            ClientId = "hmis", Subject = "svc", Scopes = ["system/*.rs"], Access = narrowed, UserName = "district", OpenImisUserId = 7,
            DistrictIds = [17, 20],
        };

        var back = StoredCaller.From(caller)!.ToCaller();

        Assert.Equal(("hmis", "district", 7, "17,20"), (back.ClientId, back.UserName, back.OpenImisUserId, string.Join(',', back.DistrictIds!)));
        Assert.Equal((ScopeInteraction.Read, ScopeInteraction.None), (back.Access.Allowed("Patient", hasUser: true), back.Access.Allowed("Claim", hasUser: true)));
    }

    [Fact]
    public void IsSameClient_TellsClientsApartBySubject_WhenTokensHaveNoClientId()
    {
        var stored = StoredCaller.From(new FhirCaller { Subject = "svc-a", Scopes = ["system/*.rs"] })!;

        Assert.Equal((true, false),
            (stored.IsSameClient(new FhirCaller { Subject = "svc-a" }), stored.IsSameClient(new FhirCaller { Subject = "svc-b" })));
    }

    [Fact]
    public void IsSameClient_IsFalse_WhenNeitherCallerHasAClientIdOrSubject()
    {
        var stored = StoredCaller.From(new FhirCaller { Scopes = ["system/*.rs"] })!;

        Assert.False(stored.IsSameClient(new FhirCaller { Scopes = ["system/*.rs"] }));
    }
}
