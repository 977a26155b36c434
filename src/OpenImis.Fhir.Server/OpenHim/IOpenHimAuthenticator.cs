namespace OpenImis.Fhir.Server.OpenHim;

/// <summary>Adds the core API credentials to one outgoing request (each attempt, so tokens stay fresh).</summary>
internal interface IOpenHimAuthenticator
{
    ValueTask AuthenticateAsync(HttpRequestMessage request, CancellationToken cancellationToken);

    /// <summary>Forgets cached credentials after the core answered 401.</summary>
    void Invalidate();
}
