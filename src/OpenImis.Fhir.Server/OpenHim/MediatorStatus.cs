namespace OpenImis.Fhir.Server.OpenHim;

/// <summary>
/// The transaction status a mediator reports; it overrides the core's own computation
/// (openhim.md 2.3): errors the caller should fix are "Completed", not failures of the exchange.
/// </summary>
internal static class MediatorStatus
{
    public const string Successful = "Successful";
    public const string Completed = "Completed";
    public const string CompletedWithErrors = "Completed with error(s)";
    public const string Failed = "Failed";

    /// <param name="statusCode">The HTTP status of the FHIR response.</param>
    /// <param name="failedEntryCount">Failed entries of a batch that succeeded as a whole.</param>
    /// <param name="anyOrchestrationFailed">A sub-call failed although the request was answered.</param>
    public static string From(int statusCode, int failedEntryCount, bool anyOrchestrationFailed) => statusCode switch
    {
        >= 500 => Failed,
        >= 200 and < 300 when failedEntryCount > 0 || anyOrchestrationFailed => CompletedWithErrors,
        >= 200 and < 300 => Successful,
        _ => Completed,
    };
}
