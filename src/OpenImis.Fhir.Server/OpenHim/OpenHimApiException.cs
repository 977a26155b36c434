using System.Net;

namespace OpenImis.Fhir.Server.OpenHim;

/// <summary>The core answered a call with a status that the mediator cannot treat as success.</summary>
internal sealed class OpenHimApiException : Exception
{
    public OpenHimApiException(HttpStatusCode statusCode, string message)
        : base(message) => StatusCode = statusCode;

    public OpenHimApiException()
    {
    }

    public OpenHimApiException(string message)
        : base(message)
    {
    }

    public OpenHimApiException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public HttpStatusCode? StatusCode { get; }

    /// <summary>400 means the registration document or config is invalid: retrying cannot help.</summary>
    public bool IsFatal => StatusCode == HttpStatusCode.BadRequest;
}
