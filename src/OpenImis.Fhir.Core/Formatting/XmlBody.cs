using System.Xml;
using Hl7.Fhir.Utility;
using OpenImis.Fhir.Core.Errors;

namespace OpenImis.Fhir.Core.Formatting;

/// <summary>
/// Reads an XML body's structure with a hardened reader before Firely reads its content. Firely's reader recurses
/// once per element level and builds an error path per level: 10,000 levels overflow the stack and kill the process,
/// 1,000 levels of unknown elements take seconds. Within <see cref="BodyLimits.MaxDepth"/> levels neither can happen.
/// </summary>
internal static class XmlBody
{
    /// <summary>
    /// Checks the body and returns a reader over it for Firely: well-formed, no DTD (so no entity expansion), nothing
    /// resolved, no longer than the budget, no deeper than <see cref="BodyLimits.MaxDepth"/>, every resource named as
    /// FHIR spells it. The check is one pass, linear in the body's length.
    /// </summary>
    /// <param name="body">The body as received.</param>
    /// <param name="maxCharacters">The body limit; a longer document is refused.</param>
    public static XmlReader CheckedReader(string body, long maxCharacters)
    {
        // Firely accepts HTML entities in narratives (&nbsp;) by rewriting them as character references first; doing
        // the same keeps those bodies valid. The rewriting may lengthen the text (&lt; becomes &#60;), which the budget
        // allows for: it is the body as sent.
        var text = SerializationUtil.SanitizeXml(body);
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersInDocument = maxCharacters + Math.Max(0, text.Length - body.Length),
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            IgnoreWhitespace = true,
        };
        using (var reader = XmlReader.Create(new StringReader(text), settings))
        {
            Check(reader);
        }

        return XmlReader.Create(new StringReader(text), settings);
    }

    private static void Check(XmlReader reader)
    {
        var names = new string[BodyLimits.MaxDepth];
        try
        {
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Element)
                {
                    CheckElement(reader, names);
                }
            }
        }
        catch (XmlException ex)
        {
            throw FhirException.BadRequest($"The body is not well-formed XML: {ex.Message}");
        }
    }

    private static void CheckElement(XmlReader reader, string[] names)
    {
        var depth = reader.Depth;
        if (depth >= BodyLimits.MaxDepth)
        {
            var line = (IXmlLineInfo)reader;
            throw FhirException.BadRequest(
                $"The XML body nests elements more than {BodyLimits.MaxDepth} levels deep (line {line.LineNumber}, position {line.LinePosition}).");
        }

        names[depth] = reader.LocalName;
        if (depth == 0 || ResourceTypeNames.Containers.Contains(names[depth - 1]))
        {
            ResourceTypeNames.CheckCase(reader.LocalName);
        }
    }
}
