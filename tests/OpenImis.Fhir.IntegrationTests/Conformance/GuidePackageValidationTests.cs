using System.Collections.Concurrent;
using Firely.Fhir.Validation.Compilation;
using Hl7.Fhir.Model;
using Task = System.Threading.Tasks.Task;
using OpenImis.Fhir.Core.Conformance;
using OpenImis.Fhir.Core.Validation;
using OpenImis.Fhir.IntegrationTests.Infrastructure;

namespace OpenImis.Fhir.IntegrationTests.Conformance;

/// <summary>
/// An implementer validates against the package the server publishes, not against profiles/: loaded from
/// /ig/package.tgz into a validator set up as the server's, every profile compiles, and the guide's examples and what
/// the server serves for the demo data validate against it with no error.
/// </summary>
public sealed class GuidePackageValidationTests(DemoServerFixture server) : IClassFixture<DemoServerFixture>, IAsyncLifetime
{
    private readonly HttpClient _client = server.CreateClient();
    private GuidePackage? _package;
    private ProfileValidator? _validator;

    private GuidePackage Package => _package!;

    private ProfileValidator Validator => _validator!;

    public async Task InitializeAsync()
    {
        _package = await GuidePackage.DownloadAsync(_client);
        _validator = new ProfileValidator(new ConformanceStore(_package.Resources), ProfileValidator.DefaultSpecificationZip);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public void EveryProfile_Compiles_WhenLoadedFromThePackage()
    {
#pragma warning disable ExperimentalApi // The compiler is the only public way to compile one profile on its own.
        var schemas = StructureDefinitionToElementSchemaResolver.CreatedCached(
            Validator.Resolver, new ConcurrentDictionary<Firely.Fhir.Validation.Canonical, Firely.Fhir.Validation.ElementSchema?>());
#pragma warning restore ExperimentalApi
        var definitions = Package.Resources.OfType<StructureDefinition>().ToList();

        var failed = definitions.Where(sd => schemas.GetSchema(new Firely.Fhir.Validation.Canonical(sd.Url!)) is null).Select(sd => sd.Url);

        Assert.True(definitions.Count > 0 && !failed.Any(), string.Join(", ", failed));
    }

    [Fact]
    public void EveryExample_HasNoErrors_WhenValidatedAgainstThePackage()
    {
        var examples = Package.Examples.ToList();

        var errors = examples.SelectMany(e => Errors(e, e.Meta!.Profile.Single())).ToList();

        Assert.True(examples.Count > 0 && errors.Count == 0, string.Join(Environment.NewLine, errors));
    }

    [Fact]
    public async Task OneServedResourceOfEachType_HasNoErrors_WhenValidatedAgainstThePackage()
    {
        var statement = await ServedConformance.MetadataAsync(_client);
        var errors = new List<string>();
        // Eligibility is create only: it stores nothing to search. Subscriptions are the server's own state, made by
        // subscribers: no demo data has any.
        string[] withoutDemoData = ["CoverageEligibilityRequest", "Subscription"];
        foreach (var type in statement.Rest[0].Resource.Where(r => !withoutDemoData.Contains(r.Type)))
        {
            var bundle = await FhirHttp.ReadAsync<Bundle>(await _client.GetAsync($"/fhir/{type.Type}?_count=1"));

            var resource = Assert.Single(bundle.Entry).Resource!;
            errors.AddRange(Errors(resource, type.Profile!));
        }

        Assert.Empty(errors);
    }

    private IEnumerable<string> Errors(Resource resource, string profile) =>
        KnownFindings.Problems(Validator.Validate(resource, profile))
            .Where(i => i.Severity != OperationOutcome.IssueSeverity.Warning)
            .Where(i => !KnownFindings.IsFhirTypeContext(resource, i))
            .Select(i => $"{resource.TypeName}/{resource.Id}: {i.Details?.Text} @ {string.Join(",", i.Expression)}");
}
