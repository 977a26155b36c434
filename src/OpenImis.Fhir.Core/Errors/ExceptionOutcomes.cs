using System.Net;
using Hl7.Fhir.Model;
using OpenImis.Fhir.Core.Data;

namespace OpenImis.Fhir.Core.Errors;

/// <summary>
/// Maps any exception of an interaction to what the client is told, the same way for an HTTP request and for an
/// entry of a batch or transaction: a <see cref="FhirException"/> answers as it says, a database that cannot be
/// reached answers 503 (transient, with a retry delay), anything else is the server's defect (500).
/// </summary>
public static class ExceptionOutcomes
{
    /// <summary>
    /// How long a client should wait before retrying when the database is unavailable: about what a PostgreSQL
    /// restart or fail-over takes, and long enough that retrying clients do not hammer a database coming back.
    /// </summary>
    public static readonly TimeSpan DatabaseRetryAfter = TimeSpan.FromSeconds(5);

    /// <summary>The status, outcome and retry delay for <paramref name="exception"/>.</summary>
    public static FailureOutcome Map(Exception exception) => exception switch
    {
        FhirException fhir => new FailureOutcome(fhir.Status, fhir.Outcome, fhir.RetryAfter, false),
        _ when DatabaseFailures.IsUnavailable(exception) => new FailureOutcome(
            HttpStatusCode.ServiceUnavailable,
            Outcomes.Error(
                OperationOutcome.IssueType.Transient,
                $"The database is unavailable right now; retry after {DatabaseRetryAfter.TotalSeconds:F0} seconds."),
            DatabaseRetryAfter,
            false),
        _ => new FailureOutcome(
            HttpStatusCode.InternalServerError,
            Outcomes.Error(OperationOutcome.IssueType.Exception, "The server failed to process the request; the error was logged."),
            null,
            true),
    };
}
