using System.Globalization;

namespace OpenImis.Fhir.Core.Rest;

/// <summary>
/// A version id is the version's <c>ValidityFrom</c> in microseconds since the Unix epoch: openIMIS rows carry
/// no counter, and counting history rows would scan a table that has no index on <c>LegacyID</c>.
/// </summary>
public static class VersionIds
{
    private const long TicksPerMicrosecond = TimeSpan.TicksPerMillisecond / 1000;

    /// <summary>The version id of a row that became valid at <paramref name="validityFrom"/>.</summary>
    public static string From(DateTime validityFrom) =>
        ((validityFrom.ToUniversalTime() - DateTime.UnixEpoch).Ticks / TicksPerMicrosecond).ToString(CultureInfo.InvariantCulture);

    /// <summary>The <c>ValidityFrom</c> a version id stands for; false when the text is no version id.</summary>
    public static bool TryParse(string versionId, out DateTime validityFrom)
    {
        validityFrom = default;
        if (!long.TryParse(versionId, NumberStyles.None, CultureInfo.InvariantCulture, out var micros)
            || micros > (DateTime.MaxValue - DateTime.UnixEpoch).Ticks / TicksPerMicrosecond)
        {
            return false;
        }

        validityFrom = DateTime.UnixEpoch.AddTicks(micros * TicksPerMicrosecond);
        return true;
    }

    /// <summary>Truncates to the microsecond, the precision PostgreSQL keeps, so the version id survives a round trip.</summary>
    public static DateTime Truncate(DateTime value) =>
        new(value.Ticks - (value.Ticks % TicksPerMicrosecond), DateTimeKind.Utc);

    /// <summary>The weak ETag for a version id.</summary>
    public static string ETag(string versionId) => $"W/\"{versionId}\"";

    /// <summary>The version id inside an ETag or If-Match value (<c>W/"n"</c>, <c>"n"</c> or <c>n</c>).</summary>
    public static string FromETag(string etag)
    {
        var value = etag.Trim();
        if (value.StartsWith("W/", StringComparison.Ordinal))
        {
            value = value[2..];
        }

        return value.Trim('"');
    }
}
