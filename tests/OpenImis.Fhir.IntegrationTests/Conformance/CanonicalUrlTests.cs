using System.Net;
using Hl7.Fhir.Model;
using Hl7.Fhir.Specification.Source;
using OpenImis.Fhir.Core.Validation;
using OpenImis.Fhir.IntegrationTests.Infrastructure;

namespace OpenImis.Fhir.IntegrationTests.Conformance;

/// <summary>
/// A validator pointed at the server finds every canonical the guide defines under the server's base, by id
/// (<c>[base]/StructureDefinition/openimis-patient</c>) and by url search, and every search parameter /metadata
/// names is defined, by FHIR R4 core or by the guide.
/// </summary>
public sealed class CanonicalUrlTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private const string Ig = "https://openimis.github.io/openimis_fhir_r4_ig";

    private readonly HttpClient _client = server.CreateClient();

    [Fact]
    public async System.Threading.Tasks.Task EveryCanonicalOfThePackage_AnswersWithItsResource_WhenReadUnderTheServersBase()
    {
        var package = await GuidePackage.DownloadAsync(_client);
        var wrong = new List<string>();
        foreach (var resource in package.Resources.OfType<IVersionableConformanceResource>().Cast<Resource>())
        {
            var url = ((IVersionableConformanceResource)resource).Url!;
            var tail = url[(Ig.Length + 1)..];
            var response = await _client.GetAsync($"/fhir/{tail}");
            var served = response.StatusCode == HttpStatusCode.OK ? await FhirHttp.ReadAsync<Resource>(response) : null;
            if ((served as IVersionableConformanceResource)?.Url != url || tail != $"{resource.TypeName}/{resource.Id}")
            {
                wrong.Add($"{url}: {response.StatusCode}");
            }
        }

        Assert.Empty(wrong);
    }

    [Fact]
    public async System.Threading.Tasks.Task EveryCanonicalOfThePackage_IsFoundOnce_WhenSearchedByUrl()
    {
        var package = await GuidePackage.DownloadAsync(_client);
        var wrong = new List<string>();
        foreach (var resource in package.Resources)
        {
            var url = ((IVersionableConformanceResource)resource).Url!;
            var bundle = await FhirHttp.ReadAsync<Bundle>(await _client.GetAsync($"/fhir/{resource.TypeName}?url={Uri.EscapeDataString(url)}"));
            if (bundle.Entry.Count != 1 || bundle.Entry[0].Resource?.Id != resource.Id)
            {
                wrong.Add($"{url}: {bundle.Entry.Count} found");
            }
        }

        Assert.Empty(wrong);
    }

    [Fact]
    public async System.Threading.Tasks.Task EverySearchParameterOfMetadata_IsDefined_WhenResolvedInCoreOrTheGuide()
    {
        var statement = await ServedConformance.MetadataAsync(_client);
        var core = new ZipSource(ProfileValidator.DefaultSpecificationZip, new DirectorySourceSettings { Masks = ["search-parameters.xml"] });
        var undefined = new List<string>();
        foreach (var definition in statement.Rest[0].Resource.SelectMany(r => r.SearchParam).Select(p => p.Definition!).Distinct())
        {
            var inGuide = definition.StartsWith(Ig, StringComparison.Ordinal)
                && (await FhirHttp.ReadAsync<Bundle>(await _client.GetAsync($"/fhir/SearchParameter?url={definition}"))).Entry.Count == 1;
            if (!inGuide && await core.ResolveByCanonicalUriAsync(definition) is not SearchParameter)
            {
                undefined.Add(definition);
            }
        }

        Assert.Empty(undefined);
    }
}
