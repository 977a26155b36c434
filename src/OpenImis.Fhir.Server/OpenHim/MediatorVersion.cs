using System.Reflection;
using System.Text.RegularExpressions;

namespace OpenImis.Fhir.Server.OpenHim;

/// <summary>
/// The mediator version the core compares with <c>semver.gt</c>: a new release re-publishes the
/// endpoints, channels and config definitions, so it must come from the build, not a hand-edited file.
/// </summary>
internal static partial class MediatorVersion
{
    public static string Current { get; } = FromAssembly(typeof(MediatorVersion).Assembly);

    public static string FromAssembly(Assembly assembly)
    {
        var informational = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        return Parse(informational) ?? Parse(assembly.GetName().Version?.ToString(3)) ?? "0.0.0";
    }

    /// <summary>Normalises a version to semver x.y.z[-pre], or null when it cannot be read as one.</summary>
    /// <remarks>Build metadata (the SDK appends "+commit") is dropped: it carries no precedence for the core.</remarks>
    public static string? Parse(string? version)
    {
        if (string.IsNullOrWhiteSpace(version))
        {
            return null;
        }

        var match = SemVer().Match(version.Trim());
        if (match.Success)
        {
            return match.Groups["pre"].Success ? $"{match.Groups["core"].Value}-{match.Groups["pre"].Value}" : match.Groups["core"].Value;
        }

        // "1.2" or "1.2.3.4" (assembly versions) are not semver; keep their first three numbers.
        var numbers = version.Split('+', '-')[0].Split('.');
        if (numbers.Length is < 2 or > 4 || !numbers.All(n => n.Length > 0 && n.All(char.IsAsciiDigit)))
        {
            return null;
        }

        var parts = numbers.Select(n => int.Parse(n, System.Globalization.CultureInfo.InvariantCulture)).Concat([0]).Take(3);
        return string.Join('.', parts);
    }

    [GeneratedRegex(@"^(?<core>(?:0|[1-9]\d*)\.(?:0|[1-9]\d*)\.(?:0|[1-9]\d*))(?:-(?<pre>(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+[0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*)?$")]
    private static partial Regex SemVer();
}
