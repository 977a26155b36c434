using System.Globalization;
using System.Text;

namespace OpenImis.Fhir.Core.Rest.Patch;

/// <summary>A JSON Pointer (RFC 6901): the reference tokens of a path such as <c>/name/0/given/-</c>, unescaped.</summary>
internal sealed class JsonPointer
{
    /// <summary>The token that names the position after the last item of an array (RFC 6902, add).</summary>
    public const string End = "-";

    private JsonPointer(string text, IReadOnlyList<string> tokens)
    {
        Text = text;
        Tokens = tokens;
    }

    public string Text { get; }

    public IReadOnlyList<string> Tokens { get; }

    public bool IsRoot => Tokens.Count == 0;

    /// <summary>The pointer to the container of what this pointer names; the root has none.</summary>
    public JsonPointer Parent => new(string.Concat(Tokens.SkipLast(1).Select(t => "/" + Escape(t))), [.. Tokens.SkipLast(1)]);

    public string Last => Tokens[^1];

    /// <summary>The pointer, or null when the text is no JSON Pointer (no leading '/', or '~' not followed by 0 or 1).</summary>
    public static JsonPointer? Parse(string text)
    {
        if (text.Length == 0)
        {
            return new JsonPointer(text, []);
        }

        if (text[0] != '/')
        {
            return null;
        }

        var tokens = new List<string>();
        foreach (var raw in text[1..].Split('/'))
        {
            if (Unescape(raw) is not { } token)
            {
                return null;
            }

            tokens.Add(token);
        }

        return new JsonPointer(text, tokens);
    }

    /// <summary>An array index (RFC 6901: 0 or a number without leading zeros) below <paramref name="limit"/>, or null.</summary>
    public static int? ArrayIndex(string token, int limit)
    {
        var wellFormed = token.Length > 0 && token.All(char.IsAsciiDigit) && (token.Length == 1 || token[0] != '0');
        return wellFormed && int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < limit
            ? index
            : null;
    }

    /// <summary>Whether this pointer names a proper ancestor of <paramref name="other"/>.</summary>
    public bool IsProperPrefixOf(JsonPointer other) =>
        Tokens.Count < other.Tokens.Count && Tokens.Select((t, i) => t == other.Tokens[i]).All(same => same);

    /// <summary>The FHIRPath-like location for an OperationOutcome, e.g. <c>Patient.name[0].family</c>.</summary>
    public string ToFhirPath(string resourceType)
    {
        var path = new StringBuilder(resourceType);
        foreach (var token in Tokens)
        {
            path.Append((token.Length > 0 && token.All(char.IsAsciiDigit)) || token == End ? $"[{token}]" : $".{token}");
        }

        return path.ToString();
    }

    public override string ToString() => Text;

    private static string Escape(string token) => token.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);

    // '~1' must become '/' before '~0' becomes '~', or '~01' would wrongly read as '/' (RFC 6901, section 4).
    private static string? Unescape(string raw)
    {
        for (var i = raw.IndexOf('~', StringComparison.Ordinal); i >= 0; i = raw.IndexOf('~', i + 1))
        {
            if (i == raw.Length - 1 || raw[i + 1] is not ('0' or '1'))
            {
                return null;
            }
        }

        return raw.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
    }
}
