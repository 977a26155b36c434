namespace OpenImis.Fhir.Core.Security;

/// <summary>
/// What a caller's scopes allow: "may this caller do interaction X on type T". Built from the token's scopes, then
/// possibly narrowed (the openIMIS user's rights). Immutable.
/// </summary>
public sealed class ScopeSet
{
    private readonly IReadOnlyDictionary<string, string> _notes;

    private ScopeSet(IReadOnlyList<ScopeGrant> grants, IReadOnlyList<string> refused, IReadOnlyDictionary<string, string> notes)
    {
        Grants = grants;
        Refused = refused;
        _notes = notes;
    }

    /// <summary>A set that allows nothing.</summary>
    public static ScopeSet Empty { get; } = new([], [], new Dictionary<string, string>());

    /// <summary>The resource grants.</summary>
    public IReadOnlyList<ScopeGrant> Grants { get; }

    /// <summary>Why some of the scopes grant nothing (a query restriction, <c>patient/</c>, malformed letters).</summary>
    public IReadOnlyList<string> Refused { get; }

    /// <summary>Parses the scopes; scopes that are not resource scopes are left out.</summary>
    public static ScopeSet Parse(IEnumerable<string> scopes)
    {
        var grants = new List<ScopeGrant>();
        var refused = new List<string>();
        foreach (var scope in scopes)
        {
            if (ScopeParser.TryParse(scope, out var grant, out var refusal))
            {
                if (grant!.Context == ScopeContext.Patient)
                {
                    // There is no patient launch context (no EHR launch, no patient claim in a backend token).
                    refused.Add($"'{scope}' is a patient/ scope, which needs a patient context this server does not have: it grants nothing.");
                    continue;
                }

                grants.Add(grant);
            }
            else if (refusal is not null)
            {
                refused.Add(refusal);
            }
        }

        return new ScopeSet(grants, refused, new Dictionary<string, string>());
    }

    /// <summary>
    /// What the grants allow on <paramref name="resourceType"/>; <c>user/</c> grants count only when the token maps
    /// to an openIMIS user (<paramref name="hasUser"/>).
    /// </summary>
    public ScopeInteraction Allowed(string resourceType, bool hasUser)
    {
        var allowed = ScopeInteraction.None;
        foreach (var grant in Grants)
        {
            if (grant.Covers(resourceType) && (grant.Context == ScopeContext.System || hasUser))
            {
                allowed |= grant.Interactions;
            }
        }

        return allowed;
    }

    /// <summary>
    /// The set cut down to what <paramref name="permitted"/> allows on each of <paramref name="resourceTypes"/>
    /// (wildcards become one grant per type); <paramref name="note"/> explains a cut, for the 403.
    /// </summary>
    public ScopeSet Narrow(IEnumerable<string> resourceTypes, Func<string, ScopeInteraction> permitted, Func<string, ScopeInteraction, string?> note)
    {
        var grants = new List<ScopeGrant>();
        var notes = new Dictionary<string, string>(_notes, StringComparer.Ordinal);
        foreach (var type in resourceTypes.Distinct(StringComparer.Ordinal))
        {
            var allowedByType = permitted(type);
            foreach (var context in new[] { ScopeContext.System, ScopeContext.User })
            {
                var scoped = Grants.Where(g => g.Context == context && g.Covers(type)).Aggregate(ScopeInteraction.None, (a, g) => a | g.Interactions);
                var kept = scoped & allowedByType;
                if (kept != ScopeInteraction.None)
                {
                    grants.Add(new ScopeGrant(context, type, kept));
                }

                if (kept != scoped && note(type, scoped & ~allowedByType) is { } why)
                {
                    notes[type] = why;
                }
            }
        }

        return new ScopeSet(grants, Refused, notes);
    }

    /// <summary>Why <paramref name="resourceType"/> was cut by <see cref="Narrow"/>, if it was.</summary>
    public string? NoteFor(string resourceType) => _notes.GetValueOrDefault(resourceType);

    /// <summary>The grants as SMART v2 scopes, space-separated: what an export stores and its jobs parse again.</summary>
    public override string ToString() => string.Join(' ', Grants.Select(g => g.ToString()));
}
