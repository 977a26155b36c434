using System.Text.Json.Nodes;
using OpenImis.Fhir.Core.Errors;

namespace OpenImis.Fhir.Core.Rest.Patch;

/// <summary>One operation of a JSON Patch document, checked for form; <see cref="Index"/> is its place in the array.</summary>
internal sealed record JsonPatchOperation(int Index, JsonPatchOperationKind Kind, JsonPointer Path, JsonPointer? From, JsonNode? Value)
{
    public void ApplyTo(JsonPatchTarget target)
    {
        switch (Kind)
        {
            case JsonPatchOperationKind.Add:
                target.Add(this, Path, Value?.DeepClone());
                break;
            case JsonPatchOperationKind.Remove:
                target.Remove(this, Path);
                break;
            case JsonPatchOperationKind.Replace:
                target.Replace(this, Path, Value?.DeepClone());
                break;
            case JsonPatchOperationKind.Move:
                // Removing first and adding next is RFC 6902's own definition; it also makes from == path a no-op.
                target.Add(this, Path, target.Remove(this, From!));
                break;
            case JsonPatchOperationKind.Copy:
                target.Add(this, Path, target.Get(this, From!)?.DeepClone());
                break;
            case JsonPatchOperationKind.Test:
                if (!JsonNode.DeepEquals(target.Get(this, Path), Value))
                {
                    throw Fail($"the value at '{Path}' is not the value the test expects", Path, target.ResourceType);
                }

                break;
        }
    }

    /// <summary>A 422 naming this operation, with <paramref name="at"/> as the outcome's expression.</summary>
    public FhirException Fail(string reason, JsonPointer at, string resourceType) =>
        FhirException.Unprocessable($"Patch operation [{Index}] ({Describe()}) cannot be applied: {reason}.", at.ToFhirPath(resourceType));

    private string Describe()
    {
        var name = Kind.ToString().ToLowerInvariant();
        return From is null ? $"{name} '{Path}'" : $"{name} from '{From}' to '{Path}'";
    }
}
