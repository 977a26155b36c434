using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using Npgsql;

namespace OpenImis.Fhir.Bench;

/// <summary>
/// <c>floor</c>: the same rows a Patient read or search returns, read by bare Npgsql and serialized by the
/// Firely serializer in this process, with no HTTP and no server. The gap to <c>load</c> is what the
/// server's layers cost.
/// </summary>
internal static class FloorCommand
{
    public static async Task<int> RunAsync(BenchArguments arguments, CancellationToken cancellationToken)
    {
        var scenario = arguments.Scenario();
        if (scenario is not (Scenario.Read or Scenario.Search))
        {
            throw new ArgumentException("The floor measures reads and searches only.");
        }

        var settings = arguments.RunSettings();
        var count = Math.Max(1, arguments.Number("count", 20));
        await using var dataSource = NpgsqlDataSource.Create(AsTheServerConnects(arguments.Required("connection")));
        var samples = await Samples.PickAsync(dataSource, scenario, arguments.Number("sample", 2000), cancellationToken);
        var serializer = new FhirJsonSerializer();
        if (arguments.Number("show", 0) == 1)
        {
            // One resource, to hold the floor's output against the server's by eye.
            Base shown = scenario == Scenario.Read
                ? (await ReadAsync(dataSource, samples[0], cancellationToken))!
                : await SearchAsync(dataSource, samples[0], count, cancellationToken);
            Console.WriteLine(serializer.SerializeToString(shown, pretty: true));
            return 0;
        }

        LoadDriver.Operation operation = scenario == Scenario.Read
            ? async (random, token) =>
            {
                var patient = await ReadAsync(dataSource, samples[random.Next(samples.Count)], token);
                return patient is not null && serializer.SerializeToBytes(patient).Length > 0;
            }
            : async (random, token) =>
            {
                var bundle = await SearchAsync(dataSource, samples[random.Next(samples.Count)], count, token);
                return serializer.SerializeToBytes(bundle).Length > 0;
            };

        var summary = await LoadDriver.RunAsync(operation, settings, cancellationToken);
        Console.WriteLine(summary.Format(scenario == Scenario.Read ? "floor read" : "floor search", "ops"));
        return 0;
    }

    // The server turns on automatic statement preparation unless the connection string sets it (ImisDbContextOptions);
    // the floor does the same, or it would pay a planning cost the server does not.
    internal static string AsTheServerConnects(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (builder.MaxAutoPrepare == 0)
        {
            builder.MaxAutoPrepare = 64;
            builder.AutoPrepareMinUsages = 2;
        }

        return builder.ConnectionString;
    }

    private static async Task<Patient?> ReadAsync(NpgsqlDataSource dataSource, string id, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(FloorQueries.Read);
        command.Parameters.AddWithValue("id", id);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? FloorPatient.From(reader) : null;
    }

    private static async Task<Bundle> SearchAsync(NpgsqlDataSource dataSource, string family, int count, CancellationToken cancellationToken)
    {
        var prefix = family.ToLowerInvariant().Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal)
            .Replace("_", "\\_", StringComparison.Ordinal) + "%";
        var bundle = new Bundle { Type = Bundle.BundleType.Searchset };
        await using (var total = dataSource.CreateCommand(FloorQueries.SearchTotal))
        {
            total.Parameters.AddWithValue("prefix", prefix);
            bundle.Total = (int)(long)(await total.ExecuteScalarAsync(cancellationToken))!;
        }

        await using var page = dataSource.CreateCommand(FloorQueries.SearchPage);
        page.Parameters.AddWithValue("prefix", prefix);
        page.Parameters.AddWithValue("count", count);
        await using var reader = await page.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var patient = FloorPatient.From(reader);
            bundle.Entry.Add(new Bundle.EntryComponent
            {
                FullUrl = "http://127.0.0.1/fhir/Patient/" + patient.Id,
                Resource = patient,
                Search = new Bundle.SearchComponent { Mode = Bundle.SearchEntryMode.Match },
            });
        }

        return bundle;
    }
}
