using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace OpenImis.Fhir.Core.Data;

/// <summary>EF caches one model per context type; the model here depends on the enabled modules too.</summary>
internal sealed class ImisModelCacheKeyFactory : IModelCacheKeyFactory
{
    public object Create(DbContext context, bool designTime) =>
        context is ImisDbContext imis
            ? (context.GetType(), imis.Modules.Key, context.Database.ProviderName, designTime)
            : (object)(context.GetType(), designTime);
}
