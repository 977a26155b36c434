using System.Globalization;
using Microsoft.Extensions.Logging.Abstractions;
using OpenImis.Fhir.Bench.Generation;
using OpenImis.Fhir.Core.Data;

namespace OpenImis.Fhir.Bench;

/// <summary><c>catalog</c>: creates the openIMIS tables on an empty database, then adds facilities, items and services.</summary>
internal static class CatalogCommand
{
    public static async Task<int> RunAsync(BenchArguments arguments, CancellationToken cancellationToken)
    {
        await using var db = ImisDatabase.Open(DatabaseProvider.PostgreSql, arguments.Required("connection"));
        // Without the server's search indexes: search-catalog is run with and without `indexes create`.
        if (await SchemaInitializer.EnsureTablesAsync(db, [], NullLogger.Instance, cancellationToken))
        {
            Console.WriteLine("catalog: created the openIMIS tables");
        }

        var (facilities, items, services, elapsed) = await new CatalogGenerator(arguments.Number("seed", 1)).GenerateAsync(
            db, arguments.Number("facilities", 2_000), arguments.Number("items", 5_000), arguments.Number("services", 5_000), cancellationToken);
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"catalog: {facilities} health facilities, {items} items, {services} services in {elapsed.TotalSeconds:F1} s"));
        return 0;
    }
}
