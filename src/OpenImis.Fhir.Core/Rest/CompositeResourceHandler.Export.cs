using System.Runtime.CompilerServices;
using Hl7.Fhir.Model;
using OpenImis.Fhir.Core.Export;
using OpenImis.Fhir.Core.Search;

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
            if (Rebind(window, _sources[source]) is not { } own)
            {
                continue;
            }

            if (_sources[source] is IBulkExportHandler bulk)
            {
                ranges.AddRange((await bulk.PartitionAsync(own, rowsPerRange, cancellationToken)).Select(r => r with { Source = source }));
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
        if (Rebind(window, source) is not { } own)
        {
            yield break;
        }

        var resources = source is IBulkExportHandler bulk
            ? bulk.ExportAsync(own, range with { Source = 0 }, cancellationToken)
            : SearchExport.ExportAsync(source, own, cancellationToken);
        await foreach (var resource in resources)
        {
            yield return resource;
        }
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<string>> DeletedAsync(ExportWindow window, CancellationToken cancellationToken)
    {
        var deleted = new List<string>();
        foreach (var source in _sources)
        {
            if (source is IBulkExportHandler bulk && Rebind(window, source) is { } own)
            {
                deleted.AddRange(await bulk.DeletedAsync(own, cancellationToken));
            }
        }

        return deleted;
    }

    // The _typeFilter queries bound to the source's own parameters, as a search rebinds them; a query using a
    // parameter the source lacks cannot match there. Null when no query can: the source has nothing to export.
    private static ExportWindow? Rebind(ExportWindow window, IResourceSource source)
    {
        if (window.Filters.Count == 0)
        {
            return window;
        }

        var own = window.Filters
            .Select(filter => filter.Select(c => Own(source, c.Parameter) is { } p ? c with { Parameter = p } : null).ToList())
            .Where(filter => filter.TrueForAll(c => c is not null))
            .Select(filter => (IReadOnlyList<SearchCriterion>)filter.ConvertAll(c => c!))
            .ToList();
        return own.Count == 0 ? null : window with { Filters = own };
    }
}
