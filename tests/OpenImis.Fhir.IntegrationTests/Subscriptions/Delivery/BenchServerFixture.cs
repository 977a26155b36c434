using Microsoft.Extensions.DependencyInjection;
using OpenImis.Fhir.Core.Subscriptions;

namespace OpenImis.Fhir.IntegrationTests.Subscriptions.Delivery;

/// <summary>
/// The delivery benchmarks' server: the demo database, the dispatcher with its production defaults (poll 1 s,
/// backoff 1 s doubling to 60 s, parallelism 8), loopback subscribers allowed, and the type matcher double so that a
/// FHIR write travels outbox → matcher → dispatcher → subscriber.
/// </summary>
public sealed class BenchServerFixture : DeliveryServerFixture
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Database:SeedDemoData"] = "true",
        ["Fhir:Validation:WarmUp"] = "false",
        ["Subscriptions:DetectorEnabled"] = "false",
        ["Subscriptions:AllowHttp"] = "true",
        ["Subscriptions:AllowPrivateEndpoints"] = "true",
    };

    protected override void ConfigureServices(IServiceCollection services) => services.AddScoped<IChangeMatcher, TypeMatcher>();
}
