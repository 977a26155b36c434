using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using OpenImis.Fhir.Server.OpenHim;
using WireMock;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;
using WireMock.Types;
using WireMock.Util;

namespace OpenImis.Fhir.IntegrationTests.OpenHim;

/// <summary>
/// A WireMock server that behaves like the OpenHIM core management API as observed in
/// reference/openhim.md 1.2-1.6: Basic and token auth for the root user, registration with the
/// core's validation, heartbeats with config, channel install without de-duplication.
/// </summary>
internal sealed partial class FakeOpenHimCore : IDisposable
{
    public const string Email = "root@openhim.org";
    public const string Password = "openhim-password";
    public const string SeededSalt = "d9bcb40e-ae65-478f-962e-5e5e5e7d0a01";

    private readonly ConcurrentQueue<CoreRequest> _requests = new();
    private readonly ConcurrentDictionary<string, JsonObject> _mediators = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<JsonObject> _channels = new();
    private readonly WireMockServer _server;
    private volatile JsonObject? _pendingConfig;

    private FakeOpenHimCore(WireMockServer server)
    {
        _server = server;
        _server.Given(Request.Create().UsingAnyMethod()).RespondWith(Response.Create().WithCallback(Answer));
    }

    public static FakeOpenHimCore Start() => new(WireMockServer.Start());

    public static FakeOpenHimCore StartOn(int port) => new(WireMockServer.Start(port));

    /// <summary>Over HTTPS with WireMock's own certificate, which no machine trusts, like the core's generated one.</summary>
    public static FakeOpenHimCore StartWithTls() => new(WireMockServer.Start(new WireMockServerSettings
    {
        UseSSL = true,
        CertificateSettings = new WireMockCertificateSettings { X509Certificate = SelfSignedCertificate.Create("openhim-core") },
    }));

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public Uri Url => new(_server.Url!);

    /// <summary>When set, every call answers this status (e.g. 503), as a core behind a restarting proxy does.</summary>
    public int? OutageStatus { get; set; }

    /// <summary>The root user's current password salt; changes when the password is reset.</summary>
    public string Salt { get; private set; } = SeededSalt;

    /// <summary>Simulates a password reset (same password, new salt): cached token credentials stop working.</summary>
    public void ResetPasswordSalt() => Salt = Guid.NewGuid().ToString();

    /// <summary>Answers registrations 400, as the core does for an invalid document.</summary>
    public bool RejectRegistrations { get; set; }

    /// <summary>The config the core holds for the mediator, returned when a heartbeat asks for it.</summary>
    public JsonObject Config { get; set; } = [];

    public IReadOnlyList<CoreRequest> Requests => [.. _requests];

    public IReadOnlyList<string> Channels => [.. _channels.Select(c => (string)c["name"]!)];

    /// <summary>The channels whole, as PUT /channels/{id} left them.</summary>
    public IReadOnlyList<JsonObject> ChannelDocuments => [.. _channels];

    public IReadOnlyList<CoreRequest> Registrations => Where("POST", "/mediators");

    public IReadOnlyList<CoreRequest> Heartbeats => [.. _requests.Where(r => r.Method == "POST" && r.Path.EndsWith("/heartbeat", StringComparison.Ordinal))];

    public IReadOnlyList<CoreRequest> Where(string method, string path) =>
        [.. _requests.Where(r => r.Method == method && r.Path == path)];

    /// <summary>Simulates an admin editing the config in the console: the next heartbeat returns it once.</summary>
    public void ChangeConfig(JsonObject config)
    {
        Config = config;
        _pendingConfig = config;
    }

    /// <summary>Simulates a core that lost the mediator (e.g. its database was reset).</summary>
    public void Forget() => _mediators.Clear();

    public void Dispose() => _server.Stop();

    private IResponseMessage Answer(IRequestMessage request)
    {
        var received = new CoreRequest(
            request.Method,
            request.Path,
            request.Headers?.ToDictionary(h => h.Key, h => h.Value.ToString() ?? string.Empty, StringComparer.OrdinalIgnoreCase)
                ?? new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase),
            request.Body ?? string.Empty,
            DateTimeOffset.UtcNow,
            0);
        ResponseMessage response;
        try
        {
            response = Dispatch(received);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            response = Reply(400, ex.Message);
        }

