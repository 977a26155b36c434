using System.Diagnostics;
using System.Globalization;
using Hl7.Fhir.Model;
using OpenImis.Fhir.Core.Conformance;
using OpenImis.Fhir.Core.Terminology;
using OpenImis.Fhir.Core.Validation;
using OpenImis.Fhir.Modules.Shared;

namespace OpenImis.Fhir.Bench;

/// <summary>
/// <c>conformance</c>: what the server pays at start-up for conformance, in a fresh process as the server does:
/// loading <c>profiles/</c> and the ConceptMaps, indexing the core specification, compiling the served profiles
/// (or all of them). The same code the server runs, timed step by step.
/// </summary>
internal static class ConformanceCommand
{
    public static async Task<int> RunAsync(BenchArguments arguments, CancellationToken cancellationToken)
    {
        var folder = arguments.Text("profiles", Path.Combine(AppContext.BaseDirectory, "profiles"));
        var scope = arguments.Text("compile", "served");

        // Later rounds run the same steps on new instances in a process whose code is already compiled: the
        // difference to the first round is the JIT's share.
        var rounds = Math.Max(1, arguments.Number("repeat", 1));
        for (var round = 1; round <= rounds; round++)
        {
            Console.WriteLine(Line($"round {round}{(round == 1 ? " (fresh process)" : " (same process, new instances)")}"));
            await RoundAsync(folder, scope, cancellationToken);
        }

        return 0;
    }

    private static async System.Threading.Tasks.Task RoundAsync(string folder, string scope, CancellationToken cancellationToken)
    {
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();

        var maps = ConceptMapStore.Load(Path.Combine(AppContext.BaseDirectory, "mappings", "conceptmaps"));
        var store = ConformanceStore.Load(folder, maps.All);
        var validator = new ProfileValidator(store, GuideDependencies.Load(folder), ProfileValidator.DefaultSpecificationZip);
        var examples = ConformanceStore.ReadExamples(Path.Combine(folder, "examples"));
        var profiles = scope switch
        {
            "served" => [OpenImisIg.PatientProfile, OpenImisIg.GroupProfile],
            "all" => store.All<StructureDefinition>()
                .Where(sd => sd.Kind == StructureDefinition.StructureDefinitionKind.Resource && sd.Url is not null)
                .Select(sd => sd.Url!).ToList(),
            _ => throw new ArgumentException($"--compile must be served or all, not '{scope}'."),
        };
        var report = await validator.WarmUpAsync(profiles, examples, cancellationToken);
        var wall = clock.Elapsed;
        process.Refresh();
        var cpu = process.TotalProcessorTime - cpuBefore;

        Console.WriteLine(Line($"  load profiles/ + ConceptMaps: {store.LoadTime.TotalMilliseconds:F0} ms ({store.Resources.Count} resources)"));
        Console.WriteLine(Line($"  index core specification: {report.SpecificationIndex.TotalMilliseconds:F0} ms"));
        foreach (var (profile, time) in report.Profiles)
        {
            Console.WriteLine(Line($"  compile {profile[(profile.LastIndexOf('/') + 1)..]}: {time.TotalMilliseconds:F0} ms"));
        }

        Console.WriteLine(Line($"  conformance start-up ({scope} profiles): {wall.TotalMilliseconds:F0} ms wall, {cpu.TotalMilliseconds:F0} ms CPU"));
    }

    private static string Line(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
