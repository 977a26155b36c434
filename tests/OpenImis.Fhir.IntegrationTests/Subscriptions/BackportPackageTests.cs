using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using OpenImis.Fhir.Core.Conformance;
using OpenImis.Fhir.IntegrationTests.Conformance;
using OpenImis.Fhir.IntegrationTests.Infrastructure;

namespace OpenImis.Fhir.IntegrationTests.Subscriptions;

/// <summary>
/// The R4 edition of HL7's Subscriptions R5 Backport IG 1.1.0 that ig/backport/build.sh makes (profiles/backport/), as
/// the server loads it: HL7's canonicals and version, FHIR 4.0.1, every resource valid against its core type, and HL7's
/// own example notifications valid against the profiles with nothing but the <see cref="BackportFindings"/>.
/// </summary>
public sealed class BackportPackageTests
{
    private const string Canonical = "http://hl7.org/fhir/uv/subscriptions-backport";
    private const string RegexContextMessage =
        "Extension used outside of appropriate contexts. Expected context to be one of: {ELEMENT,Questionnaire.item}, {ELEMENT,ElementDefinition}";

    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "profiles", GuideDependencies.BackportFolder);

    public static TheoryData<string> Examples =>
        [.. Directory.EnumerateFiles(Path.Combine(Folder, "examples"), "*.json").Select(Path.GetFileName).OfType<string>()
            .Where(f => f.StartsWith("Bundle-", StringComparison.Ordinal) || f.StartsWith("Parameters-", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)];

    [Fact]
    public void Load_GivesHl7sR4ProfilesExtensionsAndOperations_WhenReadFromProfilesBackport()
    {
        var resources = GuideDependencies.Load(Path.Combine(AppContext.BaseDirectory, "profiles"));

        var definitions = resources.OfType<StructureDefinition>().ToList();
        // HL7's FSH gives its operations the version 0.1.1 and its search parameters and statements none; the package's
        // version goes on what SUSHI stamps, the profiles, extensions and terminology.
        Assert.All(resources.OfType<IVersionableConformanceResource>().Where(r => r.Url is not null),
            r => Assert.StartsWith(Canonical + "/", r.Url, StringComparison.Ordinal));
        Assert.All(resources.Where(r => r is StructureDefinition or CodeSystem or ValueSet).Cast<IVersionableConformanceResource>(),
            r => Assert.Equal("1.1.0", r.Version));
        Assert.All(definitions, sd => Assert.Equal((FHIRVersion.N4_0_1, true), (sd.FhirVersion, sd.Snapshot?.Element.Count > 0)));
        Assert.Equal(
            ["backport-channel-type", "backport-filter-criteria", "backport-heartbeat-period", "backport-max-count", "backport-payload-content",
             "backport-subscription", "backport-subscription-notification-r4", "backport-subscription-status-r4", "backport-timeout",
             "capabilitystatement-subscriptiontopic-canonical"],
            definitions.Select(sd => sd.Id).Order(StringComparer.Ordinal));
        Assert.Equal(["events", "get-ws-binding-token", "status"], resources.OfType<OperationDefinition>().Select(o => o.Code).Order(StringComparer.Ordinal));
        Assert.DoesNotContain(definitions, sd => sd.Id == "backport-subscription-notification");
    }

    [Fact]
    public void EveryDefinition_HasNoUnexplainedErrorsOrWarnings_WhenValidatedAgainstItsCoreType()
    {
        // The CapabilityStatements are left out: HL7's puts capabilitystatement-expectation on rest.mode, rest.resource,
        // supportedProfile and operation, which R4 does not allow (the defect the openIMIS guide 1.0.0 had too), and
        // its example has no name (cpb-0). The server neither serves nor validates against them.
        var resources = GuideDependencies.Load(Path.Combine(AppContext.BaseDirectory, "profiles")).Where(r => r is not CapabilityStatement).ToList();

        var problems = resources.SelectMany(r => KnownFindings.Unexplained(r,
            SharedConformance.Validator.Validate(r, $"http://hl7.org/fhir/StructureDefinition/{r.TypeName}"))
            .Where(p => !IsRegexOnType(r, p))).ToList();

        Assert.True(resources.Count == 19 && problems.Count == 0, $"{resources.Count} resources; " + string.Join(Environment.NewLine, problems));
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Hl7Example_HasOnlyTheKnownFindings_WhenValidatedAgainstItsProfile(string file)
    {
        var example = new FhirJsonDeserializer().DeserializeResource(File.ReadAllText(Path.Combine(Folder, "examples", file)));
        var profile = example.Meta.Profile.Single();

        var problems = BackportFindings.Unexplained(example, SharedConformance.Validator.Validate(example, profile), anyEntry: true);

        Assert.True(problems.Count == 0, $"{file} against {profile}:{Environment.NewLine}{string.Join(Environment.NewLine, problems)}");
    }

    // The core's regex extension sits on ElementDefinition.type in every core snapshot of a primitive's value, as
    // structuredefinition-fhir-type does (ig/README.md); the snapshot generator copies both into Subscription's
    // criteria, channel.type and channel.payload values, which backport-subscription slices.
    private static bool IsRegexOnType(Resource resource, string problem) =>
        resource is StructureDefinition sd && problem.StartsWith($"StructureDefinition/{sd.Id}: Error: {RegexContextMessage} @ StructureDefinition.snapshot[0].element[", StringComparison.Ordinal)
        && System.Text.RegularExpressions.Regex.Match(problem, @"element\[(\d+)\]\.type\[(\d+)\]\.extension\[(\d+)\]$") is { Success: true } m
        && sd.Snapshot.Element[Index(m, 1)].Type[Index(m, 2)].Extension[Index(m, 3)].Url == "http://hl7.org/fhir/StructureDefinition/regex";

    private static int Index(System.Text.RegularExpressions.Match match, int group) =>
        int.Parse(match.Groups[group].Value, System.Globalization.CultureInfo.InvariantCulture);
}
