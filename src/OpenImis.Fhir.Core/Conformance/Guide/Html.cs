using System.Net;
using System.Text;

namespace OpenImis.Fhir.Core.Conformance.Guide;

/// <summary>The page frame every site page shares, and escaping helpers.</summary>
internal static class Html
{
    private const string Style = """
        body{font-family:system-ui,sans-serif;margin:0;color:#222;line-height:1.45}
        header{background:#1b4f72;color:#fff;padding:.6em 1.2em}header a{color:#fff;margin-right:1em}
        main{padding:1em 1.5em;max-width:80em}table{border-collapse:collapse;width:100%;font-size:.9em}
        th,td{border:1px solid #ccc;padding:.25em .45em;text-align:left;vertical-align:top;overflow-wrap:anywhere}th{background:#eef3f7}
        tr.diff td:first-child{font-weight:bold}code{background:#f3f3f3;padding:0 .2em}pre{background:#f3f3f3;padding:.6em;overflow:auto}
        .flag{font-size:.8em;color:#8a4b00}
        """;

    public static string E(string? text) => WebUtility.HtmlEncode(text ?? string.Empty);

    public static string Link(string href, string text) => $"<a href=\"{E(href)}\">{E(text)}</a>";

    /// <summary>A page of the site named <paramref name="site"/> (the guide's title).</summary>
    public static string Page(string site, string title, string body)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">");
        html.Append($"<title>{E(title)} - {E(site)}</title><style>{Style}</style></head>\n<body><header>");
        foreach (var (href, text) in Navigation)
        {
            html.Append(Link(href, text));
        }

        html.Append($"</header>\n<main><h1>{E(title)}</h1>\n{body}\n</main></body></html>\n");
        return html.ToString();
    }

    private static readonly (string Href, string Text)[] Navigation =
    [
        ("index.html", "Home"), ("profiles.html", "Profiles"), ("extensions.html", "Extensions"),
        ("terminology.html", "Terminology"), ("enrolment.html", "Enrolment"), ("eligibility.html", "Eligibility"),
        ("claiming.html", "Claiming"), ("subscriptions.html", "Subscriptions"), ("changes.html", "Changes"), ("downloads.html", "Downloads"),
    ];
}
