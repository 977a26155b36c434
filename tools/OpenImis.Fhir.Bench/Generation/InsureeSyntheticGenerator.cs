using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using OpenImis.Fhir.Core.Data;
using OpenImis.Fhir.Modules.Insuree.Data;
using OpenImis.Fhir.Modules.Insuree.Demo;
using OpenImis.Fhir.Modules.Location.Data;
using OpenImis.Fhir.Modules.Location.Demo;

namespace OpenImis.Fhir.Bench.Generation;

/// <summary>
/// The bulk generator of <c>generate</c>, kept out of the server: adds N families of about four insurees each,
/// spread over the live villages (the demo tree is written first when there is none). Rows are drawn by <see cref="SyntheticFamilyFactory"/> from the seed, so the
/// same seed gives the same UUIDs, names and CHFIDs; CHFIDs are the seed's last three digits and a nine-digit
/// running number. Written in one transaction, by binary COPY on PostgreSQL.
/// </summary>
internal sealed class InsureeSyntheticGenerator(TimeProvider? timeProvider = null)
{
    private const int BatchSize = 5_000;

    private readonly TimeProvider _time = timeProvider ?? TimeProvider.System;

    public async Task<GenerationReport> GenerateAsync(ImisDbContext db, int families, int seed, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(families);
        var clock = Stopwatch.StartNew();
        var now = _time.GetUtcNow().UtcDateTime;
        await DemoLocationTree.EnsureAsync(db, now.Date.AddYears(-6), cancellationToken);
        await InsureeReferenceData.EnsureAsync(db, cancellationToken);
        var factory = new SyntheticFamilyFactory(
            seed, await VillagesAsync(db, cancellationToken), DateOnly.FromDateTime(now), ChfIdPrefix(seed), chfIdDigits: 9);

        var insurees = 0;
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var writer = CreateWriter(db);
            await writer.BeginAsync(cancellationToken);
            for (var written = 0; written < families;)
            {
                var batch = Enumerable.Range(0, Math.Min(BatchSize, families - written)).Select(_ => factory.Next()).ToList();
                if (written == 0)
                {
                    await EnsureSeedUnusedAsync(db, batch[0], seed, cancellationToken);
                }

                await writer.WriteAsync(batch, cancellationToken);
                written += batch.Count;
                insurees += batch.Sum(f => f.Insurees.Count);
            }

            await writer.CommitAsync(cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }

        return new GenerationReport(families, insurees, clock.Elapsed);
    }

    /// <summary>The CHFID prefix of a seed: its last three digits.</summary>
    public static string ChfIdPrefix(int seed) => Math.Abs(seed % 1000).ToString("D3");

    private static ISyntheticFamilyWriter CreateWriter(ImisDbContext db) => db.Database.GetDbConnection() switch
    {
        NpgsqlConnection npgsql => new PostgreSqlFamilyWriter(npgsql),
        SqliteConnection sqlite => new SqliteFamilyWriter(sqlite),
        var other => throw new NotSupportedException($"No bulk writer for {other.GetType().Name}."),
    };

    // Ordered by code so that the same tree gives the same spread whatever ids the database handed out.
    private static async Task<List<VillageRef>> VillagesAsync(ImisDbContext db, CancellationToken cancellationToken)
    {
        var villages = await db.Set<Modules.Location.Data.Location>()
            .Where(l => l.Type == LocationTypes.Village && l.ValidityTo == null)
            .OrderBy(l => l.Code).ThenBy(l => l.Id)
            .Select(l => new { l.Id, l.Name })
            .ToListAsync(cancellationToken);
        return villages.Select(v => new VillageRef(v.Id, v.Name ?? "Village")).ToList();
    }

    // The seed fixes the UUIDs, so a second run with it would stop on the unique index half-way; say so up front.
    private static async Task EnsureSeedUnusedAsync(ImisDbContext db, SyntheticFamily first, int seed, CancellationToken cancellationToken)
    {
        var uuid = first.Family.Uuid;
        if (await db.Set<Family>().IgnoreQueryFilters().AnyAsync(f => f.Uuid == uuid, cancellationToken))
        {
            throw new InvalidOperationException(
                $"Seed {seed} was already used on this database (family {uuid} exists); pick another seed.");
        }
    }
}
