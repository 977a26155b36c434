using Microsoft.AspNetCore.Mvc.Testing;
using OpenImis.Fhir.IntegrationTests.Infrastructure;

namespace OpenImis.Fhir.IntegrationTests.Subscriptions.Delivery;

/// <summary>Two server hosts over one database, both delivering: every event reaches its subscriber once, in order.</summary>
public sealed class TwoProcessDeliveryTests : IAsyncLifetime, IDisposable
{
    private const int Events = 150;
    private string _database = string.Empty;
    private FhirServerFactory? _firstRoot;
    private FhirServerFactory? _secondRoot;
    private WebApplicationFactory<Program>? _first;
    private WebApplicationFactory<Program>? _second;

    public async System.Threading.Tasks.Task InitializeAsync()
    {
        _database = await TestPostgres.CreateDatabaseAsync();
        var settings = DeliveryServerFixture.DeliverySettings(seed: false);
        _firstRoot = new FhirServerFactory(_database, settings);
        _first = DeliveryServerFixture.WithFakeBuilder(_firstRoot);
        _ = _first.Server;
        _secondRoot = new FhirServerFactory(_database, settings);
        _second = DeliveryServerFixture.WithFakeBuilder(_secondRoot);
        _ = _second.Server;
    }

    [Fact]
    public async System.Threading.Tasks.Task Delivery_SendsEachEventOnceInOrder_WhenTwoServersShareTheDatabase()
    {
        var subscribers = Enumerable.Range(0, 4).Select(_ => new Subscriber { Delay = TimeSpan.FromMilliseconds(3) }).ToList();
        try
        {
            var subscriptions = subscribers.Select(s => SubscriptionRows.TopicSubscription(s.Endpoint)).ToList();
            foreach (var subscription in subscriptions)
            {
                await SubscriptionRows.AddAsync(_first!.Services, subscription);
            }

            // Events come in through both hosts' contexts, in small transactions, while both dispatchers run.
            await System.Threading.Tasks.Task.WhenAll(subscriptions.Select(async (subscription, i) =>
            {
                for (var n = 0; n < Events; n += 10)
                {
                    await SubscriptionRows.AddEventsAsync((n / 10 % 2 == 0 ? _first! : _second!).Services, subscription.Id, 10, "Patient", Guid.NewGuid().ToString());
                }
            }));
            foreach (var subscriber in subscribers)
            {
                await subscriber.UntilAsync(s => s.Acknowledged.Sum(n => n.EventNumbers.Count) >= Events);
            }

            await System.Threading.Tasks.Task.Delay(500); // a duplicate would arrive within a few polls
            foreach (var subscriber in subscribers)
            {
                Assert.Equal(["handshake"], subscriber.Acknowledged.Where(n => n.Type != "event-notification").Select(n => n.Type));
                Assert.Equal(Enumerable.Range(1, Events).Select(i => (long)i), subscriber.Acknowledged.SelectMany(n => n.EventNumbers));
                Assert.Equal(1, subscriber.MaxInFlight);
            }
        }
        finally
        {
            subscribers.ForEach(s => s.Dispose());
        }
    }

    public void Dispose()
    {
        _first?.Dispose();
        _second?.Dispose();
        _firstRoot?.Dispose();
        _secondRoot?.Dispose();
    }

    public async System.Threading.Tasks.Task DisposeAsync()
    {
        foreach (var factory in new WebApplicationFactory<Program>?[] { _first, _second, _firstRoot, _secondRoot })
        {
            if (factory is not null)
            {
                await factory.DisposeAsync();
            }
        }

        await TestPostgres.DropDatabaseAsync(_database);
    }
}
