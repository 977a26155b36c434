using Firely.Fhir.Validation;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using Hl7.Fhir.Specification.Source;
using Hl7.Fhir.Specification.Terminology;

namespace OpenImis.Fhir.Tests.Conformance;

/// <summary>
/// The committed profiles/ folder loaded once per test run, with a validator over it and the core spec.
/// Loading the spec zip costs seconds, so every conformance test shares this instance.
/// </summary>
internal sealed class ProfileSet
{
    private static readonly Lazy<ProfileSet> Shared = new(Load);

    private ProfileSet(IReadOnlyList<Resource> resources, IAsyncResourceResolver resolver)
    {
        Resources = resources;
        Resolver = resolver;
        Validator = new Validator(resolver, new LocalTerminologyService(resolver), null, null, null);
    }

    public static ProfileSet Instance => Shared.Value;

    public IReadOnlyList<Resource> Resources { get; }

    public IAsyncResourceResolver Resolver { get; }

    public Validator Validator { get; }

    public static string ProfilesFolder { get; } = Path.Combine(FindRepoRoot(), "profiles");

    public static string ExamplesFolder => Path.Combine(ProfilesFolder, "examples");

    public static IEnumerable<string> ConformanceFiles => JsonFiles(ProfilesFolder);

    public static IEnumerable<string> ExampleFiles => JsonFiles(ExamplesFolder);

    /// <summary>Strict R4 parsing: a resource that only parses leniently is a defect of the guide.</summary>
    public static Resource Parse(string path) =>
        new FhirJsonDeserializer().DeserializeResource(File.ReadAllText(path));

    public StructureDefinition StructureDefinition(string id) =>
        Resources.OfType<StructureDefinition>().Single(sd => sd.Id == id);

    private static ProfileSet Load()
    {
        var resources = ConformanceFiles.Select(f => Parse(Path.Combine(ProfilesFolder, f))).ToList();
        var zip = ZipSource.CreateValidationSource(Path.Combine(AppContext.BaseDirectory, "specification.zip"));
        var resolver = new CachedResolver(new MultiResolver(new InMemoryResourceResolver(resources), zip));
        return new ProfileSet(resources, resolver);
    }

    private static IEnumerable<string> JsonFiles(string folder) =>
        Directory.EnumerateFiles(folder, "*.json").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal);

    // The tests read the committed JSON rather than a copy in bin/, so a stale build output can never hide
    // a change to profiles/.
    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "OpenImis.Fhir.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("OpenImis.Fhir.sln not found above " + AppContext.BaseDirectory);
    }
}
