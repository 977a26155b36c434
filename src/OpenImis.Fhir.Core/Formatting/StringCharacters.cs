using System.Xml;
using Hl7.Fhir.Model;
using OpenImis.Fhir.Core.Errors;
using OpenImis.Fhir.Core.Validation;

namespace OpenImis.Fhir.Core.Formatting;

/// <summary>
/// Finds string values holding characters FHIR does not allow in a string: controls other than tab, line feed and
/// carriage return (U+0000 among them), U+FFFE, U+FFFF and unpaired surrogates. JSON can carry them as escapes
/// (<c>\u0000</c>) and Firely keeps them; XML cannot carry them at all, so a resource storing one could never be
/// written as XML again, and PostgreSQL refuses U+0000 in text outright.
/// </summary>
internal static class StringCharacters
{
    /// <summary>One error issue per element whose value holds such a character, naming the element.</summary>
    public static IEnumerable<OperationOutcome.IssueComponent> Issues(Resource resource) =>
        ElementWalker.Descendants(resource)
            .Select(e => (Element: e, Bad: e.Node is PrimitiveType { JsonValue: string value } ? FirstIllegal(value) : null))
            .Where(e => e.Bad is not null)
            .Select(e => Outcomes.Issue(
                OperationOutcome.IssueSeverity.Error,
                OperationOutcome.IssueType.Invalid,
                $"{e.Element.Path} holds the character U+{e.Bad:X4}, which a FHIR string cannot contain.",
                e.Element.Path));

    /// <summary>The first character of <paramref name="value"/> that XML 1.0 and FHIR strings do not allow, if any.</summary>
    public static int? FirstIllegal(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (XmlConvert.IsXmlChar(c))
            {
                continue;
            }

            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
                continue;
            }

            return c;
        }

        return null;
    }
}
