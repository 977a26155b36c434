using Microsoft.IdentityModel.Tokens;
using OpenImis.Fhir.Server.Security.Smart;

namespace OpenImis.Fhir.Tests.Security.Smart;

public sealed class AssertionKeysHandlerTests
{
    [Theory]
    [InlineData("JWT")]
    [InlineData("client-authentication+jwt")]
    [InlineData("application/client-authentication+jwt")]
    [InlineData("")]
    public void ValidateType_ReportsAClientAssertion_WhenTheTypeIsOneSmartOrRfc7523bisUses(string type)
    {
        var reported = AssertionKeysHandler.ValidateType(type, null!, new TokenValidationParameters());

        Assert.Equal("client-authentication+jwt", reported);
    }

    [Theory]
    [InlineData("at+jwt")]
    [InlineData("oi_reft+jwt")]
    public void ValidateType_Throws_WhenTheTokenIsOfAnotherType(string type)
    {
        var error = Assert.Throws<SecurityTokenInvalidTypeException>(() => AssertionKeysHandler.ValidateType(type, null!, new TokenValidationParameters()));

        Assert.Equal(type, error.InvalidType);
    }
}
