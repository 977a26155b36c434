namespace OpenImis.Fhir.Core.Data;

/// <summary>
/// An index a FHIR search needs that openIMIS does not create. The server creates it on databases it made;
/// on an openIMIS database the operator creates (or drops) it with the <c>indexes</c> command.
/// </summary>
/// <param name="Name">The index name, prefixed <c>ix_fhir_</c> so that it is recognisably the server's.</param>
/// <param name="Table">The openIMIS table.</param>
/// <param name="Columns">The indexed columns or expressions, as SQL.</param>
/// <param name="Where">An optional predicate for a partial index, as SQL.</param>
public sealed record SearchIndex(string Name, string Table, string Columns, string? Where = null)
{
    /// <summary>The PostgreSQL statement that creates the index; <c>CONCURRENTLY</c> keeps the table writable meanwhile.</summary>
    public string CreateSql(bool concurrently) =>
        $"CREATE INDEX {(concurrently ? "CONCURRENTLY " : string.Empty)}IF NOT EXISTS \"{Name}\" ON \"{Table}\" ({Columns}){(Where is null ? string.Empty : $" WHERE {Where}")}";

    /// <summary>The PostgreSQL statement that drops the index.</summary>
    public string DropSql(bool concurrently) =>
        $"DROP INDEX {(concurrently ? "CONCURRENTLY " : string.Empty)}IF EXISTS \"{Name}\"";
}
