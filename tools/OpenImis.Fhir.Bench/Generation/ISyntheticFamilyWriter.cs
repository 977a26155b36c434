using OpenImis.Fhir.Modules.Insuree.Demo;

namespace OpenImis.Fhir.Bench.Generation;

/// <summary>Bulk-writes generated families in one transaction, the fastest way the provider allows.</summary>
internal interface ISyntheticFamilyWriter : IAsyncDisposable
{
    Task BeginAsync(CancellationToken cancellationToken);

    /// <summary>Assigns ids, links heads and families, and writes the batch.</summary>
    Task WriteAsync(IReadOnlyList<SyntheticFamily> batch, CancellationToken cancellationToken);

    Task CommitAsync(CancellationToken cancellationToken);
}
