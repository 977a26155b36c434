using System.Collections.Concurrent;
using System.Diagnostics;
using Firely.Fhir.Validation;
using Hl7.Fhir.Model;
using Hl7.Fhir.Specification.Source;
using Hl7.Fhir.Specification.Terminology;
using OpenImis.Fhir.Core.Conformance;
using OpenImis.Fhir.Core.Terminology;

namespace OpenImis.Fhir.Core.Validation;

/// <summary>
/// The one resolver and validator of the process: the conformance store first, then the guides it depends on
/// (<see cref="GuideDependencies"/>), then the R4 core specification. The
/// validator compiles each profile the first time it is used and keeps it, so one shared instance makes every later
/// validation cheap; it is safe to use from concurrent requests.
/// </summary>
public sealed class ProfileValidator
{
    private const string CoreResource = "http://hl7.org/fhir/StructureDefinition/Resource";

    // The files of the specification a validator needs: profiles, extensions and terminology. Leaving out the 1,375
    // core SearchParameters, the ConceptMaps and the naming systems, and indexing on the thread pool, shortens
    // the first lookup by about a third (measured: 2.2-3.0 s down to 1.4-2.1 s).
    private static readonly DirectorySourceSettings CoreSettings = new()
    {
        MultiThreaded = true,
        Masks =
        [
            "profiles-types.xml", "profiles-resources.xml", "profiles-others.xml", "extension-definitions.xml",
            "valuesets.xml", "v3-codesystems.xml", "v2-tables.xml",
        ],
    };

    // Validators share the specification they read, so that it can be indexed before the guide is loaded.
    private static readonly ConcurrentDictionary<string, Lazy<ZipSource>> Specifications = new(StringComparer.Ordinal);

    private readonly CachedResolver _resolver;
    private readonly Validator _validator;

    /// <summary>Builds the resolver and validator; nothing is read from the specification until first used.</summary>
    public ProfileValidator(ConformanceStore store, string specificationZip)
        : this(store, [], specificationZip, null)
    {
    }

    /// <summary>
    /// Builds the resolver and validator over the guide and the conformance resources of the guides it depends on
    /// (<see cref="GuideDependencies"/>), which are resolved after the guide and before the core specification.
    /// </summary>
    public ProfileValidator(ConformanceStore store, IReadOnlyList<Resource> dependencies, string specificationZip)
        : this(store, dependencies, specificationZip, null)
    {
    }

    /// <summary>
    /// Builds the resolver and validator; bindings to a value set that includes a code system an openIMIS table feeds
    /// accept the table's codes when <paramref name="databaseCodeSystems"/> is given.
    /// </summary>
    public ProfileValidator(ConformanceStore store, string specificationZip, DatabaseCodeSystems? databaseCodeSystems)
        : this(store, [], specificationZip, databaseCodeSystems)
    {
    }

    /// <summary>
    /// Builds the resolver and validator over the guide, its dependencies (<see cref="GuideDependencies"/>) and the
    /// core specification; bindings to a value set that includes a code system an openIMIS table feeds accept the
    /// table's codes when <paramref name="databaseCodeSystems"/> is given.
    /// </summary>
    public ProfileValidator(ConformanceStore store, IReadOnlyList<Resource> dependencies, string specificationZip, DatabaseCodeSystems? databaseCodeSystems)
    {
        var core = Specification(specificationZip);
        // Copies: the validator corrects the StructureDefinitions it compiles in place (Group.id typed `id`), and the
        // store's own are served as the guide has them.
        var guide = store.Resources.Select(r => (Resource)r.DeepCopy()).ToList();
        var dependencyCopies = dependencies.Select(r => (Resource)r.DeepCopy()).ToList();
        _resolver = new CachedResolver(new MultiResolver(
            new InMemoryResourceResolver(guide), new InMemoryResourceResolver(dependencyCopies), core));

        // The core default adds the MIME type and language code systems, which no value set file defines.
        IAsyncResourceResolver terminology = databaseCodeSystems is null ? _resolver : new DatabaseOverlayResolver(_resolver, databaseCodeSystems);
        _validator = new Validator(_resolver, LocalTerminologyService.CreateDefaultForCore(terminology), null, null, null);
    }

    /// <summary>The <c>specification.zip</c> that the Hl7.Fhir.Specification.Data.R4 package copies next to the executable.</summary>
    public static string DefaultSpecificationZip => Path.Combine(AppContext.BaseDirectory, "specification.zip");

    /// <summary>Resolves canonical resources of the guide and of the core specification, for terminology and lookups.</summary>
    public IAsyncResourceResolver Resolver => _resolver;

