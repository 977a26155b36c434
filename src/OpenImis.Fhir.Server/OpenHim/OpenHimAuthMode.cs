namespace OpenImis.Fhir.Server.OpenHim;

/// <summary>How the mediator authenticates to the core's management API.</summary>
internal enum OpenHimAuthMode
{
    /// <summary>HTTP Basic; OpenHIM core 5.1 and later (on by default from 7.1).</summary>
    Basic,

    /// <summary>The deprecated auth-* token headers; the only scheme of core 4.x and earlier.</summary>
    Token,
}
