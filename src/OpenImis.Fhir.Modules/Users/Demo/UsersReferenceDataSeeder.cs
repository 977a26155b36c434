using Microsoft.EntityFrameworkCore;
using OpenImis.Fhir.Core.Data;
using OpenImis.Fhir.Modules.Users.Data;
using OpenImis.Fhir.Modules.Users.Rights;

namespace OpenImis.Fhir.Modules.Users.Demo;

/// <summary>
/// In a database the server creates, openIMIS's first user: <c>Admin</c> with the role "IMIS Administrator"
/// (IsSystem 64), given every right of the rights table, as a fresh openIMIS has its Admin. No password: tokens
/// come from the identity provider, which names the login.
/// </summary>
internal sealed class UsersReferenceDataSeeder(OpenImisRights rights) : IReferenceDataSeeder
{
    public const string AdminLogin = "Admin";

    public async Task SeedAsync(ImisDbContext db, CancellationToken cancellationToken)
    {
        if (await db.Set<ImisUser>().AnyAsync(cancellationToken))
        {
            return;
        }

        var now = DateTime.UtcNow;
        var admin = new ImisUser
        {
            Uuid = "a1b2c3d4-0000-4000-8000-000000000001", LoginName = AdminLogin, LastName = "Admin", OtherNames = "Admin", LanguageId = "en", ValidityFrom = now,
        };
        var role = new Role { Uuid = "a1b2c3d4-0000-4000-8000-000000000064", Name = "IMIS Administrator", IsSystem = 64, ValidityFrom = now };
        db.AddRange(admin, role);
        await db.SaveChangesAsync(cancellationToken);
        db.Add(new UserRole { UserId = admin.Id, RoleId = role.Id, ValidityFrom = now });
        db.AddRange(rights.All.Select(right => new RoleRight { RoleId = role.Id, RightId = right, ValidityFrom = now }));
        await db.SaveChangesAsync(cancellationToken);
    }
}
