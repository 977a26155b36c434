using Microsoft.Extensions.Options;

namespace OpenImis.Fhir.Server.OpenHim;

/// <summary>Rejects unusable mediator settings at start-up rather than on the first registration attempt.</summary>
internal sealed class OpenHimOptionsValidator : IValidateOptions<OpenHimOptions>
{
    public ValidateOptionsResult Validate(string? name, OpenHimOptions options)
    {
        var failures = new List<string>();
        if (options.Enabled)
        {
            ValidateCore(options, failures);
        }

        var routeAuth = options.RouteAuth;
        if (string.IsNullOrEmpty(routeAuth.Username) != string.IsNullOrEmpty(routeAuth.Password))
        {
            failures.Add("OpenHim:RouteAuth:Username and OpenHim:RouteAuth:Password must be set together.");
        }

        if (!options.FhirPath.StartsWith('/') || options.FhirPath.EndsWith('/'))
        {
            failures.Add("OpenHim:FhirPath must start with '/' and not end with it, e.g. /fhir.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void ValidateCore(OpenHimOptions options, List<string> failures)
    {
        if (options.ApiUrl is not { IsAbsoluteUri: true } url || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
        {
            failures.Add("OpenHim:ApiUrl must be an absolute http(s) URL of the core API, e.g. https://openhim-core:8080.");
        }

        if (string.IsNullOrWhiteSpace(options.Username) || string.IsNullOrEmpty(options.Password))
        {
            failures.Add("OpenHim:Username and OpenHim:Password are required when OpenHim:Enabled is true.");
        }

        if (!options.Urn.StartsWith("urn:", StringComparison.Ordinal))
        {
            failures.Add("OpenHim:Urn must be a URN, e.g. urn:mediator:openimis-fhir-r4.");
        }

        if (string.IsNullOrWhiteSpace(options.Endpoint.Host) || options.Endpoint.Port is < 1 or > 65535)
        {
            failures.Add("OpenHim:Endpoint:Host and OpenHim:Endpoint:Port (1-65535) must name where OpenHIM reaches this server.");
        }

        // The core reports a mediator as down when its last heartbeat is more than 60 s old.
        if (options.HeartbeatInterval <= TimeSpan.Zero || options.HeartbeatInterval > TimeSpan.FromSeconds(60))
        {
            failures.Add("OpenHim:HeartbeatInterval must be more than 0 and at most 60 seconds.");
        }

        var resilience = options.Resilience;
        if (resilience.RetryDelay <= TimeSpan.Zero || resilience.MaxRetryDelay < resilience.RetryDelay)
        {
            failures.Add("OpenHim:Resilience:RetryDelay must be positive and not above MaxRetryDelay.");
        }

        if (resilience.MaxRetryAttempts is < 0 or > 10)
        {
            failures.Add("OpenHim:Resilience:MaxRetryAttempts must be between 0 and 10.");
        }

        if (resilience.AttemptTimeout <= TimeSpan.Zero || resilience.BreakDuration < TimeSpan.FromMilliseconds(500))
        {
            failures.Add("OpenHim:Resilience:AttemptTimeout must be positive and BreakDuration at least 500 ms.");
        }
    }
}
