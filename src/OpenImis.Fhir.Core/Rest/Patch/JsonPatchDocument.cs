using System.Text.Json.Nodes;
using Hl7.Fhir.Model;

namespace OpenImis.Fhir.Core.Rest.Patch;

/// <summary>
/// A JSON Patch applied to the resource's FHIR JSON: the operations edit a fresh serialisation, so a failure at any
/// point leaves nothing applied, and the result is parsed back with the strict Firely parser.
/// </summary>
internal sealed class JsonPatchDocument(IReadOnlyList<JsonPatchOperation> operations) : PatchDocument
{
    public IReadOnlyList<JsonPatchOperation> Operations { get; } = operations;

    public override Resource Apply(Resource current)
    {
        var root = JsonNode.Parse(PatchResult.ToJson(current))!;
        var id = root["id"]?.DeepClone();
        var target = new JsonPatchTarget(root, current.TypeName);
        foreach (var operation in Operations)
        {
            operation.ApplyTo(target);
            KeepIdentity(operation, target, id);
        }

        DropEmpty(target.Root);
        return PatchResult.Parse(target.Root!.ToJsonString());
    }

    // FHIR JSON has no empty arrays or objects, and an absent element is what they would mean: removing the last
    // telecom must not make the result unparseable. Emptied containers are dropped from the bottom up.
    private static void DropEmpty(JsonNode? node)
    {
        if (node is JsonObject obj)
        {
            foreach (var (name, child) in obj.ToList())
            {
                DropEmpty(child);
                if (IsEmpty(child))
                {
                    obj.Remove(name);
                }
            }
        }
        else if (node is JsonArray array)
        {
            for (var i = array.Count - 1; i >= 0; i--)
            {
                DropEmpty(array[i]);
                if (IsEmpty(array[i]))
                {
                    array.RemoveAt(i);
                }
            }
        }
    }

    private static bool IsEmpty(JsonNode? node) => node is JsonObject { Count: 0 } or JsonArray { Count: 0 };

    // Checked after each operation, so that the error names the operation that changed the identity.
    private static void KeepIdentity(JsonPatchOperation operation, JsonPatchTarget target, JsonNode? id)
    {
        if (target.Root is not JsonObject resource)
        {
            throw operation.Fail("the result would not be a resource (a JSON object)", operation.Path, target.ResourceType);
        }

        if (!JsonNode.DeepEquals(resource["resourceType"], JsonValue.Create(target.ResourceType)))
        {
            throw operation.Fail($"a patch cannot change the resource type ({target.ResourceType})", operation.Path, target.ResourceType);
        }

        if (!JsonNode.DeepEquals(resource["id"], id))
        {
            throw operation.Fail("a patch cannot change the resource id", operation.Path, target.ResourceType);
        }
    }
}
