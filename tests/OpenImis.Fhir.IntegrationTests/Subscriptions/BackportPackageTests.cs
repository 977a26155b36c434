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
        Assert.All(resources.OfType<IVersionableConformanceResource>().Where(r => r.Url is not null),
            r => Assert.Equal((true, "1.1.0"), (r.Url!.StartsWith(Canonical + "/", StringComparison.Ordinal), r.Version)));
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
    public void EveryResource_HasNoUnexplainedErrorsOrWarnings_WhenValidatedAgainstItsCoreType()
    {
        var resources = GuideDependencies.Load(Path.Combine(AppContext.BaseDirectory, "profiles"));

        var problems = resources.SelectMany(r => KnownFindings.Unexplained(r,
            SharedConformance.Validator.Validate(r, $"http://hl7.org/fhir/StructureDefinition/{r.TypeName}"))).ToList();

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Hl7Example_HasOnlyTheKnownFindings_WhenValidatedAgainstItsProfile(string file)
    {
        var example = new FhirJsonDeserializer().DeserializeResource(File.ReadAllText(Path.Combine(Folder, "examples", file)));
        var profile = example.Meta.Profile.Single();

        var problems = BackportFindings.Unexplained(example, SharedConformance.Validator.Validate(example, profile));

        Assert.True(problems.Count == 0, $"{file} against {profile}:{Environment.NewLine}{string.Join(Environment.NewLine, problems)}");
    }
}
