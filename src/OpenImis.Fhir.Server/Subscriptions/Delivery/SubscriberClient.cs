using System.Globalization;
using System.Net.Http.Headers;
using OpenImis.Fhir.Core.Subscriptions;

namespace OpenImis.Fhir.Server.Subscriptions.Delivery;

/// <summary>
/// Sends one notification request and tells whether the subscriber acknowledged it (2xx). The endpoint is checked by
/// <see cref="ISubscriberEndpointPolicy"/> before every attempt (its name may resolve elsewhere by now); the
/// <c>channel.header</c> lines are added as headers and never logged; redirects are not followed and the response body
/// is not read. One attempt is bounded by the subscription's timeout, Polly's retry of a broken connection included.
/// </summary>
internal sealed class SubscriberClient(IHttpClientFactory factory, ISubscriberEndpointPolicy policy)
{
    public const string Name = "subscription-delivery";

    /// <summary>Null when the subscriber answered 2xx, else why the attempt failed (no header value in it).</summary>
    public async Task<string?> SendAsync(HttpRequestMessage request, string endpoint, string? headers, TimeSpan timeout, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var refusal = await policy.RefusalAsync(endpoint, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        AddHeaders(request, headers);
        using var attempt = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        attempt.CancelAfter(timeout);
        try
        {
            using var response = await factory.CreateClient(Name).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, attempt.Token);
            return response.IsSuccessStatusCode
                ? null
                : string.Create(CultureInfo.InvariantCulture, $"the endpoint answered {(int)response.StatusCode} {response.ReasonPhrase}");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return string.Create(CultureInfo.InvariantCulture, $"the endpoint did not answer within the timeout of {timeout.TotalSeconds:0.###} s");
        }
        catch (HttpRequestException ex)
        {
            return "the endpoint could not be reached: " + ex.Message;
        }
    }

    // "Name: value" lines. A line without a name, or a header .NET will not send, is left out rather than failing
    // every notification: the subscription API checks them when the subscription is made.
    private static void AddHeaders(HttpRequestMessage request, string? headers)
    {
        if (string.IsNullOrEmpty(headers))
        {
            return;
        }

        foreach (var line in headers.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                continue;
            }

            var name = line[..colon].Trim();
            var value = line[(colon + 1)..].Trim();
            if (!request.Headers.TryAddWithoutValidation(name, value) && request.Content is not null)
            {
                request.Content.Headers.Remove(name);
                request.Content.Headers.TryAddWithoutValidation(name, value);
            }
        }
    }

    /// <summary>The media type of <c>channel.payload</c> (with its parameters, e.g. <c>fhirVersion=4.0</c>), JSON when unreadable.</summary>
    public static MediaTypeHeaderValue MediaType(string? payload) =>
        MediaTypeHeaderValue.TryParse(payload, out var parsed) ? parsed : new MediaTypeHeaderValue("application/fhir+json");
}
