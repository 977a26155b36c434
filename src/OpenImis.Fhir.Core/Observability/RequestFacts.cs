namespace OpenImis.Fhir.Core.Observability;

/// <summary>
/// Keys of <c>HttpContext.Items</c> through which the REST layer tells observers (the OpenHIM
/// mediator response, logs) what a request did, so they need not re-parse the FHIR body.
/// Every key is optional: observers fall back to the body when a key is absent.
/// </summary>
public static class RequestFacts
{
    /// <summary>The FHIR resource type the request addressed, as a <see cref="string"/> (e.g. "Patient").</summary>
    public const string ResourceType = "fhir.resourceType";

    /// <summary>
    /// The FHIR interaction, as a <see cref="string"/> using the CapabilityStatement codes
    /// ("read", "vread", "search-type", "create", "update", "delete", "history-instance", ...)
    /// or the operation name ("$validate").
    /// </summary>
    public const string Interaction = "fhir.interaction";

    /// <summary>For searches and histories, the number of matches (<c>Bundle.total</c>), as an <see cref="int"/>.</summary>
    public const string ResultCount = "fhir.resultCount";

    /// <summary>
    /// For batch requests, the number of entries that failed while the request as a whole succeeded,
    /// as an <see cref="int"/>. A positive value makes the outcome a partial success.
    /// </summary>
    public const string FailedEntryCount = "fhir.failedEntryCount";

    /// <summary>
    /// What the engine answered (an <c>InteractionResult</c>, or the resource or Bundle of an operation), for the
    /// audit trail, which reads the resources and patients concerned from it after the response.
    /// </summary>
    public const string Result = "fhir.result";
}
