using System.Globalization;
using OpenImis.Fhir.Core.Security;

namespace OpenImis.Fhir.Server.Security;

/// <summary>
/// A caller written to a row of the server's state so that work done later, without the token, runs as that caller:
/// an export's jobs, a subscription's matching and delivery. Holds the client, the effective scopes (already narrowed
/// by the openIMIS user's rights, as SMART v2 grants), the openIMIS user and its districts. An unrestricted caller
/// (Auth:Mode none) stores nothing: <see cref="From"/> answers null and the work stays unrestricted.
/// </summary>
/// <param name="ClientId">The OAuth client (<c>azp</c>/<c>client_id</c>, else the token's subject): who owns the row.</param>
/// <param name="Scopes">The effective scopes, space-separated.</param>
/// <param name="UserId">The openIMIS user (<c>tblUsers.UserID</c>), if the token mapped to one.</param>
/// <param name="UserName">The openIMIS login, if the token named one: what re-reading the user's rights starts from.</param>
/// <param name="Districts">The user's districts, comma-separated; null: not limited.</param>
internal sealed record StoredCaller(string? ClientId, string Scopes, int? UserId, string? UserName, string? Districts)
{
    /// <summary>What to store for <paramref name="caller"/>; null for an unrestricted caller.</summary>
    public static StoredCaller? From(FhirCaller caller)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return caller.IsUnrestricted
            ? null
            : new StoredCaller(
                ClientOf(caller),
                caller.Access.ToString(),
                caller.OpenImisUserId,
                caller.UserName,
                caller.DistrictIds is { } districts ? string.Join(',', districts.Select(d => d.ToString(CultureInfo.InvariantCulture))) : null);
    }

    /// <summary>The stored caller as the engine takes it (its effective scopes, user and districts as stored).</summary>
    public FhirCaller ToCaller() => new()
    {
        ClientId = ClientId,
        Scopes = Scopes.Split(' ', StringSplitOptions.RemoveEmptyEntries),
        UserName = UserName,
        OpenImisUserId = UserId,
        DistrictIds = Districts?.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(d => int.Parse(d, CultureInfo.InvariantCulture)).ToList(),
    };

    /// <summary>True when <paramref name="caller"/> is the stored caller's client (a caller known by neither id is nobody's).</summary>
    public bool IsSameClient(FhirCaller caller) => ClientId is not null && string.Equals(ClientId, ClientOf(caller), StringComparison.Ordinal);

    /// <summary>The client a caller is told apart by: its client id, else (a token without one) its subject.</summary>
    public static string? ClientOf(FhirCaller caller)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return caller.ClientId ?? caller.Subject;
    }
}
