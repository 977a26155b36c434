namespace OpenImis.Fhir.Core.Security;

/// <summary>The SMART v2 interaction letters (<c>cruds</c>); v1 <c>read</c> is r and s, <c>write</c> is c, u and d.</summary>
[Flags]
public enum ScopeInteraction
{
    /// <summary>Nothing.</summary>
    None = 0,

    /// <summary>c: create.</summary>
    Create = 1,

    /// <summary>r: read, vread and history.</summary>
    Read = 2,

    /// <summary>u: update and patch.</summary>
    Update = 4,

    /// <summary>d: delete.</summary>
    Delete = 8,

    /// <summary>s: search.</summary>
    Search = 16,

    /// <summary>v1 <c>.read</c>.</summary>
    V1Read = Read | Search,

    /// <summary>v1 <c>.write</c>.</summary>
    V1Write = Create | Update | Delete,

    /// <summary>Every interaction (<c>cruds</c>, v1 <c>*</c>).</summary>
    All = Create | Read | Update | Delete | Search,
}
