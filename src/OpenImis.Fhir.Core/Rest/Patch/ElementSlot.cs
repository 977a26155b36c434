using Hl7.Fhir.Introspection;
using Hl7.Fhir.Model;

namespace OpenImis.Fhir.Core.Rest.Patch;

/// <summary>Where an element selected by FHIRPath lives: an element of its parent, or one item of a list there.</summary>
internal sealed record ElementSlot(Base Parent, PropertyMapping Property, int? Index)
{
    /// <summary>
    /// The slot of a selected node, or null when the node is not an element of the tree (the root, or a value the
    /// expression computed): the slot is checked to hold the very instance the node wraps.
    /// </summary>
    public static ElementSlot? Of(PocoNode node)
    {
        if (node.Parent?.Poco is not { } parent || PocoElements.Property(parent, node.Name) is not { } property)
        {
            return null;
        }

        var slot = new ElementSlot(parent, property, property.IsCollection ? node.Index : null);
        return ReferenceEquals(slot.Current(), node.Poco) ? slot : null;
    }

    public void Set(Base value)
    {
        if (Index is int index)
        {
            PocoElements.List(Parent, Property)[index] = value;
        }
        else
        {
            PocoElements.Set(Parent, Property, value);
        }
    }

    public void Remove()
    {
        if (Index is int index)
        {
            PocoElements.List(Parent, Property).RemoveAt(index);
        }
        else
        {
            PocoElements.Set(Parent, Property, null);
        }
    }

    private object? Current()
    {
        if (Index is not int index)
        {
            return PocoElements.Get(Parent, Property);
        }

        var list = PocoElements.List(Parent, Property);
        return index < list.Count ? list[index] : null;
    }
}
