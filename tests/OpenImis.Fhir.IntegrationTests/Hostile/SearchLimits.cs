using System.Net;
using Hl7.Fhir.Model;
using OpenImis.Fhir.IntegrationTests.Infrastructure;

namespace OpenImis.Fhir.IntegrationTests.Hostile;

/// <summary>Searches at and past the default limits (100 values a parameter, 10 criteria), sent as POST _search.</summary>
internal static class SearchLimits
{
    public const int Values = 100;
    public const int Criteria = 10;

    public static Task<HttpResponseMessage> SearchAsync(HttpClient client, IEnumerable<KeyValuePair<string, string>> parameters) =>
        client.PostAsync("/fhir/Patient/_search", new FormUrlEncodedContent(parameters));

    /// <summary><see cref="Criteria"/> occurrences of <paramref name="parameter"/>, each of <see cref="Values"/> values, one of them <paramref name="match"/>.</summary>
    public static IEnumerable<KeyValuePair<string, string>> AtTheLimits(string parameter, string match) =>
        Enumerable.Range(0, Criteria).Select(c => new KeyValuePair<string, string>(
            parameter,
            string.Join(',', Enumerable.Range(0, Values - 1).Select(v => $"zq{c}x{v}").Append(match))));

    /// <summary>A value of <paramref name="parameter"/> (name or address) that the demo data has, and how many insurees match it.</summary>
    public static async Task<(string Value, int Count)> DemoMatchAsync(HttpClient client, string parameter)
    {
        var first = await FhirHttp.ReadAsync<Bundle>(await client.GetAsync("/fhir/Patient?_count=1&_sort=name"));
        var patient = (Patient)first.Entry[0].Resource;
        var value = parameter == "name" ? patient.Name[0].Family : patient.Address[0].City;
        var all = await FhirHttp.ReadAsync<Bundle>(await client.GetAsync($"/fhir/Patient?{parameter}={Uri.EscapeDataString(value)}&_summary=count"));
        return (value, all.Total ?? 0);
    }

    public static async Task<int?> TotalAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await FhirHttp.ReadAsync<Bundle>(response)).Total;
    }
}
