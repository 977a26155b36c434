using Hl7.Fhir.Model;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using OpenImis.Fhir.Core.Data;
using OpenImis.Fhir.Core.Modularity;
using OpenImis.Fhir.Core.Terminology;
using OpenImis.Fhir.Tests.Modules.LocationCache;

namespace OpenImis.Fhir.Tests.Core.Terminology;

public sealed class DatabaseCodeSystemsTests
{
    private const string Url = "https://example.org/CodeSystem/group-type";

    private readonly FakeCodeSystem _table = new(Url, "family-type") { Rows = [new("H", "Household")] };
    private readonly ManualClock _clock = new();

    private static CodeSystem Guide() => new() { Id = "group-type", Url = Url, Concept = [new() { Code = "C", Display = "Council" }] };

    // The context is never opened: the fake table ignores it.
    private DatabaseCodeSystems Create(params IDatabaseCodeSystem[] sources)
    {
        var services = new ServiceCollection();
        services.AddScoped(_ => new ImisDbContext(new DbContextOptionsBuilder<ImisDbContext>()
            .UseOpenImis(new DatabaseOptions { ConnectionString = "Data Source=:memory:" }, new EnabledModules([])).Options));
        var options = new OptionsMonitorStub(new TerminologyOptions { RefreshSeconds = 60 });
        return new DatabaseCodeSystems(sources, services.BuildServiceProvider().GetRequiredService<IServiceScopeFactory>(),
            options, _clock, NullLogger<DatabaseCodeSystems>.Instance);
    }

    private static string Codes(CodeSystem codeSystem) => string.Join(',', codeSystem.Concept.Select(c => c.Code));

    [Fact]
    public async System.Threading.Tasks.Task OverlayAsync_ServesTheTablesCodes_WhenATableFeedsTheCodeSystem()
    {
        Assert.Equal("H", Codes(await Create(_table).OverlayAsync(Guide())));
    }

    [Fact]
    public async System.Threading.Tasks.Task OverlayAsync_ReturnsTheGuide_WhenNoTableFeedsIt()
    {
        var guide = Guide();
        Assert.Same(guide, await Create().OverlayAsync(guide));
    }

    [Fact]
    public async System.Threading.Tasks.Task OverlayAsync_ServesTheGuidesCodes_WhenTheTableCannotBeRead()
    {
        _table.Failure = new SqliteException("no such table: tblFamilyTypes", 1);
        Assert.Equal("C", Codes(await Create(_table).OverlayAsync(Guide())));
    }

    [Fact]
    public async System.Threading.Tasks.Task OverlayAsync_KeepsTheCodesRead_WhenTheRefreshIsNotDue()
    {
        var codeSystems = Create(_table);
        await codeSystems.OverlayAsync(Guide());
        _table.Rows = [new("S", "Students")];
        _clock.Advance(TimeSpan.FromSeconds(59));
        Assert.Equal("H", Codes(await codeSystems.OverlayAsync(Guide())));
    }

    [Fact]
    public async System.Threading.Tasks.Task OverlayAsync_ReadsTheTableAgain_WhenTheRefreshIsDue()
    {
        var codeSystems = Create(_table);
        await codeSystems.OverlayAsync(Guide());
        _table.Rows = [new("S", "Students")];
        _clock.Advance(TimeSpan.FromSeconds(60));
        Assert.Equal("S", Codes(await codeSystems.OverlayAsync(Guide())));
    }

    [Fact]
    public void AliasUrl_NamesTheCodeSystem_WhenTheAliasIsDeclared()
    {
        Assert.Equal(Url, Create(_table).AliasUrl("family-type"));
    }

    [Fact]
    public void Covers_IgnoresTheVersion_WhenTheCanonicalHasOne()
    {
        Assert.True(Create(_table).Covers(Url + "|1.1.0"));
    }

    [Fact]
    public void Constructor_Throws_WhenTwoTablesFeedOneCodeSystem()
    {
        Assert.Throws<InvalidOperationException>(() => Create(_table, new FakeCodeSystem(Url)));
    }

    private sealed class OptionsMonitorStub(TerminologyOptions value) : IOptionsMonitor<TerminologyOptions>
    {
        public TerminologyOptions CurrentValue => value;

        public TerminologyOptions Get(string? name) => value;

        public IDisposable? OnChange(Action<TerminologyOptions, string?> listener) => null;
    }
}
