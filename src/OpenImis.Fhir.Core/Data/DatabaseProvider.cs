namespace OpenImis.Fhir.Core.Data;

/// <summary>The database engines the server runs on.</summary>
public enum DatabaseProvider
{
    /// <summary>SQLite, the embedded default.</summary>
    Sqlite,
    /// <summary>PostgreSQL, production.</summary>
    PostgreSql,
}
