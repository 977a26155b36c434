using System.Collections.Concurrent;
using System.Data.Common;
using Hl7.Fhir.Model;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpenImis.Fhir.Core.Data;

namespace OpenImis.Fhir.Core.Terminology;

/// <summary>
/// The guide's code systems whose concepts openIMIS keeps in a table: each is served with the table's current rows,
/// read again after <see cref="TerminologyOptions.RefreshSeconds"/>. A table that is empty, absent or unreadable
/// leaves the guide's list in place, so the server answers on a database that lacks a lookup table.
/// </summary>
public sealed class DatabaseCodeSystems
{
    private readonly Dictionary<string, IDatabaseCodeSystem> _byUrl = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IDatabaseCodeSystem> _byAlias = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Snapshot> _snapshots = new(StringComparer.Ordinal);
    private readonly IServiceScopeFactory _scopes;
    private readonly IOptionsMonitor<TerminologyOptions> _options;
    private readonly TimeProvider _clock;
    private readonly ILogger<DatabaseCodeSystems> _logger;

    /// <summary>Indexes the sources; two sources for one URL or alias fail the start-up.</summary>
    public DatabaseCodeSystems(
        IEnumerable<IDatabaseCodeSystem> sources, IServiceScopeFactory scopes, IOptionsMonitor<TerminologyOptions> options,
        TimeProvider clock, ILogger<DatabaseCodeSystems> logger)
    {
        foreach (var source in sources)
        {
            if (!_byUrl.TryAdd(source.Url, source))
            {
                throw new InvalidOperationException($"CodeSystem {source.Url} is fed by both {_byUrl[source.Url].Table} and {source.Table}.");
            }

            if (source.AliasId is { } alias && !_byAlias.TryAdd(alias, source))
            {
                throw new InvalidOperationException($"CodeSystem alias '{alias}' is claimed by both {_byAlias[alias].Table} and {source.Table}.");
            }
        }

        (_scopes, _options, _clock, _logger) = (scopes, options, clock, logger);
    }

    /// <summary>Whether a table feeds the code system of that canonical URL (a <c>|version</c> suffix is ignored).</summary>
    public bool Covers(string? canonical) => canonical is not null && _byUrl.ContainsKey(Url(canonical));

    /// <summary>The canonical URL of the code system read under <paramref name="aliasId"/>, or null.</summary>
    public string? AliasUrl(string aliasId) => _byAlias.GetValueOrDefault(aliasId)?.Url;

    /// <summary>
    /// <paramref name="guide"/> with the table's current rows as concepts; the guide's own instance when no table
    /// feeds it or the table has no rows. Treat the result as read-only: it is shared until the next refresh.
    /// </summary>
    public async Task<CodeSystem> OverlayAsync(CodeSystem guide, CancellationToken cancellationToken = default)
    {
        if (guide.Url is null || !_byUrl.TryGetValue(guide.Url, out var source))
        {
            return guide;
        }

        var now = _clock.GetUtcNow();
        if (_snapshots.TryGetValue(guide.Url, out var current) && now < current.Expires)
        {
            return current.CodeSystem;
        }

        var rows = await ReadAsync(source, cancellationToken);
        // Racing refreshes read the same table; the last one stored wins, which is as fresh as any.
        var snapshot = new Snapshot(CodeSystemOverlay.Apply(guide, rows, source.Table), now.AddSeconds(_options.CurrentValue.RefreshSeconds));
        _snapshots[guide.Url] = snapshot;
        return snapshot.CodeSystem;
    }

    private async Task<IReadOnlyList<DatabaseConcept>> ReadAsync(IDatabaseCodeSystem source, CancellationToken cancellationToken)
    {
        await using var scope = _scopes.CreateAsyncScope();
        try
        {
            return await source.ReadAsync(scope.ServiceProvider.GetRequiredService<ImisDbContext>(), cancellationToken);
        }
        catch (Exception ex) when (ex is DbException or InvalidOperationException)
        {
            // openIMIS databases differ in what they carry; a missing table is not a reason to stop serving the guide.
            _logger.LogWarning(ex, "The openIMIS table {Table} could not be read for CodeSystem {Url}; the guide's codes are served.", source.Table, source.Url);
            return [];
        }
    }

    private static string Url(string canonical) => canonical.Split('|')[0];

    private sealed record Snapshot(CodeSystem CodeSystem, DateTimeOffset Expires);
}
