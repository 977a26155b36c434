using System.Globalization;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using OpenImis.Fhir.Core.Data;
using OpenImis.Fhir.Core.Modularity;
using OpenImis.Fhir.Modules;
using OpenImis.Fhir.Modules.Claim.Eligibility;

namespace OpenImis.Fhir.Bench.Eligibility;

/// <summary>
/// <c>eligibility</c>: eligibility enquiries per second for an insuree with N past claims, answered by the server's
/// handler in this process (EF queries, the FHIR response built and serialized; no HTTP), against the same counters
/// by one hand-written SQL query (<see cref="EligibilitySql"/>). Both answers are compared first.
/// </summary>
internal static class EligibilityCommand
{
    public static async Task<int> RunAsync(BenchArguments arguments, CancellationToken cancellationToken)
    {
        var connection = FloorCommand.AsTheServerConnects(arguments.Required("connection"));
        var settings = arguments.RunSettings();
        var options = new DbContextOptionsBuilder<ImisDbContext>()
            .UseOpenImis(new DatabaseOptions { Provider = DatabaseProvider.PostgreSql, ConnectionString = connection }, new EnabledModules(ModuleCatalog.All))
            .Options;
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        EligibilityHistory.Seeded seeded;
        await using (var db = new ImisDbContext(options))
        {
            await SchemaInitializer.EnsureTablesAsync(db, [], NullLogger.Instance, cancellationToken);
            seeded = await EligibilityHistory.WriteAsync(db, arguments.Number("claims", 50), today, cancellationToken);
        }

        await using var dataSource = NpgsqlDataSource.Create(connection);
        var serializer = new FhirJsonSerializer();
        var request = Request(seeded);
        var server = Counters(await AnswerAsync(options, request, cancellationToken));
        var sql = await EligibilitySql.CountersAsync(dataSource, seeded.InsureeUuid, seeded.ItemCode, seeded.ServiceCode, today, cancellationToken);
        Console.WriteLine($"eligibility: server {Format(server)}");
        Console.WriteLine($"eligibility: sql    {Format(sql)}");
        if (!server.SequenceEqual(sql))
        {
            await Console.Error.WriteLineAsync("eligibility: the server's counters differ from the SQL query's");
            return 1;
        }

        var handler = await LoadDriver.RunAsync(
            async (_, token) => serializer.SerializeToBytes(await AnswerAsync(options, request, token)).Length > 0, settings, cancellationToken);
        Console.WriteLine(handler.Format("eligibility handler (EF + FHIR)", "req"));
        var floor = await LoadDriver.RunAsync(
            async (_, token) => (await EligibilitySql.CountersAsync(dataSource, seeded.InsureeUuid, seeded.ItemCode, seeded.ServiceCode, today, token)).Count > 0,
            settings, cancellationToken);
        Console.WriteLine(floor.Format("eligibility one SQL query", "req"));
        return 0;
    }

    /// <summary>The response's counters by benefit code, spelled as <see cref="EligibilitySql"/> spells them.</summary>
    public static SortedDictionary<string, string> Counters(CoverageEligibilityResponse response)
    {
        var counters = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var item in response.Insurance.FirstOrDefault()?.Item ?? [])
        {
            var slot = item.Category?.Coding.FirstOrDefault()?.Code;
            foreach (var benefit in item.Benefit)
            {
                var code = benefit.Type?.Coding.FirstOrDefault()?.Code;
                var value = benefit.Allowed switch
                {
                    UnsignedInt count => count.Value?.ToString(CultureInfo.InvariantCulture),
                    Money money => money.Value?.ToString("0.##", CultureInfo.InvariantCulture),
                    _ => null,
                };
                if (value is not null && code is not null)
                {
                    counters[slot == "benefit" ? code : $"{slot}:{code}"] = value;
                }
            }
        }

        return counters;
    }

    public static CoverageEligibilityRequest Request(EligibilityHistory.Seeded seeded) => new()
    {
        Patient = new ResourceReference($"Patient/{seeded.InsureeUuid}"),
        Insurer = new ResourceReference("Organization/6a2f4c1e-8b3d-4e5f-9a0b-1c2d3e4f5a6b"),
        Item =
        [
            new() { Category = new CodeableConcept("https://openimis.github.io/openimis_fhir_r4_ig/CodeSystem/coverage-item-category", "item"), ProductOrService = new CodeableConcept { Text = seeded.ItemCode } },
            new() { Category = new CodeableConcept("https://openimis.github.io/openimis_fhir_r4_ig/CodeSystem/coverage-item-category", "service"), ProductOrService = new CodeableConcept { Text = seeded.ServiceCode } },
        ],
    };

    public static async Task<CoverageEligibilityResponse> AnswerAsync(DbContextOptions<ImisDbContext> options, CoverageEligibilityRequest request, CancellationToken cancellationToken)
    {
        await using var db = new ImisDbContext(options);
        var handler = new CoverageEligibilityRequestHandler(new EligibilityReader(db), TimeProvider.System);
        return (CoverageEligibilityResponse)await handler.CreateAsync(request, cancellationToken);
    }

    private static string Format(SortedDictionary<string, string> counters) => string.Join(" ", counters.Select(c => $"{c.Key}={c.Value}"));
}
