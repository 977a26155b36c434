namespace OpenImis.Fhir.Core.Observability;

/// <summary>
/// Records every call made through an <see cref="HttpClient"/> as an orchestration of the
/// current request. Add it to a typed or named client:
/// <c>services.AddHttpClient&lt;T&gt;().AddHttpMessageHandler(() =&gt; new OrchestrationHttpHandler("client registry"))</c>.
/// Put it outside any retry handler to record one orchestration per logical call, inside to record each attempt.
/// </summary>
public sealed class OrchestrationHttpHandler : DelegatingHandler
{
    private readonly string? _name;

    /// <summary>Creates the handler.</summary>
    /// <param name="name">The orchestration name; defaults to the method and host of each call.</param>
    public OrchestrationHttpHandler(string? name = null) => _name = name;

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (!OrchestrationRecorder.IsCollecting || request.RequestUri is null)
        {
            return await base.SendAsync(request, cancellationToken);
        }

        var uri = request.RequestUri;
        var name = _name ?? $"{request.Method} {uri.Host}";
        using var orchestration = OrchestrationRecorder.Track(name, request.Method.Method, uri.ToString());
        try
        {
            var response = await base.SendAsync(request, cancellationToken);
            orchestration.Complete((int)response.StatusCode);
            return response;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            orchestration.Fail(ex.Message);
            throw;
        }
    }
}
