namespace OpenImis.Fhir.Server.Export;

/// <summary>
/// The attempt the current DI scope runs (scoped): what a step's code beats as it makes progress, without knowing
/// about the watchdog. Outside a job (a request scope) there is none and a beat does nothing.
/// </summary>
internal sealed class ExportProgress
{
    /// <summary>The attempt of this scope, if it runs one.</summary>
    public ExportAttempt? Attempt { get; set; }

    /// <summary>Records progress of the scope's attempt.</summary>
    public void Beat() => Attempt?.Beat();
}
