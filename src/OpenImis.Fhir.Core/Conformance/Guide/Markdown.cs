using System.Text;
using System.Text.RegularExpressions;

namespace OpenImis.Fhir.Core.Conformance.Guide;

/// <summary>
/// Just enough Markdown for the guide's own pages: headings, paragraphs, lists, fenced code, links,
/// inline code and bold. The pages are written for it; anything fancier belongs in a real renderer.
/// </summary>
internal static partial class Markdown
{
    public static string ToHtml(string markdown)
    {
        var html = new StringBuilder();
        var paragraph = new List<string>();
        string? list = null;
        string? item = null; // the open list item, rendered once its continuation lines are in
        var inCode = false;

        void CloseParagraph()
        {
            if (paragraph.Count > 0)
            {
                html.Append("<p>").Append(Inline(string.Join(" ", paragraph))).Append("</p>\n");
                paragraph.Clear();
            }
        }

        void CloseItem()
        {
            if (item is not null)
            {
                html.Append("<li>").Append(Inline(item)).Append("</li>\n");
                item = null;
            }
        }

        void CloseList()
        {
            CloseItem();
            if (list is not null)
            {
                html.Append($"</{list}>\n");
                list = null;
            }
        }

        foreach (var line in markdown.ReplaceLineEndings("\n").Split('\n'))
        {
            if (line.StartsWith("```", StringComparison.Ordinal))
            {
                CloseParagraph();
                CloseList();
                html.Append(inCode ? "</code></pre>\n" : "<pre><code>");
                inCode = !inCode;
                continue;
            }

            if (inCode)
            {
                html.Append(Html.E(line)).Append('\n');
                continue;
            }

            var heading = HeadingPattern().Match(line);
            var bullet = BulletPattern().Match(line);
            var numbered = NumberedPattern().Match(line);
            if (heading.Success)
            {
                CloseParagraph();
                CloseList();
                // The page title is the site's h1, so a page's own headings start at h2.
                var level = Math.Min(heading.Groups[1].Length + 1, 6);
                html.Append($"<h{level}>{Inline(heading.Groups[2].Value)}</h{level}>\n");
            }
            else if (bullet.Success || numbered.Success)
            {
                CloseParagraph();
                CloseItem();
                var kind = bullet.Success ? "ul" : "ol";
                if (list != kind)
                {
                    CloseList();
                    html.Append($"<{kind}>\n");
                    list = kind;
                }

                item = (bullet.Success ? bullet : numbered).Groups[1].Value;
            }
            else if (string.IsNullOrWhiteSpace(line))
            {
                CloseParagraph();
                CloseList();
            }
            else if (item is not null && line.StartsWith("  ", StringComparison.Ordinal))
            {
                item += " " + line.Trim();
            }
            else
            {
                CloseList();
                paragraph.Add(line.Trim());
            }
        }

        CloseParagraph();
        CloseList();
        return html.ToString();
    }

    /// <summary>The first "# " heading, used as the page title.</summary>
    public static (string Title, string Body) SplitTitle(string markdown)
    {
        var lines = markdown.ReplaceLineEndings("\n").Split('\n').ToList();
        var index = lines.FindIndex(l => l.StartsWith("# ", StringComparison.Ordinal));
        if (index < 0)
        {
            return (string.Empty, markdown);
        }

        var title = lines[index][2..].Trim();
        lines.RemoveAt(index);
        return (title, string.Join("\n", lines));
    }

    private static string Inline(string text)
    {
        var escaped = Html.E(text);
        escaped = CodePattern().Replace(escaped, "<code>$1</code>");
        escaped = BoldPattern().Replace(escaped, "<strong>$1</strong>");
        // Links to the guide's own .md pages point at their rendered .html.
        return LinkPattern().Replace(escaped, m =>
            $"<a href=\"{MdLinkPattern().Replace(m.Groups[2].Value, ".html")}\">{m.Groups[1].Value}</a>");
    }

    [GeneratedRegex(@"^(#{1,5})\s+(.*)$")]
    private static partial Regex HeadingPattern();

    [GeneratedRegex(@"^\s*[-*]\s+(.*)$")]
    private static partial Regex BulletPattern();

    [GeneratedRegex(@"^\s*\d+\.\s+(.*)$")]
    private static partial Regex NumberedPattern();

    [GeneratedRegex(@"`([^`]+)`")]
    private static partial Regex CodePattern();

    [GeneratedRegex(@"\*\*([^*]+)\*\*")]
    private static partial Regex BoldPattern();

    [GeneratedRegex(@"\[([^\]]+)\]\(([^)\s]+)\)")]
    private static partial Regex LinkPattern();

    [GeneratedRegex(@"\.md(?=$|#)")]
    private static partial Regex MdLinkPattern();
}
