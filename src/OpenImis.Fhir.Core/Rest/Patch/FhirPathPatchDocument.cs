using Hl7.Fhir.Model;

namespace OpenImis.Fhir.Core.Rest.Patch;

/// <summary>
/// A FHIRPath Patch applied to a deep copy of the resource, so that a failure at any point leaves nothing applied;
/// the result is serialised and parsed back with the strict Firely parser, like a JSON Patch's.
/// </summary>
internal sealed class FhirPathPatchDocument(IReadOnlyList<FhirPathPatchOperation> operations) : PatchDocument
{
    public IReadOnlyList<FhirPathPatchOperation> Operations { get; } = operations;

    public override Resource Apply(Resource current)
    {
        var patched = (Resource)current.DeepCopy();
        foreach (var operation in Operations)
        {
            PocoPatcher.Apply(operation, patched);
            if (patched.Id != current.Id)
            {
                throw operation.Fail("a patch cannot change the resource id");
            }
        }

        return PatchResult.Parse(patched);
    }
}
