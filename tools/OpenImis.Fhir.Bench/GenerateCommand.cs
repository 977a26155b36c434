using System.Globalization;
using Microsoft.Extensions.Logging.Abstractions;
using OpenImis.Fhir.Core.Data;
using OpenImis.Fhir.Bench.Generation;

namespace OpenImis.Fhir.Bench;

/// <summary><c>generate</c>: creates the openIMIS tables on an empty database, then adds synthetic families.</summary>
internal static class GenerateCommand
{
    public static async Task<int> RunAsync(BenchArguments arguments, CancellationToken cancellationToken)
    {
        var provider = Enum.Parse<DatabaseProvider>(arguments.Text("provider", nameof(DatabaseProvider.PostgreSql)), ignoreCase: true);
        var families = arguments.Number("families", 100_000);
        var seed = arguments.Number("seed", 1);
        await using var db = ImisDatabase.Open(provider, arguments.Required("connection"));
        // Without the server's search indexes: run.sh --search-index adds the one the search figures name.
        if (await SchemaInitializer.EnsureTablesAsync(db, [], NullLogger.Instance, cancellationToken))
        {
            Console.WriteLine("generate: created the openIMIS tables");
        }

        var report = await new InsureeSyntheticGenerator().GenerateAsync(db, families, seed, cancellationToken);
        var seconds = report.Elapsed.TotalSeconds;
        var rows = report.Families + report.Insurees;
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"generate: {report.Families} families, {report.Insurees} insurees in {seconds:F1} s ({rows / seconds:F0} rows/s, {report.Insurees / seconds:F0} insurees/s) on {provider}"));
        return 0;
    }
}
