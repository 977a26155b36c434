using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using OpenImis.Fhir.Core.Export;
using OpenImis.Fhir.Core.Search;
using Resource = Hl7.Fhir.Model.Resource;

namespace OpenImis.Fhir.Core.Rest;

/// <summary>Bulk export: key ranges of live rows and the rows of one range, mapped as reads map them.</summary>
public abstract partial class VersionedResourceHandler<TEntity, TResource>
{
    // Loaded in batches so that a range of any size holds only one batch of entities in memory.
    private const int ExportBatch = 500;

    /// <inheritdoc />
    public async Task<IReadOnlyList<ExportRange>> PartitionAsync(ExportWindow window, int rowsPerRange, CancellationToken cancellationToken)
    {
        var stats = await InWindow(window)
            .GroupBy(_ => 1)
            .Select(g => new { Count = g.Count(), Min = g.Min(e => e.Id), Max = g.Max(e => e.Id) })
            .FirstOrDefaultAsync(cancellationToken);
        if (stats is null)
        {
            return [];
        }

        // Equal key widths: keys are dense enough (history rows share the sequence) for ranges of about the asked size.
        var ranges = Math.Max(1, (stats.Count + rowsPerRange - 1) / rowsPerRange);
        var width = ((long)stats.Max - stats.Min + ranges) / ranges;
        return Enumerable.Range(0, ranges)
            .Select(i => new ExportRange(0, stats.Min + (i * width), i == ranges - 1 ? stats.Max : stats.Min + ((i + 1) * width) - 1))
            .ToList();
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<Resource> ExportAsync(ExportWindow window, ExportRange range, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var from = range.From < int.MinValue ? int.MinValue : (int)range.From;
        var to = range.To > int.MaxValue ? int.MaxValue : (int)range.To;
        while (from <= to)
        {
            var start = from;
            var ids = await InWindow(window).Where(e => e.Id >= start && e.Id <= to).OrderBy(e => e.Id)
                .Select(e => e.Id).Take(ExportBatch).ToListAsync(cancellationToken);
            if (ids.Count == 0)
            {
                yield break;
            }

            var loaded = await Shape(Rows.AsNoTracking()).Where(e => ids.Contains(e.Id)).ToDictionaryAsync(e => e.Id, cancellationToken);
            foreach (var id in ids.Where(loaded.ContainsKey))
            {
                yield return EmitOrOutcome(loaded[id]);
            }

            if (ids.Count < ExportBatch || ids[^1] == int.MaxValue)
            {
                yield break;
            }

            from = ids[^1] + 1;
        }
    }

    /// <summary>
    /// Bulk Data 2.0.0 partial success: a row the mapper cannot map is reported as an OperationOutcome line (the
    /// export writes it to its <c>error</c> file) instead of ending the export; the rows around it are still exported.
    /// Mapping is in memory only, so what fails here is the row, never the database.
    /// </summary>
    private Resource EmitOrOutcome(TEntity row)
    {
        var id = ResourceId(row);
        try
        {
            return Emit(row, id);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return new Hl7.Fhir.Model.OperationOutcome
            {
                Issue =
                [
                    new Hl7.Fhir.Model.OperationOutcome.IssueComponent
                    {
                        Severity = Hl7.Fhir.Model.OperationOutcome.IssueSeverity.Error,
                        Code = Hl7.Fhir.Model.OperationOutcome.IssueType.Exception,
                        Diagnostics = $"{ModelInfoType}/{id} (row {row.Id}) could not be mapped and was not exported: {ex.GetType().Name}: {ex.Message}",
                        Expression = [ModelInfoType],
                    },
                ],
            };
        }
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<string>> DeletedAsync(ExportWindow window, CancellationToken cancellationToken)
    {
        var since = window.Since;
        var until = window.Until;
        var deleted = Rows.AsNoTracking()
            .Where(e => e.LegacyId == null && e.ValidityTo != null && e.ValidityTo <= until && (since == null || e.ValidityTo > since));
        var uuids = await Matching(deleted, window.Filters)
            .Select(e => e.Uuid)
            .ToListAsync(cancellationToken);
        return uuids.Select(u => u.ToLowerInvariant()).ToList();
    }

    private IQueryable<TEntity> InWindow(ExportWindow window)
    {
        var since = window.Since;
        var until = window.Until;
        var rows = Rows.AsNoTracking().Where(e => e.ValidityTo == null && e.ValidityFrom <= until);
        return Matching(since is null ? rows : rows.Where(e => e.ValidityFrom > since), window.Filters);
    }

    // _typeFilter: the criteria of one query are ANDed by the search's own predicates; several queries are ORed, as
    // one IN over the union of their keys, so that the database still reads the range by key.
    private IQueryable<TEntity> Matching(IQueryable<TEntity> rows, IReadOnlyList<IReadOnlyList<SearchCriterion>> filters)
    {
        if (filters.Count == 0)
        {
            return rows;
        }

        if (filters.Count == 1)
        {
            return Filter(rows, filters[0]);
        }

        var keys = filters.Skip(1).Aggregate(Filter(Rows, filters[0]).Select(e => e.Id), (union, f) => union.Union(Filter(Rows, f).Select(e => e.Id)));
        return rows.Where(e => keys.Contains(e.Id));
    }
}
