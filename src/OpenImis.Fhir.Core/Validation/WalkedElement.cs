using System.Text;
using Hl7.Fhir.Model;

namespace OpenImis.Fhir.Core.Validation;

/// <summary>
/// An element met by <see cref="ElementWalker"/>. Its path is built only when asked for, from its parents, so that a
/// walk costs time linear in the number of elements however deep they nest.
/// </summary>
internal sealed class WalkedElement(WalkedElement? parent, string segment, string name, Base node)
{
    /// <summary>The element's name (<c>given</c> for <c>Patient.name[0].given[1]</c>).</summary>
    public string Name { get; } = name;

    /// <summary>The element.</summary>
    public Base Node { get; } = node;

    /// <summary>The FHIRPath-like path from the resource, e.g. <c>Patient.name[0].given[1]</c>.</summary>
    public string Path
    {
        get
        {
            var segments = new Stack<string>();
            for (var element = this; element is not null; element = element.Parent)
            {
                segments.Push(element.Segment);
            }

            var path = new StringBuilder(segments.Pop());
            while (segments.Count > 0)
            {
                path.Append('.').Append(segments.Pop());
            }

            return path.ToString();
        }
    }

    private WalkedElement? Parent { get; } = parent;

    private string Segment { get; } = segment;
}
