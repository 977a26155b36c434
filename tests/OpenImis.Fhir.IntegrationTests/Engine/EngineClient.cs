using System.Net;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using OpenImis.Fhir.IntegrationTests.Infrastructure;

namespace OpenImis.Fhir.IntegrationTests.Engine;

/// <summary>Requests the engine tests send: create, read, post a Bundle, and a checksum of the insuree tables.</summary>
internal static class EngineClient
{
    public static async Task<Patient> CreatePatientAsync(HttpClient client, string family = "Engine")
    {
        var response = await client.PostAsync("/fhir/Patient", FhirHttp.Body(Fixtures.Patient(family)));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await FhirHttp.ReadAsync<Patient>(response);
    }

    public static async Task<T> ReadAsync<T>(HttpClient client, string path)
        where T : Resource
    {
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await FhirHttp.ReadAsync<T>(response);
    }

    public static async Task<(HttpStatusCode Status, Resource Body)> PostBundleAsync(HttpClient client, Bundle bundle)
    {
        var response = await client.PostAsync("/fhir", FhirHttp.Body(bundle));
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, new FhirJsonDeserializer().DeserializeResource(text));
    }

    /// <summary>A Group of the demo data turned into a new family of one: same village and extensions, new member.</summary>
    public static async Task<Group> NewFamilyAsync(HttpClient client, string headReference, string? headChfId)
    {
        var existing = await ReadAsync<Bundle>(client, "/fhir/Group?_count=1");
        var group = (Group)existing.Entry[0].Resource!.DeepCopy();
        group.Id = null;
        group.Meta = null;
        group.Identifier = headChfId is null ? [] : [new Identifier { Type = ((Group)existing.Entry[0].Resource!).Identifier[0].Type, Value = headChfId }];
        group.Member = [new Group.MemberComponent { Entity = new ResourceReference(headReference) }];
        return group;
    }

    public static Bundle.EntryComponent Entry(Bundle.HTTPVerb method, string url, Resource? resource = null, string? fullUrl = null) => new()
    {
        FullUrl = fullUrl,
        Resource = resource,
        Request = new Bundle.RequestComponent { Method = method, Url = url },
    };

    /// <summary>A digest of every row of the tables a Patient or Group write touches, to prove nothing changed.</summary>
    public static async Task<string> ChecksumAsync(string connectionString)
    {
        var parts = new List<string>();
        foreach (var table in new[] { "tblInsuree", "tblFamilies", "tblPhotos" })
        {
            await using var connection = new Npgsql.NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            await using var command = new Npgsql.NpgsqlCommand(
                $"SELECT count(*) || ':' || coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '') FROM \"{table}\" t", connection);
            parts.Add($"{table}={await command.ExecuteScalarAsync()}");
        }

        return string.Join(';', parts);
    }
}
