namespace OpenImis.Fhir.Core.Security;

/// <summary>
/// Who makes the current interaction, as the engine sees it: set once per HTTP request by the server's
/// authentication, or by a job from what it stored at kick-off. The engine enforces <see cref="Scopes"/> on every
/// path (reads, searches and their includes, writes, bundle entries, export, subscriptions).
/// </summary>
public sealed record FhirCaller
{
    /// <summary>No authentication configured (<c>Auth:Mode none</c>) or the server's own work: everything is allowed.</summary>
    public static FhirCaller Unrestricted { get; } = new() { IsUnrestricted = true };

    /// <summary>True when no scope applies.</summary>
    public bool IsUnrestricted { get; init; }

    /// <summary>The OAuth client (<c>client_id</c>/<c>azp</c>), if any.</summary>
    public string? ClientId { get; init; }

    /// <summary>The token's subject.</summary>
    public string? Subject { get; init; }

    /// <summary>The granted scopes as sent (<c>system/Patient.rs</c>, <c>user/*.read</c>…).</summary>
    public IReadOnlyList<string> Scopes { get; init; } = [];

    /// <summary>The openIMIS login the token maps to (the configured user claim), if any.</summary>
    public string? UserName { get; init; }

    /// <summary>The openIMIS user (<c>tblUsers.UserID</c>) once resolved; written to <c>AuditUserID</c>.</summary>
    public int? OpenImisUserId { get; init; }

    /// <summary>
    /// The districts (<c>tblLocations</c> ids) the openIMIS user works in (<c>tblUsersDistricts</c>): handlers of
    /// location-bound types show only rows there. Null: no limit.
    /// </summary>
    public IReadOnlyList<int>? DistrictIds { get; init; }

    /// <summary>
    /// What the scopes allow, possibly narrowed by an enricher (the openIMIS user's rights); parsed from
    /// <see cref="Scopes"/> when not given.
    /// </summary>
    public ScopeSet Access
    {
        get => _access ??= ScopeSet.Parse(Scopes);
        init => _access = value;
    }

    private ScopeSet? _access;
}
