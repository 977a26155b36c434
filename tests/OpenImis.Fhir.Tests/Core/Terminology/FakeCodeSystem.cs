using OpenImis.Fhir.Core.Data;
using OpenImis.Fhir.Core.Terminology;

namespace OpenImis.Fhir.Tests.Core.Terminology;

/// <summary>A lookup table held in memory: the test changes its rows, or makes reading it fail.</summary>
internal sealed class FakeCodeSystem(string url, string? aliasId = null) : IDatabaseCodeSystem
{
    public IReadOnlyList<DatabaseConcept> Rows { get; set; } = [];

    public Exception? Failure { get; set; }

    public int Reads { get; private set; }

    public string Url => url;

    public string Table => "tblFake";

    public string? AliasId => aliasId;

    public Task<IReadOnlyList<DatabaseConcept>> ReadAsync(ImisDbContext db, CancellationToken cancellationToken)
    {
        Reads++;
        return Failure is null ? Task.FromResult(Rows) : Task.FromException<IReadOnlyList<DatabaseConcept>>(Failure);
    }
}
