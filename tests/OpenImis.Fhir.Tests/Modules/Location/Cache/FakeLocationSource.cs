using OpenImis.Fhir.Modules.Location.Cache;
using LocationRow = OpenImis.Fhir.Modules.Location.Data.Location;

namespace OpenImis.Fhir.Tests.Modules.LocationCache;

/// <summary>tblLocations as a list the test changes; counts the loads and can fail the background ones.</summary>
internal sealed class FakeLocationSource(params LocationRow[] rows) : ILocationSource
{
    public List<LocationRow> Rows { get; } = [.. rows];

    public int Loads { get; private set; }

    public bool FailAsync { get; set; }

    /// <summary>Runs as a background load starts, before it reads the rows (a write that commits meanwhile).</summary>
    public Action? BeforeAsyncLoad { get; set; }

    public IReadOnlyList<LocationRow> Load()
    {
        Loads++;
        return Copy();
    }

    public Task<IReadOnlyList<LocationRow>> LoadAsync(CancellationToken cancellationToken)
    {
        Loads++;
        BeforeAsyncLoad?.Invoke();
        return FailAsync
            ? Task.FromException<IReadOnlyList<LocationRow>>(new InvalidOperationException("database down"))
            : Task.FromResult<IReadOnlyList<LocationRow>>(Copy());
    }

    // Copies, as a query would: a test that renames a row must not change a snapshot already built.
    private List<LocationRow> Copy() =>
        Rows.Select(r => new LocationRow
        {
            Id = r.Id, Uuid = r.Uuid, Code = r.Code, Name = r.Name, Type = r.Type, ParentId = r.ParentId, ValidityTo = r.ValidityTo, LegacyId = r.LegacyId,
        }).ToList();
}
