using OpenImis.Fhir.Core.Data;

namespace OpenImis.Fhir.Core.Terminology;

/// <summary>
/// A code system whose concepts an openIMIS table holds (professions, ICD codes, ...): a module registers one per
/// table it owns, and the guide's CodeSystem of <see cref="Url"/> is then served with the table's rows as concepts.
/// </summary>
public interface IDatabaseCodeSystem
{
    /// <summary>The canonical URL of the guide's CodeSystem the table's rows replace the concepts of.</summary>
    string Url { get; }

    /// <summary>The openIMIS table, named in the served narrative.</summary>
    string Table { get; }

    /// <summary>
    /// Another id the CodeSystem is read under, e.g. the path the openIMIS backend serves it at; null for none.
    /// </summary>
    string? AliasId { get; }

    /// <summary>The table's current codes, in the order openIMIS lists them; empty when the table is.</summary>
    Task<IReadOnlyList<DatabaseConcept>> ReadAsync(ImisDbContext db, CancellationToken cancellationToken);
}
