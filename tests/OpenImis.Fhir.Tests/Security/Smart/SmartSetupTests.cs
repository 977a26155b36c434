using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;
using OpenImis.Fhir.Server.Security.Smart;

namespace OpenImis.Fhir.Tests.Security.Smart;

public sealed class SmartSetupTests
{
    [Fact]
    public void Algorithm_IsRS256_WhenTheSigningKeyIsRsa()
    {
        using var rsa = RSA.Create(2048);

        Assert.Equal(SecurityAlgorithms.RsaSha256, SmartSetup.Algorithm(new RsaSecurityKey(rsa)));
    }

    [Theory]
    [InlineData(256, SecurityAlgorithms.EcdsaSha256)]
    [InlineData(384, SecurityAlgorithms.EcdsaSha384)]
    [InlineData(521, SecurityAlgorithms.EcdsaSha512)]
    public void Algorithm_FollowsTheCurve_WhenTheSigningKeyIsEc(int bits, string expected)
    {
        var curve = bits switch { 256 => ECCurve.NamedCurves.nistP256, 384 => ECCurve.NamedCurves.nistP384, _ => ECCurve.NamedCurves.nistP521 };
        using var ec = ECDsa.Create(curve);

        Assert.Equal(expected, SmartSetup.Algorithm(new ECDsaSecurityKey(ec)));
    }
}
