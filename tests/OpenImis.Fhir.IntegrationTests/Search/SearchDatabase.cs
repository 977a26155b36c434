using Npgsql;

namespace OpenImis.Fhir.IntegrationTests.Search;

/// <summary>The right answers, counted in SQL straight from the test database.</summary>
internal sealed class SearchDatabase(string connectionString)
{
    public const string LiveFamilies = "FROM \"tblFamilies\" f WHERE f.\"ValidityTo\" IS NULL";

    public async Task<long> CountAsync(string sql, params object[] values) => Convert.ToInt64(await ScalarAsync(sql, values), System.Globalization.CultureInfo.InvariantCulture);

    public async Task<string> TextAsync(string sql, params object[] values) => (string)(await ScalarAsync(sql, values))!;

    private async Task<object?> ScalarAsync(string sql, object[] values)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters.AddWithValue($"p{i}", values[i]);
        }

        return await command.ExecuteScalarAsync();
    }
}
