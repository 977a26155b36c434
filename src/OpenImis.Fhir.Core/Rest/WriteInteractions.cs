namespace OpenImis.Fhir.Core.Rest;

/// <summary>
/// The writes openIMIS allows on a type: a handler leaves out the ones it does not (an officer is read-only, a
/// submitted claim is never updated, an adjudication is only updated), and those answer 405 and are absent from the
/// CapabilityStatement.
/// </summary>
[Flags]
public enum WriteInteractions
{
    /// <summary>Read only.</summary>
    None = 0,

    /// <summary>create (and a conditional update that creates).</summary>
    Create = 1,

    /// <summary>update and patch.</summary>
    Update = 2,

    /// <summary>delete.</summary>
    Delete = 4,

    /// <summary>Every write.</summary>
    All = Create | Update | Delete,
}
