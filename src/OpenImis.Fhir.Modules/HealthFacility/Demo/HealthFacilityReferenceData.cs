using Microsoft.EntityFrameworkCore;
using OpenImis.Fhir.Core.Data;
using OpenImis.Fhir.Modules.HealthFacility.Data;

namespace OpenImis.Fhir.Modules.HealthFacility.Demo;

/// <summary>The health facility lookup tables with the codes and names of openIMIS's <c>00_dump.sql</c>.</summary>
internal static class HealthFacilityReferenceData
{
    public static IReadOnlyList<LegalForm> LegalForms =>
    [
        new() { Code = "C", Name = "Charity", SortOrder = 1 },
        new() { Code = "D", Name = "District organization", SortOrder = 2 },
        new() { Code = "G", Name = "Government", SortOrder = 3 },
        new() { Code = "P", Name = "Private organization", SortOrder = 4 },
    ];

    public static IReadOnlyList<SubLevel> SubLevels =>
    [
        new() { Code = "I", Name = "Integrated", SortOrder = 1 },
        new() { Code = "N", Name = "No Sublevel", SortOrder = 2 },
        new() { Code = "R", Name = "Reference", SortOrder = 3 },
    ];

    /// <summary>Writes each table that is still empty; an operator's own rows are left alone.</summary>
    public static async Task EnsureAsync(ImisDbContext db, CancellationToken cancellationToken)
    {
        if (!await db.Set<LegalForm>().AnyAsync(cancellationToken))
        {
            db.AddRange(LegalForms);
        }

        if (!await db.Set<SubLevel>().AnyAsync(cancellationToken))
        {
            db.AddRange(SubLevels);
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
