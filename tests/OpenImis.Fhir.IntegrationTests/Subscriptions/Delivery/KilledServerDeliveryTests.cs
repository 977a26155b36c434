using Microsoft.Extensions.DependencyInjection;
using OpenImis.Fhir.Core.Data;
using OpenImis.Fhir.Core.State;
using OpenImis.Fhir.IntegrationTests.Export;
using OpenImis.Fhir.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace OpenImis.Fhir.IntegrationTests.Subscriptions.Delivery;

/// <summary>
/// SB-08: a server process killed with SIGKILL while 500 events wait for an R4 subscriber; a new process over the
/// same database delivers the rest: none lost, at most the one in flight twice, the numbers untouched.
/// </summary>
public sealed class KilledServerDeliveryTests(ITestOutputHelper output)
{
    private const int Events = 500;

    [Fact]
    public async System.Threading.Tasks.Task Delivery_LosesNothing_WhenTheServerIsKilledWith500EventsWaitingAndRestarted_SB08()
    {
        var database = await TestPostgres.CreateDatabaseAsync();
        var settings = new Dictionary<string, string>
        {
            ["Database:Provider"] = "PostgreSql",
            ["Database:ConnectionString"] = database,
            ["Database:SeedDemoData"] = "false",
            ["Fhir:Validation:WarmUp"] = "false",
            ["Subscriptions:DetectorEnabled"] = "false",
            ["Subscriptions:AllowHttp"] = "true",
            ["Subscriptions:AllowPrivateEndpoints"] = "true",
            ["Subscriptions:Delivery:PollInterval"] = "00:00:00.100",
        };
        using var subscriber = new Subscriber { Delay = TimeSpan.FromMilliseconds(10) };
        await using var state = new ServiceCollection()
            .AddDbContext<FhirStateDbContext>(o => FhirStateDbContext.Configure(o, new DatabaseOptions { Provider = DatabaseProvider.PostgreSql, ConnectionString = database }))
            .BuildServiceProvider();
        try
        {
            var subscription = SubscriptionRows.CriteriaSubscription(subscriber.Endpoint, payload: null, s => s.Status = SubscriptionStatus.Active);
            long deliveredAtKill;
            await using (var first = await ChildServer.StartAsync(settings))
            {
                await SubscriptionRows.AddAsync(state, subscription);
                await SubscriptionRows.AddEventsAsync(state, subscription.Id, Events);
                await subscriber.UntilAsync(s => s.Requests.Count >= 100);
                await first.KillAsync();
                deliveredAtKill = Events - await SubscriptionRows.PendingAsync(database, subscription.Id);
            }

            var receivedAtKill = subscriber.Requests.Count;
            await using (var second = await ChildServer.StartAsync(settings))
            {
                await subscriber.UntilAsync(s => s.Requests.Count >= Events, TimeSpan.FromMinutes(2));
                await SubscriptionRows.UntilAsync(state, subscription.Id, _ => SubscriptionRows.PendingAsync(database, subscription.Id).Result == 0);
                await SubscriptionRows.AddEventsAsync(state, subscription.Id, 5);
                await subscriber.UntilAsync(s => s.Requests.Count >= Events + 5);
                await System.Threading.Tasks.Task.Delay(500);
            }

            output.WriteLine($"killed with {deliveredAtKill} of {Events} delivered ({receivedAtKill} received); after the restart {subscriber.Requests.Count} requests in all");
            var events = await SubscriptionRows.EventsAsync(state, subscription.Id);
            Assert.InRange(deliveredAtKill, 1, Events - 1);
            Assert.Equal(Enumerable.Range(1, Events + 5).Select(i => (long)i), events.Select(e => e.EventNumber));
            Assert.All(events, e => Assert.Equal(DeliveryState.Delivered, e.State));
            Assert.Equal(Events + 5, (await SubscriptionRows.FindAsync(state, subscription.Id))!.EventCount);
            Assert.InRange(subscriber.Requests.Count, Events + 5, Events + 5 + 1);
            Assert.All(subscriber.Requests, r => Assert.Equal(("POST", string.Empty), (r.Method, r.Body)));
        }
        finally
        {
            await TestPostgres.DropDatabaseAsync(database);
        }
    }
}