        _requests.Enqueue(received with { Status = response.StatusCode is int status ? status : 0 });
        return response;
    }

    private ResponseMessage Dispatch(CoreRequest recorded)
    {
        if (OutageStatus is { } outage)
        {
            return Reply(outage, "Service Unavailable");
        }

        var authenticate = AuthenticatePath().Match(recorded.Path);
        if (recorded.Method == "GET" && authenticate.Success)
        {
            return authenticate.Groups[1].Value == Email
                ? Json(200, new JsonObject { ["salt"] = Salt, ["ts"] = OpenHimToken.FormatTimestamp(DateTimeOffset.UtcNow) })
                : Reply(404, $"Could not find user by email {authenticate.Groups[1].Value}");
        }

        if (!IsAuthenticated(recorded))
        {
            return Reply(401, "Unauthorized");
        }

        return (recorded.Method, recorded.Path) switch
        {
            ("POST", "/mediators") => Register(recorded),
            ("GET", "/channels") => Json(200, new JsonArray([.. _channels.Select(c => (JsonNode?)c.DeepClone())])),
            ("GET", var path) when path.StartsWith("/mediators/", StringComparison.Ordinal) => ReadMediator(path),
            ("PUT", var path) when path.StartsWith("/channels/", StringComparison.Ordinal) => UpdateChannel(path, recorded),
            ("POST", var path) when path.EndsWith("/heartbeat", StringComparison.Ordinal) => Heartbeat(recorded),
            ("POST", var path) when path.EndsWith("/channels", StringComparison.Ordinal) => InstallChannels(recorded),
            _ => Reply(404, "Not found"),
        };
    }

    private ResponseMessage Register(CoreRequest request)
    {
        var body = JsonNode.Parse(request.Body)?.AsObject();
        var urn = (string?)body?["urn"];
        if (RejectRegistrations || body is null || urn is null || (string?)body["version"] is not { } version || !SemVer().IsMatch(version))
        {
            return Reply(400, "Version is required. Must be in SemVer form x.y.z");
        }

        if (body["endpoints"] is not JsonArray { Count: > 0 })
        {
            return Reply(400, "At least 1 endpoint is required");
        }

        // As the core does: a version it already has (or an older one) changes nothing, yet answers 201.
        if (!_mediators.TryGetValue(urn, out var existing) || IsNewer(version, (string)existing["version"]!))
        {
            _mediators[urn] = body;
        }

        return Reply(201, "User Authenticated Successfully");
    }

    private ResponseMessage Heartbeat(CoreRequest request)
    {
        var urn = request.Path["/mediators/".Length..^"/heartbeat".Length];
        if (!_mediators.ContainsKey(Uri.UnescapeDataString(urn)))
        {
            return Reply(404, "No mediator found for this urn.");
        }

        var body = JsonNode.Parse(request.Body);
        if (body?["uptime"] is null)
        {
            return Reply(400, "Uptime is required");
        }

        var pending = Interlocked.Exchange(ref _pendingConfig, null);
        if ((bool?)body["config"] == true || pending is not null)
        {
            return Json(200, pending ?? Config);
        }

        return Reply(200, string.Empty);
    }

    private ResponseMessage InstallChannels(CoreRequest request)
    {
        var names = JsonNode.Parse(request.Body)!.AsArray().Select(n => (string)n!).ToList();
        foreach (var name in names)
        {
            var urn = Uri.UnescapeDataString(request.Path["/mediators/".Length..^"/channels".Length]);
            var offered = _mediators[urn]["defaultChannelConfig"]!.AsArray().OfType<JsonObject>().Single(c => (string?)c["name"] == name);
            var channel = offered.DeepClone().AsObject();
            channel["_id"] = Guid.NewGuid().ToString("N");
            _channels.Enqueue(channel);
        }

        return Reply(201, "Created");
    }

    private ResponseMessage ReadMediator(string path)
    {
        if (!_mediators.TryGetValue(Uri.UnescapeDataString(path["/mediators/".Length..]), out var mediator))
        {
            return Reply(404, "Not found");
        }

        // The core masks every password it returns.
        var copy = mediator.DeepClone().AsObject();
        foreach (var route in copy["defaultChannelConfig"]?.AsArray().OfType<JsonObject>().SelectMany(c => c["routes"]!.AsArray().OfType<JsonObject>()) ?? [])
        {
            if (route["password"] is not null)
            {
                route["password"] = "**********";
            }
        }

        return Json(200, copy);
    }

    private ResponseMessage UpdateChannel(string path, CoreRequest request)
    {
        var id = path["/channels/".Length..];
        var channel = _channels.SingleOrDefault(c => (string?)c["_id"] == id);
        if (channel is null)
        {
            return Reply(404, "Not found");
        }

        var update = JsonNode.Parse(request.Body)!.AsObject();
        channel["routes"] = update["routes"]!.DeepClone();
        return Reply(200, "The channel was successfully updated");
    }

    private static bool IsNewer(string version, string than) =>
        Version.Parse(version.TrimStart('v').Split('-', '+')[0]) > Version.Parse(than.TrimStart('v').Split('-', '+')[0]);

    private bool IsAuthenticated(CoreRequest request)
    {
        if (request.Headers.TryGetValue("auth-token", out var token))
        {
            var ts = request.Headers.GetValueOrDefault("auth-ts", string.Empty);
            var fresh = DateTimeOffset.TryParse(ts, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var sent)
                && (DateTimeOffset.UtcNow - sent).Duration() <= TimeSpan.FromSeconds(10);
            var expected = OpenHimToken.Sign(OpenHimToken.HashPassword(Salt, Password), request.Headers.GetValueOrDefault("auth-salt", string.Empty), ts);
            return fresh && request.Headers.GetValueOrDefault("auth-username") == Email && token == expected;
        }

        var basic = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{Email}:{Password}"));
        return request.Headers.GetValueOrDefault("Authorization") == basic;
    }

    private static ResponseMessage Json(int status, JsonNode body) => Reply(status, body.ToJsonString(), "application/json");

    private static ResponseMessage Reply(int status, string body, string contentType = "text/plain") => new()
    {
        StatusCode = status,
        Headers = new Dictionary<string, WireMockList<string>> { ["Content-Type"] = new(contentType) },
        BodyData = new BodyData { BodyAsString = body, DetectedBodyType = BodyType.String, Encoding = Encoding.UTF8 },
    };

    [GeneratedRegex("^/authenticate/(.+)$")]
    private static partial Regex AuthenticatePath();

    [GeneratedRegex(@"^v?\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$")]
    private static partial Regex SemVer();
}
