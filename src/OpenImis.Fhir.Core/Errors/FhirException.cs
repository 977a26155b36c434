using System.Net;
using Hl7.Fhir.Model;

namespace OpenImis.Fhir.Core.Errors;

/// <summary>Every failure of a FHIR interaction: an HTTP status and the OperationOutcome that explains it.</summary>
public sealed class FhirException : Exception
{
    /// <summary>Creates the exception from a status and an outcome.</summary>
    public FhirException(HttpStatusCode status, OperationOutcome outcome)
        : base(Outcomes.Describe(outcome))
    {
        Status = status;
        Outcome = outcome;
    }

    /// <summary>Creates the exception from a status, an outcome and the failure it reports.</summary>
    public FhirException(HttpStatusCode status, OperationOutcome outcome, Exception innerException)
        : base(Outcomes.Describe(outcome), innerException)
    {
        Status = status;
        Outcome = outcome;
    }

    /// <summary>Creates a 500 exception; prefer the factories.</summary>
    public FhirException()
        : this(HttpStatusCode.InternalServerError, Outcomes.Error(OperationOutcome.IssueType.Exception, "Internal error."))
    {
    }

    /// <summary>Creates a 400 exception with the message; prefer the factories.</summary>
    public FhirException(string message)
        : this(HttpStatusCode.BadRequest, Outcomes.Error(OperationOutcome.IssueType.Invalid, message))
    {
    }

    /// <summary>Creates a 400 exception with the message and cause; prefer the factories.</summary>
    public FhirException(string message, Exception innerException)
        : base(message, innerException)
    {
        Status = HttpStatusCode.BadRequest;
        Outcome = Outcomes.Error(OperationOutcome.IssueType.Invalid, message);
    }

    /// <summary>The HTTP status to answer with.</summary>
    public HttpStatusCode Status { get; }

    /// <summary>The outcome to answer with.</summary>
    public OperationOutcome Outcome { get; }

    /// <summary>When the client may try again (the <c>Retry-After</c> header), for a refusal that passes with time.</summary>
    public TimeSpan? RetryAfter { get; init; }

    /// <summary>400: malformed or invalid input.</summary>
    public static FhirException BadRequest(string message, string? expression = null) =>
        new(HttpStatusCode.BadRequest, Outcomes.Error(OperationOutcome.IssueType.Invalid, message, expression));

    /// <summary>403: the caller may not do this (its scopes, its openIMIS user).</summary>
    public static FhirException Forbidden(string message) =>
        new(HttpStatusCode.Forbidden, Outcomes.Error(OperationOutcome.IssueType.Forbidden, message));

    /// <summary>404: unknown type or id.</summary>
    public static FhirException NotFound(string message) =>
        new(HttpStatusCode.NotFound, Outcomes.Error(OperationOutcome.IssueType.NotFound, message));

    /// <summary>405: interaction not supported.</summary>
    public static FhirException NotSupported(string message) =>
        new(HttpStatusCode.MethodNotAllowed, Outcomes.Error(OperationOutcome.IssueType.NotSupported, message));

    /// <summary>409: a conflict with the current state.</summary>
    public static FhirException Conflict(string message) =>
        new(HttpStatusCode.Conflict, Outcomes.Error(OperationOutcome.IssueType.Conflict, message));

    /// <summary>410: the resource was deleted.</summary>
    public static FhirException Gone(string message) =>
        new(HttpStatusCode.Gone, Outcomes.Error(OperationOutcome.IssueType.Deleted, message));

    /// <summary>412: a precondition (If-Match, conditional create) failed.</summary>
    public static FhirException PreconditionFailed(string message) =>
        new(HttpStatusCode.PreconditionFailed, Outcomes.Error(OperationOutcome.IssueType.Conflict, message));

    /// <summary>429: the client asks too much too often; it may try again after <paramref name="retryAfter"/>.</summary>
    public static FhirException TooManyRequests(string message, TimeSpan retryAfter) =>
        new(HttpStatusCode.TooManyRequests, Outcomes.Error(OperationOutcome.IssueType.Throttled, message)) { RetryAfter = retryAfter };

    /// <summary>413: the body is over the limit.</summary>
    public static FhirException TooLarge(string message) =>
        new(HttpStatusCode.RequestEntityTooLarge, Outcomes.Error(OperationOutcome.IssueType.TooCostly, message));

    /// <summary>415: an unsupported media type.</summary>
    public static FhirException UnsupportedMediaType(string message) =>
        new(HttpStatusCode.UnsupportedMediaType, Outcomes.Error(OperationOutcome.IssueType.NotSupported, message));

    /// <summary>422: the resource breaks a business rule.</summary>
    public static FhirException Unprocessable(string message, string? expression = null) =>
        new(HttpStatusCode.UnprocessableEntity, Outcomes.Error(OperationOutcome.IssueType.BusinessRule, message, expression));

    /// <summary>422 with a prepared outcome (validation issues).</summary>
    public static FhirException Unprocessable(OperationOutcome outcome) => new(HttpStatusCode.UnprocessableEntity, outcome);
}
