using System.ComponentModel.DataAnnotations;

namespace OpenImis.Fhir.Core.Data;

/// <summary>The openIMIS database, bound to <c>Database</c>.</summary>
public sealed class DatabaseOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Database";

    /// <summary><c>Sqlite</c> (embedded default) or <c>PostgreSql</c>.</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>The connection string.</summary>
    [Required]
    public string ConnectionString { get; set; } = "Data Source=openimis-fhir.db";

    /// <summary>Create the openIMIS tables when none exists yet (never touches an existing openIMIS schema).</summary>
    public bool CreateSchema { get; set; } = true;

    /// <summary>Fill an empty database with the demo dataset.</summary>
    public bool SeedDemoData { get; set; } = true;
}
