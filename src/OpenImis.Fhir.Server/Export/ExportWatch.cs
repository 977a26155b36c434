using System.Globalization;
using Hangfire;
using Hangfire.Storage;

namespace OpenImis.Fhir.Server.Export;

/// <summary>
/// What the watchdog knows of one export, kept in Hangfire's storage (a hash per export) so that every process over
/// one storage shares it: the last progress seen, the completed chunks counted then, and how many times the export
/// was enqueued again without progress since. The state tables have no columns for it and this
/// change adds no migration; the hash expires a day after its last write.
/// </summary>
internal sealed class ExportWatch(JobStorage storage)
{
    private const string ProgressField = "progress";
    private const string DoneField = "done";
    private const string RestartsField = "restarts";

    private static readonly TimeSpan Keep = TimeSpan.FromDays(1);

    /// <summary>The watchdog's record of an export.</summary>
    /// <param name="Progress">When progress was last seen (a chunk completed, an attempt beat); null before the first look.</param>
    /// <param name="Done">The completed chunks counted at <paramref name="Progress"/>.</param>
    /// <param name="Restarts">Attempts cancelled as stalled and steps enqueued again since the last progress.</param>
    public sealed record State(DateTimeOffset? Progress, int Done, int Restarts);

    private static string Key(Guid exportId) => "openimis:export-watch:" + exportId.ToString("N");

    /// <summary>The record of <paramref name="exportId"/>.</summary>
    public State Read(Guid exportId)
    {
        using var connection = storage.GetConnection();
        var fields = connection.GetAllEntriesFromHash(Key(exportId)) ?? new Dictionary<string, string>();
        return new State(Time(fields, ProgressField), Number(fields, DoneField), Number(fields, RestartsField));
    }

    /// <summary>An attempt of the export in this process made progress at <paramref name="at"/>.</summary>
    public void MarkAlive(Guid exportId, DateTimeOffset at) => Write(exportId, [new(ProgressField, Format(at))]);

    /// <summary>The watchdog's new record of the export.</summary>
    public void Mark(Guid exportId, DateTimeOffset progress, int done, int restarts) => Write(exportId,
        [new(ProgressField, Format(progress)), new(DoneField, done.ToString(CultureInfo.InvariantCulture)), new(RestartsField, restarts.ToString(CultureInfo.InvariantCulture))]);

    private void Write(Guid exportId, KeyValuePair<string, string>[] fields)
    {
        using var connection = storage.GetConnection();
        using var transaction = connection.CreateWriteTransaction();
        transaction.SetRangeInHash(Key(exportId), fields);
        if (transaction is JobStorageTransaction expiring)
        {
            expiring.ExpireHash(Key(exportId), Keep);
        }

        transaction.Commit();
    }

    private static string Format(DateTimeOffset at) => at.UtcTicks.ToString(CultureInfo.InvariantCulture);

    private static DateTimeOffset? Time(Dictionary<string, string> fields, string name) =>
        fields.TryGetValue(name, out var value) && long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
            ? new DateTimeOffset(ticks, TimeSpan.Zero)
            : null;

    private static int Number(Dictionary<string, string> fields, string name) =>
        fields.TryGetValue(name, out var value) && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : 0;
}
