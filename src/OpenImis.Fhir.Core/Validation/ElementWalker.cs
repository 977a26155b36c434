using Hl7.Fhir.Model;

namespace OpenImis.Fhir.Core.Validation;

/// <summary>Every element of a resource, contained and nested resources included, with a FHIRPath-like path.</summary>
internal static class ElementWalker
{
    /// <summary>
    /// The resource and the elements below it, in document order. Paths name choice elements without their type
    /// (<c>Extension.value</c>), as FHIRPath does. Iterative, so that a resource built in code of any depth is walked
    /// without recursion.
    /// </summary>
    public static IEnumerable<WalkedElement> Descendants(Resource resource)
    {
        var pending = new Stack<WalkedElement>();
        pending.Push(new WalkedElement(null, resource.TypeName, resource.TypeName, resource));
        while (pending.Count > 0)
        {
            var element = pending.Pop();
            yield return element;
            PushChildren(pending, element);
        }
    }

    private static void PushChildren(Stack<WalkedElement> pending, WalkedElement parent)
    {
        // Pushed in reverse, so that they pop in document order.
        foreach (var (name, value) in parent.Node.EnumerateElements().Reverse())
        {
            switch (value)
            {
                case Base child:
                    pending.Push(new WalkedElement(parent, name, name, child));
                    break;
                case IEnumerable<Base> children:
                    var list = children.ToList();
                    for (var i = list.Count - 1; i >= 0; i--)
                    {
                        pending.Push(new WalkedElement(parent, $"{name}[{i}]", name, list[i]));
                    }

                    break;
            }
        }
    }
}
