using Microsoft.EntityFrameworkCore;
using OpenImis.Fhir.Core.Data;
using OpenImis.Fhir.Modules.Insuree.Data;

namespace OpenImis.Fhir.Modules.Insuree.Demo;

/// <summary>
/// The insuree reference tables with the codes and names of openIMIS's <c>00_dump.sql</c>; insurees and
/// families reference them through foreign keys, so both the demo seeder and the generator write them first.
/// </summary>
internal static class InsureeLookups
{
    public const short RelationSpouse = 8;
    public const short RelationChild = 4;
    public const short RelationParent = 2;
    public const short RelationSibling = 1;
    public const short RelationOther = 7;

    public static IReadOnlyList<Gender> Genders =>
    [
        new() { Code = "M", Name = "Male", SortOrder = 1 },
        new() { Code = "F", Name = "Female", SortOrder = 2 },
        new() { Code = "O", Name = "Other", SortOrder = 3 },
    ];

    public static IReadOnlyList<Relation> Relations =>
    [
        new() { Id = 1, Name = "Brother/Sister", SortOrder = 1 },
        new() { Id = 2, Name = "Father/Mother", SortOrder = 2 },
        new() { Id = 3, Name = "Uncle/Aunt", SortOrder = 3 },
        new() { Id = 4, Name = "Son/Daughter", SortOrder = 4 },
        new() { Id = 5, Name = "Grand parents", SortOrder = 5 },
        new() { Id = 6, Name = "Employee", SortOrder = 6 },
        new() { Id = 7, Name = "Others", SortOrder = 7 },
        new() { Id = 8, Name = "Spouse", SortOrder = 8 },
    ];

    public static IReadOnlyList<Profession> Professions =>
    [
        new() { Id = 1, Name = "Housewife", SortOrder = 1 },
        new() { Id = 2, Name = "Employee", SortOrder = 2 },
        new() { Id = 3, Name = "Self Employee", SortOrder = 3 },
        new() { Id = 4, Name = "Others", SortOrder = 4 },
    ];

    public static IReadOnlyList<Education> Educations =>
    [
        new() { Id = 1, Name = "Nursery", SortOrder = 1 },
        new() { Id = 2, Name = "Primary school", SortOrder = 2 },
        new() { Id = 3, Name = "Secondary school", SortOrder = 3 },
        new() { Id = 4, Name = "University", SortOrder = 4 },
        new() { Id = 5, Name = "Postgraduate studies", SortOrder = 5 },
        new() { Id = 6, Name = "PHD", SortOrder = 6 },
        new() { Id = 7, Name = "Other", SortOrder = 7 },
    ];

    public static IReadOnlyList<IdentificationType> IdentificationTypes =>
    [
        new() { Code = "D", Name = "Driver's License", SortOrder = 1 },
        new() { Code = "N", Name = "National ID", SortOrder = 2 },
        new() { Code = "P", Name = "Passport", SortOrder = 3 },
        new() { Code = "V", Name = "Voter Card", SortOrder = 4 },
    ];

    public static IReadOnlyList<FamilyType> FamilyTypes =>
    [
        new() { Code = "C", Name = "Council", SortOrder = 1 },
        new() { Code = "G", Name = "Organization", SortOrder = 2 },
        new() { Code = "H", Name = "Household", SortOrder = 3 },
        new() { Code = "O", Name = "Other", SortOrder = 4 },
        new() { Code = "P", Name = "Priests", SortOrder = 5 },
        new() { Code = "S", Name = "Students", SortOrder = 6 },
        new() { Code = "T", Name = "Teachers", SortOrder = 7 },
    ];

    public static IReadOnlyList<ConfirmationType> ConfirmationTypes =>
    [
        new() { Code = "A", Name = "Local council", SortOrder = 1, IsConfirmationNumberRequired = true },
        new() { Code = "B", Name = "Municipality", SortOrder = 2, IsConfirmationNumberRequired = true },
        new() { Code = "C", Name = "State", SortOrder = 3, IsConfirmationNumberRequired = true },
        new() { Code = "D", Name = "Other", SortOrder = 4, IsConfirmationNumberRequired = false },
    ];

    /// <summary>Writes each reference table that is still empty; an operator's own rows are left alone.</summary>
    public static async Task EnsureAsync(ImisDbContext db, CancellationToken cancellationToken)
    {
        await AddIfEmptyAsync(db, Genders, cancellationToken);
        await AddIfEmptyAsync(db, Relations, cancellationToken);
        await AddIfEmptyAsync(db, Professions, cancellationToken);
        await AddIfEmptyAsync(db, Educations, cancellationToken);
        await AddIfEmptyAsync(db, IdentificationTypes, cancellationToken);
        await AddIfEmptyAsync(db, FamilyTypes, cancellationToken);
        await AddIfEmptyAsync(db, ConfirmationTypes, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }

    private static async Task AddIfEmptyAsync<T>(ImisDbContext db, IReadOnlyList<T> rows, CancellationToken cancellationToken)
        where T : class
    {
        if (!await db.Set<T>().AnyAsync(cancellationToken))
        {
            db.AddRange(rows);
        }
    }
}