    /// <summary>The StructureDefinition with that canonical URL, from the guide or the core specification; null when unknown.</summary>
    public async Task<StructureDefinition?> FindProfileAsync(string canonical) => await ResolveAsync(canonical) as StructureDefinition;

    /// <summary>The canonical resource with that URL (and <c>|version</c>), from the guide or the core specification; null when unknown.</summary>
    public async Task<Resource?> ResolveAsync(string canonical)
    {
        var result = await _resolver.TryResolveByCanonicalUriAsync(canonical);
        return result.Success ? result.Value : null;
    }

    /// <summary>
    /// Indexes the core specification in <paramref name="specificationZip"/> for every validator built on it, so
    /// that this, the longest step of a first validation, can run while the guide is still loading.
    /// </summary>
    public static async System.Threading.Tasks.Task PrepareSpecificationAsync(string specificationZip) =>
        await Specification(specificationZip).ResolveByCanonicalUriAsync(CoreResource);

    /// <summary>Validates the resource against one profile. An unknown profile is reported as an issue, not thrown.</summary>
    public OperationOutcome Validate(Resource resource, string profile) => _validator.Validate(resource, profile);

    /// <summary>
    /// Compiles each profile by validating a sample: the first example that claims it, else an empty instance of its
    /// type. Run once at start-up so that no request pays for it; unknown profiles are skipped.
    /// </summary>
    public async Task<WarmUpReport> WarmUpAsync(IEnumerable<string> profiles, IReadOnlyList<Resource> examples, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();

        // The first lookup that reaches the core specification lists and indexes the whole zip.
        await ResolveAsync(CoreResource);
        var index = clock.Elapsed;
        // The profiles compile side by side: what they share is compiled by whichever gets there first, and the
        // just-in-time compilation of the validator itself, most of a first compile, then uses every core. On
        // threads of their own, one per core: a compile blocks its thread for seconds (the validator is synchronous),
        // and one thread-pool task per profile (21) starved the pool on a loaded 2-core machine, so that the database
        // start-up's connection timed out and the host failed to start, and the first export waited for threads.
        // On a loaded machine the warm-up takes a minute of both cores: niced, it yields them to requests and jobs.
        var queue = profiles.Distinct(StringComparer.Ordinal).ToList();
        var compiled = new (string, TimeSpan)?[queue.Count];
        var next = -1;
        void Compile()
        {
            // Below the requests' and jobs' threads: the warm-up takes what CPU they leave idle.
            BackgroundThreadPriority.LowerCurrentThread();
            for (var i = Interlocked.Increment(ref next); i < queue.Count; i = Interlocked.Increment(ref next))
            {
                compiled[i] = CompileAsync(queue[i], examples, cancellationToken).GetAwaiter().GetResult();
            }
        }

        await System.Threading.Tasks.Task.WhenAll(Enumerable.Range(0, Math.Max(1, Math.Min(Environment.ProcessorCount, queue.Count))).Select(_ =>
            System.Threading.Tasks.Task.Factory.StartNew(Compile, cancellationToken, TaskCreationOptions.LongRunning, TaskScheduler.Default)));

        return new WarmUpReport(index, [.. compiled.OfType<(string, TimeSpan)>()]);
    }

    /// <summary>Whether the outcome holds an error or a fatal issue.</summary>
    public static bool HasErrors(OperationOutcome outcome) =>
        outcome.Issue.Any(i => i.Severity is OperationOutcome.IssueSeverity.Error or OperationOutcome.IssueSeverity.Fatal);

    private async Task<(string, TimeSpan)?> CompileAsync(string profile, IReadOnlyList<Resource> examples, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var clock = Stopwatch.StartNew();
        if (await SampleForAsync(profile, examples) is not { } sample)
        {
            return null;
        }

        _validator.Validate(sample, profile);
        return (profile, clock.Elapsed);
    }

    private static ZipSource Specification(string zip) =>
        Specifications.GetOrAdd(zip, z => new Lazy<ZipSource>(() => new ZipSource(z, CoreSettings))).Value;

    private async Task<Resource?> SampleForAsync(string profile, IReadOnlyList<Resource> examples)
    {
        var example = examples.FirstOrDefault(e => e.Meta?.Profile.Contains(profile) == true);
        if (example is not null)
        {
            return example;
        }

        return (await FindProfileAsync(profile))?.Type is { } type && ModelInfo.GetTypeForFhirType(type) is { } poco
            && Activator.CreateInstance(poco) is Resource empty
            ? empty
            : null;
    }
}
