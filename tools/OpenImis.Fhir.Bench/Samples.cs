using Npgsql;

namespace OpenImis.Fhir.Bench;

/// <summary>The Patient ids and family names the runs draw from, picked at random from the database first.</summary>
internal static class Samples
{
    public static Task<List<string>> PickAsync(NpgsqlDataSource dataSource, Scenario scenario, int size, CancellationToken cancellationToken) =>
        scenario != Scenario.Search
            ? ReadAsync(dataSource, """SELECT "InsureeUUID" FROM "tblInsuree" WHERE "ValidityTo" IS NULL ORDER BY random() LIMIT @n""", size, cancellationToken)
            : ReadAsync(
                dataSource,
                """SELECT "LastName" FROM (SELECT DISTINCT "LastName" FROM "tblInsuree" WHERE "ValidityTo" IS NULL) n ORDER BY random() LIMIT @n""",
                size,
                cancellationToken);

    private static async Task<List<string>> ReadAsync(NpgsqlDataSource dataSource, string sql, int size, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(sql);
        command.Parameters.AddWithValue("n", size);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var values = new List<string>(size);
        while (await reader.ReadAsync(cancellationToken))
        {
            values.Add(reader.GetString(0));
        }

        return values.Count > 0 ? values : throw new InvalidOperationException("The database holds no live insurees: run generate first.");
    }
}
