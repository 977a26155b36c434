using Hl7.Fhir.FhirPath;
using Hl7.Fhir.Introspection;
using Hl7.Fhir.Model;
using Hl7.FhirPath;
using OpenImis.Fhir.Core.Errors;

namespace OpenImis.Fhir.Core.Rest.Patch;

/// <summary>The five FHIRPath Patch operations on a POCO, with the rules of the FHIRPath Patch page.</summary>
internal static class PocoPatcher
{
    public static void Apply(FhirPathPatchOperation operation, Resource resource)
    {
        switch (operation.Type)
        {
            case FhirPathPatchType.Add:
                Add(operation, resource);
                break;
            case FhirPathPatchType.Insert:
                Insert(operation, resource);
                break;
            case FhirPathPatchType.Delete:
                Delete(operation, resource);
                break;
            case FhirPathPatchType.Replace:
                Replace(operation, resource);
                break;
            case FhirPathPatchType.Move:
                Move(operation, resource);
                break;
        }
    }

    private static void Add(FhirPathPatchOperation operation, Resource resource)
    {
        var owner = Owner(operation, resource, operation.Select, "the path");
        var property = Property(operation, owner, operation.Name!);
        if (!PocoElements.TryPut(owner, property, PatchValueBuilder.Build(operation, operation.Value!, property)))
        {
            throw operation.Fail($"{PocoElements.Describe(property)} already has a value, which only a replace operation changes");
        }
    }

    private static void Insert(FhirPathPatchOperation operation, Resource resource)
    {
        var (list, property) = List(operation, resource);
        var index = operation.Position!.Value;
        if (index > list.Count)
        {
            throw operation.Fail($"index {index} is past the end of {PocoElements.Describe(property)}, which has {list.Count} items");
        }

        list.Insert(index, PatchValueBuilder.Build(operation, operation.Value!, property));
    }

    // The spec makes deleting nothing a success, so that a delete can be repeated.
    private static void Delete(FhirPathPatchOperation operation, Resource resource)
    {
        var selected = Select(operation, resource, operation.Select);
        if (selected.Count > 1)
        {
            throw operation.Fail($"the path matches {selected.Count} elements, and a delete removes one");
        }

        if (selected.Count == 1)
        {
            Slot(operation, selected[0]).Remove();
        }
    }

    private static void Replace(FhirPathPatchOperation operation, Resource resource)
    {
        var slot = Slot(operation, Single(operation, Select(operation, resource, operation.Select), "the path"));
        slot.Set(PatchValueBuilder.Build(operation, operation.Value!, slot.Property));
    }

    private static void Move(FhirPathPatchOperation operation, Resource resource)
    {
        var (list, property) = List(operation, resource);
        int source = operation.Source!.Value, destination = operation.Destination!.Value;
        if (Math.Max(source, destination) >= list.Count)
        {
            throw operation.Fail($"{PocoElements.Describe(property)} has {list.Count} items, so {source} to {destination} is no move within it");
        }

        var item = list[source];
        list.RemoveAt(source);
        list.Insert(destination, item);
    }

    private static (System.Collections.IList List, PropertyMapping Property) List(FhirPathPatchOperation operation, Resource resource)
    {
        var owner = Owner(operation, resource, operation.ListOwner!, $"the path up to '{operation.ListName}'");
        var property = Property(operation, owner, operation.ListName!);
        return property.IsCollection
            ? (PocoElements.List(owner, property), property)
            : throw operation.Fail($"{PocoElements.Describe(property)} is not a list");
    }

    // What an add or a list operation changes: the resource itself, or one of its elements (never a computed value).
    private static Base Owner(FhirPathPatchOperation operation, Resource resource, CompiledExpression expression, string what)
    {
        var node = Single(operation, Select(operation, resource, expression), what);
        return ReferenceEquals(node.Poco, resource) || ElementSlot.Of(node) is not null
            ? node.Poco
            : throw operation.Fail("the path selects a computed value, not an element of the resource");
    }

    private static PropertyMapping Property(FhirPathPatchOperation operation, Base owner, string name) =>
        PocoElements.Property(owner, name) ?? throw operation.Fail($"{owner.TypeName} has no element '{name}'");

    private static ElementSlot Slot(FhirPathPatchOperation operation, PocoNode node) =>
        ElementSlot.Of(node) ?? throw operation.Fail(node.Parent is null && node.Poco is Resource
            ? "a patch cannot replace or delete the resource itself"
            : "the path selects a computed value, not an element of the resource");

    private static PocoNode Single(FhirPathPatchOperation operation, IReadOnlyList<PocoNode> selected, string what) => selected.Count switch
    {
        1 => selected[0],
        0 => throw operation.Fail($"{what} matches no element"),
        _ => throw operation.Fail($"{what} matches {selected.Count} elements where one is needed"),
    };

    private static List<PocoNode> Select(FhirPathPatchOperation operation, Resource resource, CompiledExpression expression)
    {
        var root = resource.ToPocoNode();
        try
        {
            return [.. expression.Invoke([root], new FhirEvaluationContext { Resource = root, RootResource = root })];
        }
        catch (Exception ex) when (ex is not FhirException and not OutOfMemoryException)
        {
            throw operation.Fail($"the path cannot be evaluated: {ex.Message}");
        }
    }
}
