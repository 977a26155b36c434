using OpenImis.Fhir.Server.OpenHim;

namespace OpenImis.Fhir.Tests.OpenHim;

// Vectors from reference/openhim.md 1.2c: the root user seeded by the core.
public sealed class OpenHimTokenTests
{
    private const string Salt = "d9bcb40e-ae65-478f-962e-5e5e5e7d0a01";
    private const string PasswordHash = "943a856bba65aad6c639d5c8d4a11fc8bb7fe9de62ae307aec8cf6ae6c1faab722127964c71db4bdd2ea2cdf60c6e4094dcad54d4522ab2839b65ae98100d0fb";
    private const string RequestSalt = "842cd4a0-1a91-45a7-bf76-c292cb36b2e8";
    private const string Timestamp = "2014-10-20T13:19:32.380Z";
    private const string Token = "72201658af79be37e5187a28dee6cd344b9282a3dba2c936706c5c24d9e220a7edb3a369a32fe48cd2d731c0221d58e2531e941878a9a5a8723ac20fdb31f97e";

    [Fact]
    public void HashPassword_MatchesCoreSeededHash_ForRootUser() =>
        Assert.Equal(PasswordHash, OpenHimToken.HashPassword(Salt, "openhim-password"));

    [Fact]
    public void Sign_MatchesCoreToken_ForRootUserVector() =>
        Assert.Equal(Token, OpenHimToken.Sign(PasswordHash, RequestSalt, Timestamp));

    [Fact]
    public void Sign_WritesLowerCaseHex_BecauseCoreComparesStrings()
    {
        var token = OpenHimToken.Sign(PasswordHash, RequestSalt, Timestamp);

        Assert.Matches("^[0-9a-f]{128}$", token);
    }

    [Fact]
    public void FormatTimestamp_WritesIsoUtcWithMilliseconds_WhenOffsetIsNotZero()
    {
        var instant = new DateTimeOffset(2014, 10, 20, 15, 19, 32, 380, TimeSpan.FromHours(2));

        Assert.Equal(Timestamp, OpenHimToken.FormatTimestamp(instant));
    }
}
