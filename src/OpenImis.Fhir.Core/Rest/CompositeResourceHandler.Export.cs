using System.Runtime.CompilerServices;
using Hl7.Fhir.Model;
using OpenImis.Fhir.Core.Export;

namespace OpenImis.Fhir.Core.Rest;

/// <summary>Bulk export over every source: each range names the source it belongs to.</summary>
public sealed partial class CompositeResourceHandler
{
    /// <inheritdoc />
    public async Task<IReadOnlyList<ExportRange>> PartitionAsync(ExportWindow window, int rowsPerRange, CancellationToken cancellationToken)
    {
        var ranges = new List<ExportRange>();
        for (var source = 0; source < _sources.Count; source++)
        {
            if (_sources[source] is IBulkExportHandler bulk)
            {
                ranges.AddRange((await bulk.PartitionAsync(window, rowsPerRange, cancellationToken)).Select(r => r with { Source = source }));
            }
            else
            {
                ranges.Add(ExportRange.All(source));
            }
        }

        return ranges;
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<Resource> ExportAsync(ExportWindow window, ExportRange range, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var source = _sources[range.Source];
        var resources = source is IBulkExportHandler bulk
            ? bulk.ExportAsync(window, range with { Source = 0 }, cancellationToken)
            : SearchExport.ExportAsync(source, window, cancellationToken);
        await foreach (var resource in resources)
        {
            yield return resource;
        }
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<string>> DeletedAsync(ExportWindow window, CancellationToken cancellationToken)
    {
        var deleted = new List<string>();
        foreach (var source in _sources.OfType<IBulkExportHandler>())
        {
            deleted.AddRange(await source.DeletedAsync(window, cancellationToken));
        }

        return deleted;
    }
}
