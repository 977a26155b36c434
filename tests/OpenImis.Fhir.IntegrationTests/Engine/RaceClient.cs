using System.Net;
using System.Net.Http.Headers;
using Hl7.Fhir.Model;
using OpenImis.Fhir.IntegrationTests.Infrastructure;

namespace OpenImis.Fhir.IntegrationTests.Engine;

/// <summary>What the race tests do as clients: start many requests at once, read-change-write, read history.</summary>
internal static class RaceClient
{
    /// <summary>Runs <paramref name="count"/> workers that all start at the same moment.</summary>
    public static async Task<T[]> AllAtOnceAsync<T>(int count, Func<int, Task<T>> work)
    {
        var gate = new System.Threading.Tasks.TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var workers = Enumerable.Range(0, count).Select(async i =>
        {
            await gate.Task;
            return await work(i);
        }).ToList();
        gate.SetResult();
        return await System.Threading.Tasks.Task.WhenAll(workers);
    }

    public static async Task<(Patient Patient, string ETag)> ReadAsync(HttpClient client, string id)
    {
        var response = await client.GetAsync($"/fhir/Patient/{id}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await FhirHttp.ReadAsync<Patient>(response), response.Headers.ETag!.ToString());
    }

    /// <summary>The patient with one e-mail address, the marker that tells versions apart.</summary>
    public static Patient Marked(Patient patient, string marker)
    {
        patient.Telecom.RemoveAll(t => t.System == ContactPoint.ContactPointSystem.Email);
        patient.Telecom.Add(new ContactPoint(ContactPoint.ContactPointSystem.Email, null, $"{marker}@race.example"));
        return patient;
    }

    public static string? MarkerOf(Patient patient) =>
        patient.Telecom.FirstOrDefault(t => t.System == ContactPoint.ContactPointSystem.Email)?.Value?.Split('@')[0];

    public static async Task<HttpResponseMessage> PutAsync(HttpClient client, Patient patient, string? ifMatch)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, $"/fhir/Patient/{patient.Id}") { Content = FhirHttp.Body(patient) };
        if (ifMatch is not null)
        {
            request.Headers.IfMatch.Add(EntityTagHeaderValue.Parse(ifMatch));
        }

        return await client.SendAsync(request);
    }

    /// <summary>Every version of the Patient, newest first.</summary>
    public static async Task<List<Bundle.EntryComponent>> HistoryAsync(HttpClient client, string id)
    {
        var bundle = await FhirHttp.ReadAsync<Bundle>(await client.GetAsync($"/fhir/Patient/{id}/_history?_count=500"));
        Assert.Equal(bundle.Total, bundle.Entry.Count);
        return bundle.Entry;
    }
}
