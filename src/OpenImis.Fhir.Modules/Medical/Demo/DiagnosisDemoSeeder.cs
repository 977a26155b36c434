using Microsoft.EntityFrameworkCore;
using OpenImis.Fhir.Core.Data;
using OpenImis.Fhir.Modules.Medical.Data;

namespace OpenImis.Fhir.Modules.Medical.Demo;

/// <summary>
/// Seeds a handful of ICD codes on an empty <c>tblICDCodes</c>: some of the guide's three-character codes, two
/// four-character ones the guide's example list lacks (as openIMIS's own demo has), and one deleted row.
/// </summary>
internal sealed class DiagnosisDemoSeeder : IDemoDataSeeder
{
    public const string DeletedCode = "Z00";

    public int Order => 31;

    public async Task SeedAsync(ImisDbContext db, DateOnly today, CancellationToken cancellationToken)
    {
        if (await db.Set<Diagnosis>().AnyAsync(cancellationToken))
        {
            return;
        }

        var created = today.AddYears(-5).ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc);
        db.AddRange(Rows(created));
        var deleted = Row(DeletedCode, "Encounter for general examination", created);
        deleted.ValidityTo = today.AddDays(-30).ToDateTime(new TimeOnly(10, 0), DateTimeKind.Utc);
        db.Add(deleted);
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }

    public static IReadOnlyList<Diagnosis> Rows(DateTime created) =>
    [
        Row("A00", "Cholera", created),
        Row("A000", "Cholera due to Vibrio cholerae 01, biovar cholerae", created),
        Row("A09", "Diarrhoea and gastroenteritis of presumed infectious origin", created),
        Row("B54", "Unspecified malaria", created),
        Row("B509", "Plasmodium falciparum malaria, unspecified", created),
        Row("J06", "Acute upper respiratory infections of multiple and unspecified sites", created),
        Row("K35", "Acute appendicitis", created),
        Row("O80", "Single spontaneous delivery", created),
    ];

    private static Diagnosis Row(string code, string name, DateTime created) =>
        new() { Code = code, Name = name, ValidityFrom = created, AuditUserId = 0 };
}
