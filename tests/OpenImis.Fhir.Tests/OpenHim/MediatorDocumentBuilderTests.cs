using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;
using OpenImis.Fhir.Server.OpenHim;

namespace OpenImis.Fhir.Tests.OpenHim;

public sealed class MediatorDocumentBuilderTests
{
    private static OpenHimOptions Options() => new()
    {
        Urn = "urn:mediator:test-fhir",
        Endpoint = new OpenHimEndpointOptions { Host = "fhir.internal", Port = 8099, Secured = true },
    };

    private static JsonObject Build(OpenHimOptions options, params (string Key, string Value)[] settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value)))
            .Build();
        return new MediatorDocumentBuilder(configuration).Build(options, "1.4.2");
    }

    private static JsonObject Route(JsonObject document) => document["defaultChannelConfig"]![0]!["routes"]![0]!.AsObject();

    [Fact]
    public void Build_SetsUrnAndVersion_FromOptionsAndArgument()
    {
        var document = Build(Options());

        Assert.Equal("urn:mediator:test-fhir", (string?)document["urn"]);
        Assert.Equal("1.4.2", (string?)document["version"]);
    }

    [Fact]
    public void Build_DescribesMediator_WithNameDescriptionAndOneEndpoint()
    {
        var document = Build(Options());

        Assert.False(string.IsNullOrWhiteSpace((string?)document["name"]));
        Assert.False(string.IsNullOrWhiteSpace((string?)document["description"]));
        Assert.Single(document["endpoints"]!.AsArray());
    }

    [Fact]
    public void Build_PointsEndpointAtConfiguredAddress_WithNumericPort()
    {
        var endpoint = Build(Options())["endpoints"]![0]!.AsObject();

        Assert.Equal("fhir.internal", (string?)endpoint["host"]);
        Assert.Equal(8099, (int?)endpoint["port"]);
        Assert.True((bool?)endpoint["secured"]);
        Assert.Equal("/fhir", (string?)endpoint["path"]);
    }

    [Fact]
    public void Build_PointsPrimaryRouteAtConfiguredAddress()
    {
        var route = Route(Build(Options()));

        Assert.Equal("fhir.internal", (string?)route["host"]);
        Assert.Equal(8099, (int?)route["port"]);
        Assert.True((bool?)route["primary"]);
    }

    [Fact]
    public void Build_AddsRouteCredentials_WhenRouteAuthIsConfigured()
    {
        var options = Options();
        options.RouteAuth = new OpenHimRouteAuthOptions { Username = "openhim", Password = "route-pass" };

        var route = Route(Build(options));

        Assert.Equal("openhim", (string?)route["username"]);
        Assert.Equal("route-pass", (string?)route["password"]);
    }

    [Fact]
    public void Build_OmitsRouteCredentials_WhenRouteAuthIsUnset()
    {
        var route = Route(Build(Options()));

        Assert.False(route.ContainsKey("username"));
        Assert.False(route.ContainsKey("password"));
    }

    [Theory]
    [InlineData("/fhir")]
    [InlineData("/fhir/Patient")]
    [InlineData("/fhir/Patient/8f4b2c7e-0d2a-4d3b-9a55-0e1b8f1d7c11/_history/2")]
    public void Build_OffersChannelMatchingFhirPaths_WhenPathIsUnderFhir(string path)
    {
        var pattern = (string)Build(Options())["defaultChannelConfig"]![0]!["urlPattern"]!;

        Assert.Matches(new Regex(pattern), path);
    }

    [Fact]
    public void Build_OffersChannelNotMatchingOtherPaths_WhenPathMerelyStartsWithFhir()
    {
        var pattern = (string)Build(Options())["defaultChannelConfig"]![0]!["urlPattern"]!;

        Assert.DoesNotMatch(new Regex(pattern), "/fhirish/Patient");
    }

    [Fact]
    public void Build_DefinesBaseUrlAndValidationModeConfig()
    {
        var defs = Build(Options())["configDefs"]!.AsArray().Select(d => (string?)d!["param"]).ToList();

        Assert.Contains("baseUrl", defs);
        Assert.Contains("validationMode", defs);
    }

    [Fact]
    public void Build_TakesConfigDefaultsFromServerSettings_WhenSet()
    {
        var config = Build(Options(), ("Fhir:BaseUrl", "https://him.example.org:5000/fhir"), ("Fhir:Validation:Mode", "Enforce"))["config"]!;

        Assert.Equal("https://him.example.org:5000/fhir", (string?)config["baseUrl"]);
        Assert.Equal("enforce", (string?)config["validationMode"]);
    }

    [Fact]
    public void Build_OmitsOptionDefault_WhenValueIsNotAmongAllowedValues()
    {
        var config = Build(Options(), ("Fhir:Validation:Mode", "strict"))["config"]!.AsObject();

        Assert.False(config.ContainsKey("validationMode"));
    }

    [Fact]
    public void ChannelNames_ListsOfferedChannels()
    {
        var names = MediatorDocumentBuilder.ChannelNames(Build(Options()));

        Assert.Equal(["openIMIS FHIR R4"], names);
    }
}
