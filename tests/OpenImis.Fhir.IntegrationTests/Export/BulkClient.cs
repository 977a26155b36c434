using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using OpenImis.Fhir.IntegrationTests.Infrastructure;

namespace OpenImis.Fhir.IntegrationTests.Export;

/// <summary>
/// A bulk data client that behaves like the SMART reference client: kicks off with <c>Prefer: respond-async</c>,
/// polls the status URL as often as <c>Retry-After</c> says (clamped to 100 ms - 60 s; 200 ms without it), treats any
/// status other than 200 and 202 as the end, downloads every file (gzip accepted) and parses every line with the
/// Firely parser, checking its type against the manifest.
/// </summary>
internal sealed class BulkClient(HttpClient http)
{
    private static readonly FhirJsonDeserializer Parser = new();

    public async Task<Uri> KickOffAsync(string path, Parameters? body = null, string prefer = "respond-async")
    {
        using var response = await SendKickOffAsync(path, body, prefer);
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        var location = response.Content.Headers.ContentLocation ?? throw new InvalidOperationException("202 without Content-Location");
        Assert.True(location.IsAbsoluteUri, $"Content-Location {location} is not absolute");
        return location;
    }

    public async Task<HttpResponseMessage> SendKickOffAsync(string path, Parameters? body = null, string? prefer = "respond-async", string accept = FhirHttp.Json)
    {
        using var request = new HttpRequestMessage(body is null ? HttpMethod.Get : HttpMethod.Post, "/fhir/" + path);
        request.Headers.Accept.ParseAdd(accept);
        if (prefer is not null)
        {
            request.Headers.Add("Prefer", prefer);
        }

        if (body is not null)
        {
            request.Content = FhirHttp.Body(body);
        }

        return await http.SendAsync(request);
    }

    /// <summary>Polls until the export is no longer in progress; returns the manifest (fails on anything but 200).</summary>
    public async Task<Manifest> WaitAsync(Uri status, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(120));
        while (true)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, status);
            request.Headers.Accept.ParseAdd("application/json");
            using var response = await http.SendAsync(request);
            if (response.StatusCode == HttpStatusCode.OK)
            {
                Assert.StartsWith("application/json", response.Content.Headers.ContentType?.ToString(), StringComparison.Ordinal);
                return new Manifest(JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone(), response.Content.Headers.Expires);
            }

            Assert.True(response.StatusCode == HttpStatusCode.Accepted, $"status: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            Assert.True(DateTime.UtcNow < deadline, "The export did not complete in time.");
            var wait = response.Headers.RetryAfter?.Delta ?? TimeSpan.FromMilliseconds(200);
            await System.Threading.Tasks.Task.Delay(TimeSpan.FromMilliseconds(Math.Clamp(wait.TotalMilliseconds, 100, 60_000)));
        }
    }

    /// <summary>One status request, as a client polling with <c>Accept: application/json</c> sends it.</summary>
    public async Task<HttpResponseMessage> PollAsync(Uri status)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, status);
        request.Headers.Accept.ParseAdd("application/json");
        return await http.SendAsync(request);
    }

    public async Task<Manifest> ExportAsync(string path, Parameters? body = null) => await WaitAsync(await KickOffAsync(path, body));

    /// <summary>Every line of every file of the manifest's <paramref name="array"/>, parsed; each file's lines are of its type and as many as its count.</summary>
    public async Task<List<Resource>> DownloadAsync(Manifest manifest, string array = "output", bool gzip = false)
    {
        var resources = new List<Resource>();
        foreach (var file in manifest.Files(array))
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, file.Url);
            request.Headers.Accept.ParseAdd("application/fhir+ndjson");
            if (gzip)
            {
                request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));
            }

            using var response = await http.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("application/fhir+ndjson", response.Content.Headers.ContentType?.MediaType);
            var stream = await response.Content.ReadAsStreamAsync();
            if (response.Content.Headers.ContentEncoding.Contains("gzip"))
            {
                stream = new GZipStream(stream, CompressionMode.Decompress);
            }

            using var reader = new StreamReader(stream);
            var lines = 0;
            while (await reader.ReadLineAsync() is { } line)
            {
                var resource = Parser.DeserializeResource(line);
                Assert.Equal(file.Type, resource.TypeName);
                resources.Add(resource);
                lines++;
            }

            Assert.Equal(file.Count, lines);
        }

        return resources;
    }

    public async Task<HttpStatusCode> CancelAsync(Uri status)
    {
        using var response = await http.DeleteAsync(status);
        return response.StatusCode;
    }
}
