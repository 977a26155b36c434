using Hl7.Fhir.Model;

namespace OpenImis.Fhir.Core.Rest;

/// <summary>
/// Bulk export of a type: its live resources cut into key ranges that jobs read one by one, through the same mapping
/// as reads. A handler without it is exported by paging its search (<see cref="Export.SearchExport"/>).
/// </summary>
public interface IBulkExportHandler : IResourceHandler
{
    /// <summary>Key ranges of at most about <paramref name="rowsPerRange"/> live resources changed within <paramref name="window"/>.</summary>
    Task<IReadOnlyList<Export.ExportRange>> PartitionAsync(Export.ExportWindow window, int rowsPerRange, CancellationToken cancellationToken);

    /// <summary>
    /// The live resources of <paramref name="range"/> changed within <paramref name="window"/>, in key order; a row
    /// that cannot be mapped comes as an OperationOutcome saying which (the export's <c>error</c> file).
    /// </summary>
    IAsyncEnumerable<Resource> ExportAsync(Export.ExportWindow window, Export.ExportRange range, CancellationToken cancellationToken);

    /// <summary>The ids of the resources deleted within <paramref name="window"/>.</summary>
    Task<IReadOnlyList<string>> DeletedAsync(Export.ExportWindow window, CancellationToken cancellationToken);
}
