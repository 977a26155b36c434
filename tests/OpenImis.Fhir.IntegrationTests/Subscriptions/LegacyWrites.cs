using Npgsql;

namespace OpenImis.Fhir.IntegrationTests.Subscriptions;

/// <summary>Changes to <c>tblInsuree</c> made the way openIMIS makes them, in SQL: a history copy, then the live row.</summary>
internal static class LegacyWrites
{
    /// <summary>Copies the live row to a history row valid until now(), then renames the live row and stamps ValidityFrom = now().</summary>
    public const string UpdateSql = """
        CREATE TEMP TABLE history ON COMMIT DROP AS SELECT * FROM "tblInsuree" WHERE "InsureeUUID" = @id AND "ValidityTo" IS NULL;
        UPDATE history SET "InsureeID" = nextval(pg_get_serial_sequence('"tblInsuree"', 'InsureeID')),
            "InsureeUUID" = gen_random_uuid()::text, "LegacyID" = (SELECT "InsureeID" FROM "tblInsuree" WHERE "InsureeUUID" = @id), "ValidityTo" = now();
        INSERT INTO "tblInsuree" SELECT * FROM history;
        UPDATE "tblInsuree" SET "OtherNames" = 'Legacy', "ValidityFrom" = now() WHERE "InsureeUUID" = @id;
        """;

    /// <summary>openIMIS's delete: ValidityTo on the live row.</summary>
    public const string DeleteSql = """UPDATE "tblInsuree" SET "ValidityTo" = now() WHERE "InsureeUUID" = @id AND "ValidityTo" IS NULL""";

    public static async Task RunAsync(string connectionString, string sql, string id)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await RunAsync(connection, transaction, sql, id);
        await transaction.CommitAsync();
    }

    public static async Task RunAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, string id)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        command.Parameters.AddWithValue("id", id);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>The live row's ValidityFrom (ValidityTo once deleted), the change's time.</summary>
    public static async Task<DateTime> StampAsync(string connectionString, string id)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            """SELECT coalesce("ValidityTo", "ValidityFrom") FROM "tblInsuree" WHERE "InsureeUUID" = @id""", connection);
        command.Parameters.AddWithValue("id", id);
        return ((DateTime)(await command.ExecuteScalarAsync())!).ToUniversalTime();
    }
}
