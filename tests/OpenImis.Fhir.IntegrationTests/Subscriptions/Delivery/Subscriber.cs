using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using WireMock;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace OpenImis.Fhir.IntegrationTests.Subscriptions.Delivery;

/// <summary>
/// A WireMock.Net subscriber on loopback that records every request it gets (with the status it answered) and can be
/// switched to fail (an HTTP status) or to answer slowly. It also counts requests in flight, so that a test can tell
/// whether two notifications of one subscription ever overlapped.
/// </summary>
internal sealed class Subscriber : IDisposable
{
    private static readonly FhirJsonDeserializer Parser = new();
    private readonly WireMockServer _server = WireMockServer.Start();
    private readonly ConcurrentQueue<Received> _received = new();
    private int _inFlight;
    private int _maxInFlight;

    public Subscriber()
    {
        _server.Given(Request.Create().UsingAnyMethod()).RespondWith(Response.Create().WithCallback(AnswerAsync));
    }

    /// <summary>The endpoint URL (with a path, like a real hook).</summary>
    public string Endpoint => _server.Url + "/hook";

    /// <summary>The status answered; 200 unless a test fails the subscriber.</summary>
    public HttpStatusCode Status { get; set; } = HttpStatusCode.OK;

    /// <summary>How long each answer takes.</summary>
    public TimeSpan Delay { get; set; } = TimeSpan.Zero;

    /// <summary>The most requests that were ever in flight at once.</summary>
    public int MaxInFlight => Volatile.Read(ref _maxInFlight);

    public IReadOnlyList<Received> Requests => [.. _received];

    /// <summary>The notifications acknowledged (2xx), parsed, in the order they arrived.</summary>
    public IReadOnlyList<Notification> Acknowledged =>
        Requests.Where(r => r.Status < 300 && r.Body.Length > 0).Select(r => Notification.Of((Bundle)Parser.DeserializeResource(r.Body), r)).ToList();

    /// <summary>Waits until <paramref name="condition"/> holds over what was received (a functional deadline, not a timing assertion).</summary>
    public async System.Threading.Tasks.Task UntilAsync(Func<Subscriber, bool> condition, TimeSpan? deadline = null)
    {
        var end = DateTime.UtcNow + (deadline ?? TimeSpan.FromSeconds(60));
        while (!condition(this))
        {
            if (DateTime.UtcNow > end)
            {
                throw new TimeoutException($"The subscriber did not get what was expected; it got {_received.Count} request(s).");
            }

            await System.Threading.Tasks.Task.Delay(20);
        }
    }

    public void Dispose() => _server.Stop();

    private async Task<IResponseMessage> AnswerAsync(IRequestMessage request)
    {
        var now = Interlocked.Increment(ref _inFlight);
        int seen;
        while (now > (seen = Volatile.Read(ref _maxInFlight)) && Interlocked.CompareExchange(ref _maxInFlight, now, seen) != seen)
        {
        }

        try
        {
            var status = Status;
            if (Delay > TimeSpan.Zero)
            {
                await System.Threading.Tasks.Task.Delay(Delay);
            }

            var body = request.Body ?? (request.BodyAsBytes is { } bytes ? Encoding.UTF8.GetString(bytes) : string.Empty);
            var headers = request.Headers?.ToDictionary(h => h.Key, h => string.Join(",", h.Value), StringComparer.OrdinalIgnoreCase)
                ?? new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            _received.Enqueue(new Received(request.Method, request.Path, headers, body, (int)status, DateTime.UtcNow));
            return new ResponseMessage { StatusCode = (int)status };
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }
}

/// <summary>One request a subscriber got and the status it answered.</summary>
internal sealed record Received(string Method, string Path, IReadOnlyDictionary<string, string> Headers, string Body, int Status, DateTime At);
