using System.Globalization;
using System.Text.RegularExpressions;
using Hl7.Fhir.Model;
using OpenImis.Fhir.Core.Errors;

namespace OpenImis.Fhir.Core.Search;

/// <summary>Parses the raw text of one search value according to its parameter type and modifier.</summary>
public static partial class SearchValueParser
{
    private static readonly Dictionary<string, SearchPrefix> Prefixes = new(StringComparer.Ordinal)
    {
        ["eq"] = SearchPrefix.Eq, ["ne"] = SearchPrefix.Ne, ["gt"] = SearchPrefix.Gt, ["lt"] = SearchPrefix.Lt,
        ["ge"] = SearchPrefix.Ge, ["le"] = SearchPrefix.Le, ["sa"] = SearchPrefix.Sa, ["eb"] = SearchPrefix.Eb,
        ["ap"] = SearchPrefix.Ap,
    };

    /// <summary>Parses <paramref name="raw"/>; throws a 400 <see cref="FhirException"/> naming the parameter when it is invalid.</summary>
    public static SearchValue Parse(string parameter, SearchParamType type, string? modifier, string raw) => type switch
    {
        SearchParamType.String => ParseString(parameter, modifier, raw),
        SearchParamType.Token => ParseToken(parameter, modifier, raw),
        SearchParamType.Date => ParseDate(parameter, raw),
        SearchParamType.Reference => ParseReference(parameter, raw),
        SearchParamType.Number => ParseNumber(parameter, raw),
        SearchParamType.Uri => ParseUri(parameter, modifier, raw),
        _ => throw FhirException.BadRequest($"Search parameter '{parameter}' of type {type} is not supported."),
    };

    /// <summary>The value of <c>:missing</c>: <c>true</c> or <c>false</c>.</summary>
    public static MissingValue ParseMissing(string parameter, string raw) => raw switch
    {
        "true" => new MissingValue(true),
        "false" => new MissingValue(false),
        _ => throw FhirException.BadRequest($"'{parameter}' must be true or false, not '{raw}'."),
    };

    /// <summary>Splits a parameter value on unescaped commas and unescapes <c>\,</c>, <c>\|</c>, <c>\$</c> and <c>\\</c>.</summary>
    public static IReadOnlyList<string> SplitAlternatives(string raw)
    {
        var parts = new List<string>();
        var current = new System.Text.StringBuilder();
        for (var i = 0; i < raw.Length; i++)
        {
            if (raw[i] == '\\' && i + 1 < raw.Length)
            {
                current.Append(raw[i]).Append(raw[i + 1]);
                i++;
            }
            else if (raw[i] == ',')
            {
                parts.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(raw[i]);
            }
        }

        parts.Add(current.ToString());
        return parts;
    }

    private static StringValue ParseString(string parameter, string? modifier, string raw)
    {
        var match = modifier switch
        {
            null => StringMatch.StartsWith,
            "exact" => StringMatch.Exact,
            "contains" => StringMatch.Contains,
            _ => throw FhirException.BadRequest($"Modifier ':{modifier}' is not supported on string parameter '{parameter}'."),
        };
        var value = Unescape(raw);
        return value.Length == 0
            ? throw FhirException.BadRequest($"Search parameter '{parameter}' has an empty value.")
            : new StringValue(value, match);
    }

    private static TokenValue ParseToken(string parameter, string? modifier, string raw)
    {
        if (modifier == "of-type")
        {
            return ParseOfType(parameter, raw);
        }

        if (modifier is not null and not "not")
        {
            throw FhirException.BadRequest($"Modifier ':{modifier}' is not supported on token parameter '{parameter}'.");
        }

        if (raw.Length == 0)
        {
            throw FhirException.BadRequest($"Search parameter '{parameter}' has an empty token.");
        }

        var bar = IndexOfUnescaped(raw, '|');
        if (bar < 0)
        {
            return new TokenValue(null, Unescape(raw), modifier == "not");
        }

        var system = Unescape(raw[..bar]);
        var code = Unescape(raw[(bar + 1)..]);
        if (system.Length == 0 && code.Length == 0)
        {
            throw FhirException.BadRequest($"Token '{raw}' of parameter '{parameter}' has neither system nor code.");
        }

        return new TokenValue(system, code.Length == 0 ? null : code, modifier == "not");
    }

