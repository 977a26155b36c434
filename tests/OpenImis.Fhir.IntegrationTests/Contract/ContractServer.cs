using System.Net;
using System.Net.Http.Headers;
using Hl7.Fhir.Model;
using Hl7.Fhir.Rest;
using Hl7.Fhir.Serialization;
using OpenImis.Fhir.IntegrationTests.Infrastructure;

namespace OpenImis.Fhir.IntegrationTests.Contract;

/// <summary>
/// What the contract tests need from a running server: Firely clients in JSON and XML, the profile the
/// CapabilityStatement declares for a type, and the check that an emitted resource claims and meets that profile.
/// </summary>
public sealed class ContractServer(FhirServerFactory factory)
{
    public const string Base = "http://localhost/fhir";

    private const string Xml = "application/fhir+xml";
    private static readonly FhirXmlDeserializer XmlParser = new();
    private static readonly FhirJsonSerializer JsonWriter = new();

    public FhirServerFactory Factory { get; } = factory;

    public FhirClient Client(ResourceFormat format = ResourceFormat.Json) =>
        new(Base, new FhirClientSettings { PreferredFormat = format, VerifyFhirVersion = false }, Factory.Server.CreateHandler());

    public HttpClient Http() => Factory.CreateClient();

    /// <summary>GETs <paramref name="path"/> (relative to the base) as FHIR XML and parses it with the Firely XML parser.</summary>
    public async Task<T> ReadXmlAsync<T>(string path)
        where T : Resource
    {
        using var http = Http();
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/fhir/{path}");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(Xml));
        var response = await http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Xml, response.Content.Headers.ContentType?.MediaType);
        return XmlParser.Deserialize<T>(await response.Content.ReadAsStringAsync());
    }

    /// <summary>
    /// The profile the CapabilityStatement declares for <paramref name="type"/>; for a type fed by several sources,
    /// which declares none, <paramref name="sourceProfile"/>, which must be one of its supported profiles.
    /// </summary>
    public async Task<string> ProfileAsync(string type, string? sourceProfile = null)
    {
        using var client = Client();
        var statement = await client.CapabilityStatementAsync();
        var declared = Assert.Single(statement!.Rest[0].Resource, r => r.Type == type);
        if (string.IsNullOrEmpty(declared.Profile) && sourceProfile is not null)
        {
            Assert.Contains(sourceProfile, declared.SupportedProfile);
            return sourceProfile;
        }

        Assert.False(string.IsNullOrEmpty(declared.Profile), $"The CapabilityStatement declares no profile for {type}.");
        return declared.Profile;
    }

    /// <summary>The resource claims exactly <paramref name="profile"/> and validates against it with zero errors.</summary>
    public static void AssertConforms(Resource resource, string profile)
    {
        Assert.Equal([profile], resource.Meta?.Profile ?? []);
        var errors = SharedConformance.Validator.Validate(resource, profile).Issue
            .Where(i => i.Severity is OperationOutcome.IssueSeverity.Error or OperationOutcome.IssueSeverity.Fatal)
            .Select(i => $"{i.Details?.Text} @ {string.Join(",", i.Expression ?? [])}")
            .ToList();
        Assert.True(errors.Count == 0, $"{resource.TypeName}/{resource.Id}: {string.Join(Environment.NewLine, errors)}");
    }

    /// <summary>The status a Firely client call failed with.</summary>
    public static async Task<HttpStatusCode> FailureAsync(Func<System.Threading.Tasks.Task> call) =>
        (await Assert.ThrowsAsync<FhirOperationException>(call)).Status;

    /// <summary>The resource as JSON, for failure messages.</summary>
    public static string Json(Resource resource) => JsonWriter.SerializeToString(resource);

    /// <summary>The resource without its meta, to compare content across versions and formats.</summary>
    public static T WithoutMeta<T>(T resource)
        where T : Resource
    {
        var copy = (T)resource.DeepCopy();
        copy.Meta = null;
        return copy;
    }
}
