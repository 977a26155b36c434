using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;

namespace OpenImis.Fhir.Bench;

/// <summary>
/// One HTTP operation per scenario, on Patients drawn from <c>samples</c>. An update is what an integrator does:
/// read, change, PUT with If-Match; a 412 (another worker wrote the same Patient in between) counts as an error.
/// A create posts a copy of a sampled Patient under a new CHFID.
/// </summary>
internal sealed class HttpOperations(HttpClient client, IReadOnlyList<string> samples)
{
    private const string Json = "application/fhir+json";
    private const string IsHeadExtension = "https://openimis.github.io/openimis_fhir_r4_ig/StructureDefinition/patient-is-head";
    private static readonly FhirJsonDeserializer Parser = new();
    private static readonly FhirJsonSerializer Serializer = new();
    private int _created;

    public LoadDriver.Operation For(Scenario scenario) => scenario switch
    {
        Scenario.Read => (random, token) => GetAsync($"Patient/{Sample(random)}", token),
        Scenario.Search => (random, token) => GetAsync($"Patient?family={Uri.EscapeDataString(Sample(random))}", token),
        Scenario.Update => UpdateAsync,
        Scenario.Create => CreateAsync,
        _ => throw new ArgumentOutOfRangeException(nameof(scenario)),
    };

    private string Sample(Random random) => samples[random.Next(samples.Count)];

    private async Task<bool> GetAsync(string path, CancellationToken token)
    {
        using var response = await client.GetAsync(path, HttpCompletionOption.ResponseContentRead, token);
        return response.IsSuccessStatusCode;
    }

    private async Task<bool> UpdateAsync(Random random, CancellationToken token)
    {
        var id = Sample(random);
        var (patient, etag) = await ReadAsync(id, token);
        if (patient is null)
        {
            return false;
        }

        // A change every time, so that each PUT is a real new version.
        patient.Telecom.RemoveAll(t => t.System == ContactPoint.ContactPointSystem.Email);
        patient.Telecom.Add(new ContactPoint(ContactPoint.ContactPointSystem.Email, null, $"b{random.Next(1_000_000)}@bench.example"));
        using var request = new HttpRequestMessage(HttpMethod.Put, $"Patient/{id}") { Content = Body(patient) };
        request.Headers.IfMatch.Add(EntityTagHeaderValue.Parse(etag!));
        using var response = await client.SendAsync(request, token);
        return response.StatusCode == HttpStatusCode.OK;
    }

    private async Task<bool> CreateAsync(Random random, CancellationToken token)
    {
        var (patient, _) = await ReadAsync(Sample(random), token);
        if (patient is null)
        {
            return false;
        }

        patient.Id = null;
        patient.Meta = null;

        // A copy of a family's head would be a second head: the copy joins the family as a plain member.
        patient.Extension.RemoveAll(e => e.Url == IsHeadExtension);
        var chfId = string.Create(CultureInfo.InvariantCulture, $"B{Environment.ProcessId % 1000:D3}{Interlocked.Increment(ref _created):D8}");
        foreach (var identifier in patient.Identifier.Where(i => i.Type?.Coding.Any(c => c.Code == "Code") == true))
        {
            identifier.Value = chfId;
        }

        using var response = await client.PostAsync("Patient", Body(patient), token);
        return response.StatusCode == HttpStatusCode.Created;
    }

    private async Task<(Patient? Patient, string? ETag)> ReadAsync(string id, CancellationToken token)
    {
        using var response = await client.GetAsync($"Patient/{id}", token);
        if (!response.IsSuccessStatusCode)
        {
            return (null, null);
        }

        var patient = Parser.Deserialize<Patient>(await response.Content.ReadAsStringAsync(token));
        return (patient, response.Headers.ETag?.ToString());
    }

    private static StringContent Body(Patient patient)
    {
        var content = new StringContent(Serializer.SerializeToString(patient), Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue(Json);
        return content;
    }
}
