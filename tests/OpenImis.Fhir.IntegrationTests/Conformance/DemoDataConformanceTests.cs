using Hl7.Fhir.Model;
using OpenImis.Fhir.IntegrationTests.Infrastructure;

namespace OpenImis.Fhir.IntegrationTests.Conformance;

/// <summary>
/// Every resource the server serves for the demo data, of every type it serves apart from the conformance types,
/// claims the profile of its type in the CapabilityStatement and validates against it with zero errors, judged
/// in-process by the validator over the same profiles.
/// </summary>
public sealed class DemoDataConformanceTests(DemoServerFixture server) : IClassFixture<DemoServerFixture>
{
    private static readonly HashSet<string> ConformanceTypes =
    [
        "StructureDefinition", "ValueSet", "CodeSystem", "ConceptMap", "SearchParameter", "ImplementationGuide", "CapabilityStatement",

        // Create only (eligibility answers and stores nothing): nothing to search.
        "CoverageEligibilityRequest",

        // The server's own state, made by subscribers: no demo data has any.
        "Subscription",
    ];

    private readonly HttpClient _client = server.CreateClient();

    private async Task<IReadOnlyList<(string Profile, Resource Resource)>> ServedAsync()
    {
        var statement = await FhirHttp.ReadAsync<CapabilityStatement>(await _client.GetAsync("/fhir/metadata"));
        var served = new List<(string, Resource)>();
        foreach (var type in statement.Rest[0].Resource.Where(r => !ConformanceTypes.Contains(r.Type!)))
        {
            var next = $"/fhir/{type.Type}?_count=200";
            while (next is not null)
            {
                var bundle = await FhirHttp.ReadAsync<Bundle>(await _client.GetAsync(next));
                // A type fed by several sources names no one profile: each resource must claim one of its supported ones.
                served.AddRange(bundle.Entry.Select(e => (
                    type.Profile ?? e.Resource!.Meta?.Profile.FirstOrDefault(type.SupportedProfile.Contains) ?? $"one of {string.Join(", ", type.SupportedProfile)}",
                    e.Resource!)));
                next = bundle.Link.FirstOrDefault(l => l.Relation == "next")?.Url;
            }
        }

        return served;
    }


    // Guards the tests below against passing on nothing.
    [Fact]
    public async System.Threading.Tasks.Task DemoData_IsServedForEveryDataType_WhenSeeded()
    {
        var statement = await FhirHttp.ReadAsync<CapabilityStatement>(await _client.GetAsync("/fhir/metadata"));
        var types = statement.Rest[0].Resource.Select(r => r.Type!).Where(t => !ConformanceTypes.Contains(t)).Order(StringComparer.Ordinal);
        var served = (await ServedAsync()).Select(s => s.Resource.TypeName).Distinct().Order(StringComparer.Ordinal);
        Assert.Equal(types, served);
    }

    [Fact]
    public async System.Threading.Tasks.Task EveryServedResource_ClaimsTheProfileOfItsType_WhenDemoDataIsSeeded()
    {
        var wrong = (await ServedAsync())
            .Where(s => s.Resource.Meta?.Profile.SequenceEqual([s.Profile]) != true)
            .Select(s => $"{s.Resource.TypeName}/{s.Resource.Id}");
        Assert.Empty(wrong);
    }

    [Fact]
    public async System.Threading.Tasks.Task EveryServedResource_ValidatesWithZeroErrors_WhenDemoDataIsSeeded()
    {
        var errors = (await ServedAsync())
            .SelectMany(s => SharedConformance.Validator.Validate(s.Resource, s.Profile).Issue
                .Where(i => i.Severity is OperationOutcome.IssueSeverity.Error or OperationOutcome.IssueSeverity.Fatal)
                .Select(i => $"{s.Resource.TypeName}/{s.Resource.Id}: {i.Details?.Text} @ {string.Join(",", i.Expression ?? [])}"))
            .ToList();

        // One line per distinct problem, with how often it occurs, so a mapper defect reads as one finding.
        var summary = errors.GroupBy(e => e[(e.IndexOf(": ", StringComparison.Ordinal) + 2)..]).Select(g => $"{g.Count()} x {g.Key} (e.g. {g.First()})");
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, summary));
    }
}
