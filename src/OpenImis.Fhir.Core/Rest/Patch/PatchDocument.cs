using Hl7.Fhir.Model;

namespace OpenImis.Fhir.Core.Rest.Patch;

/// <summary>
/// The body of a PATCH interaction: a JSON Patch (RFC 6902, <c>application/json-patch+json</c>) or a FHIRPath Patch
/// (a <see cref="Parameters"/> resource). Reading a document checks its form and fails with a 400; applying it checks
/// it against one resource and fails with a 422 that names the operation (by its zero-based index) and its path.
/// A document keeps no state between applications: it can be applied to several resources, also concurrently.
/// </summary>
public abstract class PatchDocument
{
    private protected PatchDocument()
    {
    }

    /// <summary>Reads a JSON Patch document; a body that is not a well-formed array of operations is a 400.</summary>
    public static PatchDocument FromJsonPatch(string json) => JsonPatchReader.Read(json);

    /// <summary>Reads a FHIRPath Patch; a Parameters that is not a well-formed list of operations is a 400.</summary>
    public static PatchDocument FromParameters(Parameters patch) => FhirPathPatchReader.Read(patch);

    /// <summary>
    /// Applies every operation, in order, to a copy of <paramref name="current"/> and returns the copy; <paramref name="current"/>
    /// is never modified. The whole document applies or nothing does: an operation that cannot apply, a failed
    /// <c>test</c>, a change of the resource's type or id, or a result that does not parse as FHIR is a 422.
    /// </summary>
    public abstract Resource Apply(Resource current);
}
