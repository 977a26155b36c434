using System.Text;

namespace OpenImis.Fhir.Tests.Core.Formatting;

/// <summary>Bodies built to hurt a parser.</summary>
internal static class HostileBodies
{
    public const string Billion =
        "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">" +
        "<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">" +
        "<!ENTITY lol2 \"&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;\">" +
        "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">" +
        "<!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">" +
        "<!ENTITY lol5 \"&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;\">" +
        "<!ENTITY lol6 \"&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;\">" +
        "<!ENTITY lol7 \"&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;\">" +
        "<!ENTITY lol8 \"&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;\">" +
        "<!ENTITY lol9 \"&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;\">]>" +
        "<Patient xmlns=\"http://hl7.org/fhir\"><name><family value=\"&lol9;\"/></name></Patient>";

    /// <summary>A Patient whose elements nest <paramref name="depth"/> levels in all, the root included.</summary>
    public static string DeepXml(int depth, string element = "extension url=\"http://example.org/x\"")
    {
        var name = element.Split(' ')[0];
        var text = new StringBuilder("<Patient xmlns=\"http://hl7.org/fhir\">");
        for (var i = 1; i < depth; i++)
        {
            text.Append('<').Append(element).Append('>');
        }

        for (var i = 1; i < depth; i++)
        {
            text.Append("</").Append(name).Append('>');
        }

        return text.Append("</Patient>").ToString();
    }

    /// <summary>A Patient whose extensions nest <paramref name="levels"/> deep: two JSON containers (array, object) a level.</summary>
    public static string DeepJson(int levels)
    {
        var text = new StringBuilder("{\"resourceType\":\"Patient\"");
        for (var i = 0; i < levels; i++)
        {
            text.Append(",\"extension\":[{\"url\":\"http://example.org/x\"");
        }

        for (var i = 0; i < levels; i++)
        {
            text.Append("}]");
        }

        return text.Append('}').ToString();
    }
}
