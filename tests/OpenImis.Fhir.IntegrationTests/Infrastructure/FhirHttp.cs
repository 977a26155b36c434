using System.Net.Http.Headers;
using System.Text;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;

namespace OpenImis.Fhir.IntegrationTests.Infrastructure;

/// <summary>Small helpers to send and read FHIR JSON in tests.</summary>
internal static class FhirHttp
{
    public const string Json = "application/fhir+json";

    private static readonly FhirJsonDeserializer Deserializer = new();
    private static readonly FhirJsonSerializer Serializer = new();

    public static StringContent Body(Resource resource) => Body(Serializer.SerializeToString(resource));

    public static StringContent Body(string json, string mediaType = Json)
    {
        var content = new StringContent(json, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue(mediaType);
        return content;
    }

    public static async Task<T> ReadAsync<T>(HttpResponseMessage response)
        where T : Resource
    {
        var text = await response.Content.ReadAsStringAsync();
        return Deserializer.Deserialize<T>(text);
    }

    /// <summary>GET <c>/fhir/{path}</c>, asserting 200 (the body in the message when not), parsed as <typeparamref name="T"/>.</summary>
    public static async Task<T> GetOkAsync<T>(HttpClient client, string path)
        where T : Resource
    {
        using var response = await client.GetAsync($"/fhir/{path}");
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.OK, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await ReadAsync<T>(response);
    }

    public static async Task<OperationOutcome> OutcomeAsync(HttpResponseMessage response)
    {
        Assert.StartsWith(Json, response.Content.Headers.ContentType?.ToString() ?? string.Empty, StringComparison.Ordinal);
        var outcome = await ReadAsync<OperationOutcome>(response);
        Assert.NotEmpty(outcome.Issue);
        return outcome;
    }
}
