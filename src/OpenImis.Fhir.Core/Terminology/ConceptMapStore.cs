using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;

namespace OpenImis.Fhir.Core.Terminology;

/// <summary>
/// The ConceptMaps every code translation is read from (<c>mappings/conceptmaps/*.json</c>), loaded once at start-up
/// so that a malformed map stops the server instead of a request.
/// </summary>
public sealed class ConceptMapStore
{
    private readonly Dictionary<string, ConceptMapTranslation> _byUrl = new(StringComparer.Ordinal);

    /// <summary>Indexes the maps; throws <see cref="InvalidDataException"/> on an incomplete map or a duplicate URL.</summary>
    public ConceptMapStore(IEnumerable<ConceptMap> maps)
        : this(maps.Select(m => (m, $"ConceptMap {m.Url ?? m.Id}")))
    {
    }

    // Origin names the map in error messages: its file when loaded from disk.
    private ConceptMapStore(IEnumerable<(ConceptMap Map, string Origin)> maps)
    {
        var all = new List<ConceptMap>();
        foreach (var (map, origin) in maps)
        {
            ConceptMapChecks.Check(map, origin);
            if (!_byUrl.TryAdd(map.Url!, new ConceptMapTranslation(map)))
            {
                throw new InvalidDataException($"{origin}: ConceptMap {map.Url} is defined twice.");
            }

            all.Add(map);
        }

        All = all;
    }

    /// <summary>Every map, as loaded; for serving and <c>$translate</c>. Treat them as read-only.</summary>
    public IReadOnlyList<ConceptMap> All { get; }

    /// <summary>
    /// Loads every <c>*.json</c> file of <paramref name="directory"/>. A missing directory, a file that is not a valid
    /// ConceptMap or an incomplete map throws, naming the file.
    /// </summary>
    public static ConceptMapStore Load(string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"The ConceptMap directory '{directory}' does not exist.");
        }

        var deserializer = new FhirJsonDeserializer();
        var maps = Directory.EnumerateFiles(directory, "*.json")
            .Order(StringComparer.Ordinal)
            .Select(file => (Read(deserializer, file), $"ConceptMap file '{file}'"))
            .ToList();
        return new ConceptMapStore(maps);
    }

    /// <summary>The map with that canonical URL; throws <see cref="KeyNotFoundException"/> when it was not loaded.</summary>
    public ConceptMapTranslation Get(string conceptMapUrl) =>
        _byUrl.TryGetValue(conceptMapUrl, out var translation)
            ? translation
            : throw new KeyNotFoundException($"ConceptMap {conceptMapUrl} is not loaded; add it to mappings/conceptmaps.");

    /// <summary>The target coding for <paramref name="sourceCode"/> in the map, or null when the map has none.</summary>
    public Coding? Translate(string conceptMapUrl, string sourceCode) => Get(conceptMapUrl).Translate(sourceCode);

    /// <summary>The source coding for <paramref name="targetCode"/> in the map, or null when the map has none.</summary>
    public Coding? Reverse(string conceptMapUrl, string targetCode, string? targetSystem = null) =>
        Get(conceptMapUrl).Reverse(targetCode, targetSystem);

    private static ConceptMap Read(FhirJsonDeserializer deserializer, string file)
    {
        try
        {
            var resource = deserializer.DeserializeResource(File.ReadAllText(file));
            return resource as ConceptMap
                ?? throw new InvalidDataException($"ConceptMap file '{file}' holds a {resource.TypeName}, not a ConceptMap.");
        }
        catch (Exception ex) when (ex is DeserializationFailedException or System.Text.Json.JsonException)
        {
            throw new InvalidDataException($"ConceptMap file '{file}' is malformed: {ex.Message}", ex);
        }
    }
}
