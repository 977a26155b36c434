using System.Net;
using Hl7.Fhir.Model;

namespace OpenImis.Fhir.Core.Errors;

/// <summary>What a failed interaction answers: the HTTP status, the OperationOutcome and, for a passing outage, when to retry.</summary>
/// <param name="Status">The HTTP status (or a batch entry's <c>response.status</c>).</param>
/// <param name="Outcome">The OperationOutcome that explains it.</param>
/// <param name="RetryAfter">When the client may retry (the <c>Retry-After</c> header); null when a retry would fail the same way.</param>
/// <param name="IsUnexpected">Whether the failure is a defect of the server, which the caller must log with its exception.</param>
public sealed record FailureOutcome(HttpStatusCode Status, OperationOutcome Outcome, TimeSpan? RetryAfter, bool IsUnexpected);
