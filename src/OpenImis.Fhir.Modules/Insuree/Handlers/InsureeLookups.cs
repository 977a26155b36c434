using Microsoft.EntityFrameworkCore;
using OpenImis.Fhir.Core.Data;
using OpenImis.Fhir.Core.Errors;
using OpenImis.Fhir.Modules.Insuree.Data;

namespace OpenImis.Fhir.Modules.Insuree.Handlers;

/// <summary>
/// The live rows a Patient or Group write refers to, loaded tracked so that the write can link them. UUIDs are
/// matched in both spellings through the unique indexes.
/// </summary>
internal sealed class InsureeLookups(ImisDbContext db)
{
    public Task<Family> LiveFamilyAsync(string uuid, string element, CancellationToken cancellationToken) =>
        db.RequireLiveRowAsync<Family>(uuid, $"family Group/{uuid}", element, cancellationToken);

    /// <summary>The live insurees with these UUIDs, in the order asked, with their family; a missing one is a 422.</summary>
    public async Task<List<Data.Insuree>> LiveInsureesAsync(IReadOnlyList<string> uuids, string element, CancellationToken cancellationToken)
    {
        var spellings = uuids.SelectMany(u => new[] { u.ToLowerInvariant(), u.ToUpperInvariant() }).Distinct().ToList();
        var found = await db.Set<Data.Insuree>()
            .Where(i => spellings.Contains(i.Uuid) && i.ValidityTo == null)
            .Include(i => i.Family)
            .ToListAsync(cancellationToken);
        return uuids.Select((uuid, index) =>
                found.FirstOrDefault(i => string.Equals(i.Uuid, uuid, StringComparison.OrdinalIgnoreCase))
                ?? throw FhirException.Unprocessable($"{element}[{index}]: Patient/{uuid} does not exist.", $"{element}[{index}]"))
            .ToList();
    }

    /// <summary>Whether another live insuree has that CHFID: openIMIS numbers are unique among live insurees.</summary>
    public Task<bool> ChfIdTakenAsync(string chfId, int exceptInsureeId, CancellationToken cancellationToken) =>
        db.Set<Data.Insuree>().AnyAsync(i => i.ChfId == chfId && i.ValidityTo == null && i.Id != exceptInsureeId, cancellationToken);

    private static (string Lower, string Upper) Spellings(string uuid) => (uuid.ToLowerInvariant(), uuid.ToUpperInvariant());
}
