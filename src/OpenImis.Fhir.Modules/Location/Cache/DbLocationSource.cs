using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenImis.Fhir.Core.Data;

namespace OpenImis.Fhir.Modules.Location.Cache;

/// <summary>
/// <c>tblLocations</c> in one untracked query, live and history rows alike. The cache is a singleton and the
/// context is scoped, hence a scope of its own per load.
/// </summary>
internal sealed class DbLocationSource(IServiceScopeFactory scopes) : ILocationSource
{
    public IReadOnlyList<Data.Location> Load()
    {
        using var scope = scopes.CreateScope();
        return Query(scope).ToList();
    }

    public async Task<IReadOnlyList<Data.Location>> LoadAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await Query(scope).ToListAsync(cancellationToken);
    }

    private static IQueryable<Data.Location> Query(IServiceScope scope) =>
        scope.ServiceProvider.GetRequiredService<ImisDbContext>().Set<Data.Location>().AsNoTracking();
}
