namespace OpenImis.Fhir.Core.Security;

/// <summary>One resource scope, parsed: <c>system/Patient.rs</c> is (System, "Patient", Read | Search).</summary>
/// <param name="Context">system, user or patient.</param>
/// <param name="ResourceType">A FHIR resource type, or <c>*</c> for every type.</param>
/// <param name="Interactions">What it allows.</param>
public sealed record ScopeGrant(ScopeContext Context, string ResourceType, ScopeInteraction Interactions)
{
    /// <summary>True when the grant names <paramref name="resourceType"/> or every type.</summary>
    public bool Covers(string resourceType) => ResourceType == "*" || string.Equals(ResourceType, resourceType, StringComparison.Ordinal);

    /// <summary>What both grants allow (same context, the narrower type, the common interactions), or null when nothing.</summary>
    public ScopeGrant? Intersect(ScopeGrant other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (Context != other.Context)
        {
            return null;
        }

        var type = ResourceType == "*" ? other.ResourceType : other.Covers(ResourceType) ? ResourceType : null;
        var interactions = Interactions & other.Interactions;
        return type is null || interactions == ScopeInteraction.None ? null : new ScopeGrant(Context, type, interactions);
    }

    /// <summary>The grant as a SMART v2 scope (<c>system/Patient.rs</c>).</summary>
    public override string ToString() =>
        $"{Context.ToString().ToLowerInvariant()}/{ResourceType}.{ScopeParser.Letters(Interactions)}";
}
