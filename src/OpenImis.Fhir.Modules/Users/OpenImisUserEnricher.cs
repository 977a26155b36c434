using Microsoft.EntityFrameworkCore;
using OpenImis.Fhir.Core.Data;
using OpenImis.Fhir.Core.Errors;
using OpenImis.Fhir.Core.Rest;
using OpenImis.Fhir.Core.Security;
using OpenImis.Fhir.Modules.Users.Data;
using OpenImis.Fhir.Modules.Users.Rights;

namespace OpenImis.Fhir.Modules.Users;

/// <summary>
/// Maps the token's user claim (<c>Auth:UserClaim</c>) to the live openIMIS user of that <c>LoginName</c>, sets
/// <see cref="FhirCaller.OpenImisUserId"/> (written to <c>AuditUserID</c>) and narrows the caller's scopes to what
/// the user's roles allow (<see cref="OpenImisRights"/>). A token that names a user openIMIS does not have (or has
/// deleted) is refused with 403: acting for a user nobody can trace is worse than not acting. A token without the
/// claim is a system caller: its system/ scopes apply as they are, its user/ scopes grant nothing.
/// Read on every request, so a right withdrawn in openIMIS takes effect at once.
/// </summary>
internal sealed class OpenImisUserEnricher(ImisDbContext db, HandlerRegistry registry, OpenImisRights rights) : ICallerEnricher
{
    public async ValueTask<FhirCaller> EnrichAsync(FhirCaller caller, CancellationToken cancellationToken)
    {
        if (caller.IsUnrestricted || string.IsNullOrEmpty(caller.UserName))
        {
            return caller;
        }

        var login = caller.UserName;
        var user = await db.Set<ImisUser>().AsNoTracking()
            .Where(u => u.LoginName == login && u.ValidityTo == null)
            .Select(u => new { u.Id })
            .FirstOrDefaultAsync(cancellationToken)
            ?? throw FhirException.Forbidden(
                $"The token's user '{login}' is not a current openIMIS user (no live tblUsers row with that LoginName); ask an openIMIS administrator to create it, or use a token without a user (Auth:UserClaim).");

        var held = (await (
                from userRole in db.Set<UserRole>()
                join role in db.Set<Role>() on userRole.RoleId equals role.Id
                join right in db.Set<RoleRight>() on role.Id equals right.RoleId
                where userRole.UserId == user.Id && userRole.ValidityTo == null && role.ValidityTo == null && !role.IsBlocked && right.ValidityTo == null
                select right.RightId)
            .Distinct().ToListAsync(cancellationToken)).ToHashSet();

        var access = caller.Access.Narrow(
            registry.Registrations.Select(r => r.ResourceType),
            type => rights.Permitted(type, held),
            (type, cut) => $"The openIMIS user '{login}' lacks the openIMIS right needed for that on {type} (any of {string.Join(", ", rights.Needed(type, cut))}), through its roles (tblUserRole, tblRoleRight).");
        // openIMIS limits a user with districts to them; a user without any is not limited (the administrator).
        var districts = await db.Set<UserDistrict>().AsNoTracking()
            .Where(d => d.UserId == user.Id && d.ValidityTo == null)
            .Select(d => d.LocationId).Distinct().ToListAsync(cancellationToken);
        return caller with { OpenImisUserId = user.Id, Access = access, DistrictIds = districts.Count == 0 ? null : districts };
    }
}
