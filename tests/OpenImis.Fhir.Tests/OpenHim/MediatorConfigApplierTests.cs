using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using OpenImis.Fhir.Server.OpenHim;

namespace OpenImis.Fhir.Tests.OpenHim;

public sealed class MediatorConfigApplierTests
{
    private readonly MediatorConfigurationSource _source = new();
    private readonly IConfigurationRoot _configuration;
    private readonly MediatorConfigApplier _applier;

    public MediatorConfigApplierTests()
    {
        _configuration = new ConfigurationBuilder()
            .AddInMemoryCollection([KeyValuePair.Create("Fhir:BaseUrl", (string?)"http://local/fhir")])
            .Add(_source)
            .Build();
        _applier = new MediatorConfigApplier(_source.Provider, NullLogger<MediatorConfigApplier>.Instance);
    }

    [Fact]
    public void Apply_OverridesServerSetting_WhenParameterIsMapped()
    {
        _applier.Apply(new JsonObject { ["baseUrl"] = "https://him.example.org/fhir", ["validationMode"] = "enforce" });

        Assert.Equal("https://him.example.org/fhir", _configuration["Fhir:BaseUrl"]);
        Assert.Equal("enforce", _configuration["Fhir:Validation:Mode"]);
    }

    [Fact]
    public void Apply_KeepsServerSetting_WhenValueIsEmpty()
    {
        _applier.Apply(new JsonObject { ["baseUrl"] = "" });

        Assert.Equal("http://local/fhir", _configuration["Fhir:BaseUrl"]);
    }

    [Fact]
    public void Apply_RestoresServerSetting_WhenLaterConfigNoLongerHasParameter()
    {
        _applier.Apply(new JsonObject { ["baseUrl"] = "https://him.example.org/fhir" });

        _applier.Apply(new JsonObject { ["validationMode"] = "warn" });

        Assert.Equal("http://local/fhir", _configuration["Fhir:BaseUrl"]);
    }

    [Fact]
    public void Apply_IgnoresParameter_WhenItHasNoMapping()
    {
        _applier.Apply(new JsonObject { ["dbPassword"] = "s3cret" });

        Assert.DoesNotContain(_configuration.AsEnumerable(), kv => kv.Value == "s3cret");
    }

    [Fact]
    public void Apply_RaisesReloadToken_WhenValuesChange()
    {
        var reloaded = false;
        using var registration = _configuration.GetReloadToken().RegisterChangeCallback(_ => reloaded = true, null);

        _applier.Apply(new JsonObject { ["baseUrl"] = "https://him.example.org/fhir" });

        Assert.True(reloaded);
    }

    [Theory]
    [InlineData("baseUrl", "not a url", "Fhir:BaseUrl", "http://local/fhir")]
    [InlineData("baseUrl", "ftp://him/fhir", "Fhir:BaseUrl", "http://local/fhir")]
    [InlineData("validationMode", "strict", "Fhir:Validation:Mode", null)]
    public void Apply_KeepsServerSetting_WhenValueIsInvalid(string param, string value, string key, string? expected)
    {
        _applier.Apply(new JsonObject { [param] = value });

        Assert.Equal(expected, _configuration[key]);
    }
}
