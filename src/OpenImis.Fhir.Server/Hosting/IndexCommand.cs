using Microsoft.EntityFrameworkCore;
using OpenImis.Fhir.Core.Data;

namespace OpenImis.Fhir.Server.Hosting;

/// <summary>
/// The operator command for the indexes FHIR searches need on an openIMIS database, which the server never
/// alters by itself: <c>indexes list</c> prints the SQL, <c>indexes create</c> and <c>indexes drop</c> run it,
/// concurrently so that openIMIS keeps working meanwhile.
/// </summary>
internal static class IndexCommand
{
    public static async Task<bool> TryRunAsync(WebApplication app, string[] args)
    {
        if (args.Length < 2 || args[0] != "indexes")
        {
            return false;
        }

        await using var scope = app.Services.CreateAsyncScope();
        var indexes = scope.ServiceProvider.GetServices<SearchIndex>().ToList();
        var db = scope.ServiceProvider.GetRequiredService<ImisDbContext>();
        var statements = args[1] switch
        {
            "list" or "create" => indexes.Select(i => i.CreateSql(concurrently: true)).ToList(),
            "drop" => indexes.Select(i => i.DropSql(concurrently: true)).ToList(),
            _ => throw new ArgumentException($"Unknown indexes command '{args[1]}': use list, create or drop."),
        };
        foreach (var sql in statements)
        {
            Console.WriteLine(sql + ";");
            if (args[1] != "list")
            {
                if (!db.Database.IsNpgsql())
                {
                    throw new InvalidOperationException("The search indexes are for PostgreSQL databases.");
                }

                await db.Database.ExecuteSqlRawAsync(sql);
            }
        }

        return true;
    }
}
