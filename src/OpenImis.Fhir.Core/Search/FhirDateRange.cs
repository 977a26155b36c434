using System.Globalization;
using System.Text.RegularExpressions;

namespace OpenImis.Fhir.Core.Search;

/// <summary>
/// Turns a FHIR date or dateTime into the UTC range [start, end) its precision implies:
/// <c>2024</c> is the whole year, <c>2024-05-17T10:00</c> one minute.
/// </summary>
public static partial class FhirDateRange
{
    /// <summary>Parses the text; false when it is not a valid FHIR date/dateTime/instant.</summary>
    public static bool TryParse(string text, out DateTime start, out DateTime end)
    {
        start = end = default;
        var m = DatePattern().Match(text);
        if (!m.Success)
        {
            return false;
        }

        try
        {
            var year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
            if (!m.Groups["mo"].Success)
            {
                start = new DateTime(year, 1, 1, 0, 0, 0, DateTimeKind.Utc);
                end = start.AddYears(1);
                return true;
            }

            var month = int.Parse(m.Groups["mo"].Value, CultureInfo.InvariantCulture);
            if (!m.Groups["d"].Success)
            {
                start = new DateTime(year, month, 1, 0, 0, 0, DateTimeKind.Utc);
                end = start.AddMonths(1);
                return true;
            }

            var day = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
            if (!m.Groups["h"].Success)
            {
                start = new DateTime(year, month, day, 0, 0, 0, DateTimeKind.Utc);
                end = start.AddDays(1);
                return true;
            }

            return TryParseTime(m, year, month, day, out start, out end);
        }
        catch (ArgumentOutOfRangeException)
        {
            return false;
        }
    }

    private static bool TryParseTime(Match m, int year, int month, int day, out DateTime start, out DateTime end)
    {
        var hour = int.Parse(m.Groups["h"].Value, CultureInfo.InvariantCulture);
        var minute = int.Parse(m.Groups["mi"].Value, CultureInfo.InvariantCulture);
        var local = new DateTime(year, month, day, hour, minute, 0, DateTimeKind.Unspecified);
        TimeSpan precision;
        if (!m.Groups["s"].Success)
        {
            precision = TimeSpan.FromMinutes(1);
        }
        else
        {
            local = local.AddSeconds(int.Parse(m.Groups["s"].Value, CultureInfo.InvariantCulture));
            var fraction = m.Groups["f"].Value;
            if (fraction.Length > 0)
            {
                local = local.AddTicks((long)(double.Parse("0." + fraction, CultureInfo.InvariantCulture) * TimeSpan.TicksPerSecond));
                precision = TimeSpan.FromTicks((long)Math.Pow(10, 7 - Math.Min(fraction.Length, 7)));
            }
            else
            {
                precision = TimeSpan.FromSeconds(1);
            }
        }

        var offset = ParseOffset(m.Groups["tz"].Value);
        start = DateTime.SpecifyKind(local - offset, DateTimeKind.Utc);
        end = start + precision;
        return true;
    }

    // No zone means UTC here: the server's zone would make the same query mean different things per deployment.
    private static TimeSpan ParseOffset(string zone)
    {
        if (zone.Length == 0 || zone == "Z")
        {
            return TimeSpan.Zero;
        }

        var sign = zone[0] == '-' ? -1 : 1;
        var parts = zone[1..].Split(':');
        return sign * new TimeSpan(int.Parse(parts[0], CultureInfo.InvariantCulture), int.Parse(parts[1], CultureInfo.InvariantCulture), 0);
    }

    [GeneratedRegex(@"^(?<y>\d{4})(?:-(?<mo>0[1-9]|1[0-2])(?:-(?<d>0[1-9]|[12]\d|3[01])(?:T(?<h>[01]\d|2[0-3]):(?<mi>[0-5]\d)(?::(?<s>[0-5]\d|60)(?:\.(?<f>\d{1,9}))?)?(?<tz>Z|[+\-](?:0\d|1[0-4]):[0-5]\d)?)?)?)?$")]
    private static partial Regex DatePattern();
}
