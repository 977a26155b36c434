using OpenImis.Fhir.Server.OpenHim;

namespace OpenImis.Fhir.Tests.OpenHim;

public sealed class OpenHimOptionsValidatorTests
{
    private static OpenHimOptions Enabled() => new()
    {
        Enabled = true,
        ApiUrl = new Uri("https://openhim-core:8080"),
        Username = "root@openhim.org",
        Password = "openhim-password",
    };

    private static bool IsValid(OpenHimOptions options) => new OpenHimOptionsValidator().Validate(null, options).Succeeded;

    [Fact]
    public void Validate_Succeeds_WhenDisabledWithNothingSet() => Assert.True(IsValid(new OpenHimOptions()));

    [Fact]
    public void Validate_Succeeds_WhenEnabledWithApiUrlAndCredentials() => Assert.True(IsValid(Enabled()));

    [Fact]
    public void Validate_Fails_WhenEnabledWithoutApiUrl()
    {
        var options = Enabled();
        options.ApiUrl = null;

        Assert.False(IsValid(options));
    }

    [Fact]
    public void Validate_Fails_WhenEnabledWithoutPassword()
    {
        var options = Enabled();
        options.Password = string.Empty;

        Assert.False(IsValid(options));
    }

    [Fact]
    public void Validate_Fails_WhenHeartbeatIntervalExceedsCoreLivenessWindow()
    {
        var options = Enabled();
        options.HeartbeatInterval = TimeSpan.FromSeconds(90);

        Assert.False(IsValid(options));
    }

    [Fact]
    public void Validate_Fails_WhenUrnIsNotAUrn()
    {
        var options = Enabled();
        options.Urn = "openimis-fhir";

        Assert.False(IsValid(options));
    }

    [Fact]
    public void Validate_Fails_WhenOnlyRouteUsernameIsSet()
    {
        var options = new OpenHimOptions { RouteAuth = new OpenHimRouteAuthOptions { Username = "openhim" } };

        Assert.False(IsValid(options));
    }
}
