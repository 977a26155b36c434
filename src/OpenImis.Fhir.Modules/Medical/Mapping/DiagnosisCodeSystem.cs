using Microsoft.EntityFrameworkCore;
using OpenImis.Fhir.Core.Data;
using OpenImis.Fhir.Core.Terminology;
using OpenImis.Fhir.Modules.Medical.Data;
using OpenImis.Fhir.Modules.Shared;

namespace OpenImis.Fhir.Modules.Medical.Mapping;

/// <summary>
/// The live rows of <c>tblICDCodes</c> as the guide's diagnosis code system, also read as <c>CodeSystem/diagnosis</c>,
/// the path the openIMIS backend serves it at.
/// </summary>
internal sealed class DiagnosisCodeSystem : IDatabaseCodeSystem
{
    public const string BackendId = "diagnosis";

    public string Url => OpenImisIg.DiagnosisSystem;

    public string Table => "tblICDCodes";

    public string? AliasId => BackendId;

    public async Task<IReadOnlyList<DatabaseConcept>> ReadAsync(ImisDbContext db, CancellationToken cancellationToken) =>
        Concepts(await db.Set<Diagnosis>().AsNoTracking().Where(d => d.ValidityTo == null).ToListAsync(cancellationToken));

    /// <summary>
    /// One concept per code, ordered by code: openIMIS does not keep ICD codes unique, and a code system may not
    /// repeat one; the lowest ICDID (the oldest row) names it.
    /// </summary>
    public static IReadOnlyList<DatabaseConcept> Concepts(IEnumerable<Diagnosis> rows) =>
        [.. rows
            .Where(d => !string.IsNullOrWhiteSpace(d.Code))
            .GroupBy(d => d.Code.Trim(), StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.OrderBy(d => d.Id).First())
            .Select(d => new DatabaseConcept(d.Code.Trim(), string.IsNullOrWhiteSpace(d.Name) ? d.Code.Trim() : d.Name.Trim()))];
}
