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

        return PatchResult.Parse(target.Root!.ToJsonString());
    }

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
