using System.Diagnostics;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;

namespace OpenImis.Fhir.Core.Conformance;

/// <summary>
/// The conformance resources the server serves and validates against: the guide's StructureDefinitions, code
/// systems, value sets, CapabilityStatement and ImplementationGuide (<c>profiles/</c>) and the ConceptMaps
/// (<c>mappings/</c>). Loaded once at start-up and never changed, so every request shares it without locks; callers
/// that hand a resource out copy it first.
/// </summary>
public sealed class ConformanceStore
{
    private readonly Dictionary<(string Type, string Id), Resource> _byId = [];
    private readonly Dictionary<string, Resource> _byUrl = new(StringComparer.Ordinal);

    /// <summary>Indexes the resources; a resource without id, or an id or canonical URL used twice, throws <see cref="InvalidDataException"/>.</summary>
    public ConformanceStore(IEnumerable<Resource> resources)
    {
        var all = new List<Resource>();
        foreach (var resource in resources)
        {
            if (string.IsNullOrEmpty(resource.Id))
            {
                throw new InvalidDataException($"A {resource.TypeName} has no id.");
            }

            if (!_byId.TryAdd((resource.TypeName, resource.Id), resource))
            {
                throw new InvalidDataException($"{resource.TypeName}/{resource.Id} is defined twice.");
            }

            if (resource is IVersionableConformanceResource { Url: { Length: > 0 } url } && !_byUrl.TryAdd(url, resource))
            {
                throw new InvalidDataException($"The canonical URL {url} is used by both {Describe(_byUrl[url])} and {Describe(resource)}.");
            }

            all.Add(resource);
        }

        Resources = all;
    }

    /// <summary>Every resource, in load order. Treat them as read-only.</summary>
    public IReadOnlyList<Resource> Resources { get; }

    /// <summary>How long <see cref="Load"/> took to read and parse the files; zero when built from instances.</summary>
    public TimeSpan LoadTime { get; private init; }

    /// <summary>The resources of one type.</summary>
    public IEnumerable<T> All<T>()
        where T : Resource => Resources.OfType<T>();

    /// <summary>The resource of that type and id, or null.</summary>
    public Resource? Find(string type, string id) => _byId.GetValueOrDefault((type, id));

    /// <summary>The canonical resource with that URL (a <c>|version</c> suffix must match its version), or null.</summary>
    public Resource? FindByUrl(string canonical)
    {
        var bar = canonical.IndexOf('|', StringComparison.Ordinal);
        var url = bar < 0 ? canonical : canonical[..bar];
        if (!_byUrl.TryGetValue(url, out var resource))
        {
            return null;
        }

        return bar < 0 || ((IVersionableConformanceResource)resource).Version == canonical[(bar + 1)..] ? resource : null;
    }

    /// <summary>
    /// Loads every <c>*.json</c> file directly in <paramref name="directory"/> (not its sub-folders, which hold
    /// examples) and adds <paramref name="additional"/>. A missing directory or a file that is not a valid R4
    /// resource throws, naming the file.
    /// </summary>
    public static ConformanceStore Load(string directory, IEnumerable<Resource> additional)
    {
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"The conformance resource directory '{directory}' does not exist.");
        }

        var clock = Stopwatch.StartNew();
        var files = Directory.EnumerateFiles(directory, "*.json").Order(StringComparer.Ordinal).ToList();

        // Parsing 8 MB of snapshots is most of the blocking start-up cost; the files are independent. They are
        // parsed without checks (measured: 0.9 s instead of 1.5 s): the files are generated, and the IG's tests
        // parse every one of them strictly.
        var parsed = files.AsParallel().AsOrdered().Select(f => Parse(f, FhirJsonDeserializer.OSTRICH)).ToList();
        return new ConformanceStore(parsed.Concat(additional)) { LoadTime = clock.Elapsed };
    }

    /// <summary>
    /// The example instances of <paramref name="directory"/> (the guide's <c>examples/</c>), for warming the
    /// validator up with realistic resources; none when the directory is absent.
    /// </summary>
    public static IReadOnlyList<Resource> ReadExamples(string directory) =>
        Directory.Exists(directory)
            ? [.. Directory.EnumerateFiles(directory, "*.json").Order(StringComparer.Ordinal).Select(f => Parse(f, new FhirJsonDeserializer()))]
            : [];

    private static Resource Parse(string file, FhirJsonDeserializer deserializer)
    {
        try
        {
            return deserializer.DeserializeResource(File.ReadAllText(file));
        }
        catch (Exception ex) when (ex is DeserializationFailedException or System.Text.Json.JsonException)
        {
            throw new InvalidDataException($"Conformance resource file '{file}' is malformed: {ex.Message}", ex);
        }
    }

    private static string Describe(Resource resource) => $"{resource.TypeName}/{resource.Id}";
}