    // type-system|type-code|value, all three required (FHIR R4 search, token :of-type).
    private static TokenValue ParseOfType(string parameter, string raw)
    {
        var first = IndexOfUnescaped(raw, '|');
        var second = first < 0 ? -1 : IndexOfUnescaped(raw[(first + 1)..], '|');
        if (first <= 0 || second <= 0 || first + 1 + second == raw.Length - 1)
        {
            throw FhirException.BadRequest(
                $"'{raw}' is not valid for '{parameter}:of-type'; expected <type system>|<type code>|<value>.");
        }

        var rest = raw[(first + 1)..];
        return new TokenValue(null, Unescape(rest[(second + 1)..]))
        {
            TypeSystem = Unescape(raw[..first]),
            TypeCode = Unescape(rest[..second]),
        };
    }

    private static DateValue ParseDate(string parameter, string raw)
    {
        var (prefix, text) = SplitPrefix(raw);
        return FhirDateRange.TryParse(text, out var start, out var end)
            ? new DateValue(prefix, start, end)
            : throw FhirException.BadRequest(
                $"'{raw}' is not a valid date for search parameter '{parameter}'. Use a FHIR date or dateTime such as 2024, 2024-05, 2024-05-17 or 2024-05-17T10:00:00Z, optionally prefixed by eq, ne, gt, lt, ge, le, sa, eb or ap.");
    }

    private static NumberValue ParseNumber(string parameter, string raw)
    {
        var (prefix, text) = SplitPrefix(raw);
        return decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? new NumberValue(prefix, value)
            : throw FhirException.BadRequest($"'{raw}' is not a valid number for search parameter '{parameter}'.");
    }

    private static UriValue ParseUri(string parameter, string? modifier, string raw)
    {
        if (modifier is not null and not "below")
        {
            throw FhirException.BadRequest($"Modifier ':{modifier}' is not supported on uri parameter '{parameter}'.");
        }

        var value = Unescape(raw);
        return value.Length == 0
            ? throw FhirException.BadRequest($"Search parameter '{parameter}' has an empty value.")
            : new UriValue(value, modifier == "below");
    }

    private static ReferenceValue ParseReference(string parameter, string raw)
    {
        var text = Unescape(raw).TrimEnd('/');
        var match = ReferencePattern().Match(text);
        if (match.Success)
        {
            return new ReferenceValue(match.Groups["type"].Value, match.Groups["id"].Value);
        }

        return IdPattern().IsMatch(text)
            ? new ReferenceValue(null, text)
            : throw FhirException.BadRequest($"'{raw}' is not a valid reference for search parameter '{parameter}'.");
    }

    private static (SearchPrefix Prefix, string Text) SplitPrefix(string raw) =>
        raw.Length > 2 && Prefixes.TryGetValue(raw[..2], out var prefix) && !char.IsDigit(raw[0])
            ? (prefix, raw[2..])
            : (SearchPrefix.Eq, raw);

    private static int IndexOfUnescaped(string raw, char c)
    {
        for (var i = 0; i < raw.Length; i++)
        {
            if (raw[i] == '\\')
            {
                i++;
            }
            else if (raw[i] == c)
            {
                return i;
            }
        }

        return -1;
    }

    private static string Unescape(string raw) =>
        raw.Replace("\\,", ",").Replace("\\|", "|").Replace("\\$", "$").Replace("\\\\", "\\");

    [GeneratedRegex(@"(?:^|/)(?<type>[A-Z][A-Za-z]+)/(?<id>[A-Za-z0-9\-\.]{1,64})(?:/_history/[^/]+)?$")]
    private static partial Regex ReferencePattern();

    [GeneratedRegex(@"^[A-Za-z0-9\-\.]{1,64}$")]
    private static partial Regex IdPattern();
}
