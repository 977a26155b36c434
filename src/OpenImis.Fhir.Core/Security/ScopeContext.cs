namespace OpenImis.Fhir.Core.Security;

/// <summary>The context part of a SMART scope: <c>system/</c>, <c>user/</c> or <c>patient/</c>.</summary>
public enum ScopeContext
{
    /// <summary><c>system/</c>: a backend service acting on its own behalf.</summary>
    System,

    /// <summary><c>user/</c>: on behalf of the openIMIS user the token maps to.</summary>
    User,

    /// <summary><c>patient/</c>: limited to one patient's compartment (not granted by this server, see decision 47).</summary>
    Patient,
}
