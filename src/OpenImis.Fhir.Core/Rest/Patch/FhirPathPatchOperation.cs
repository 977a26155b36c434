using Hl7.Fhir.Model;
using Hl7.FhirPath;
using OpenImis.Fhir.Core.Errors;

namespace OpenImis.Fhir.Core.Rest.Patch;

/// <summary>
/// One operation of a FHIRPath Patch, checked for form: its parts are present and typed, its path compiles, and an
/// insert or move names its list as <see cref="ListOwner"/>.<see cref="ListName"/> so that an empty list can be found.
/// </summary>
internal sealed class FhirPathPatchOperation
{
    /// <summary>The place of the operation among the patch's parameters.</summary>
    public required int Index { get; init; }

    public required FhirPathPatchType Type { get; init; }

    public required string Path { get; init; }

    public required CompiledExpression Select { get; init; }

    /// <summary>add: the element to add to what <see cref="Path"/> selects.</summary>
    public string? Name { get; init; }

    /// <summary>add, insert, replace: the 'value' part, a value[x], a resource or parts.</summary>
    public Parameters.ParameterComponent? Value { get; init; }

    /// <summary>insert: the index to insert at.</summary>
    public int? Position { get; init; }

    public int? Source { get; init; }

    public int? Destination { get; init; }

    /// <summary>insert, move: what holds the list, the path without its last element name.</summary>
    public CompiledExpression? ListOwner { get; init; }

    public string? ListName { get; init; }

    /// <summary>A 422 naming this operation and its path.</summary>
    public FhirException Fail(string reason)
    {
        var type = Type.ToString().ToLowerInvariant();
        var what = Name is null ? $"{type} '{Path}'" : $"{type} '{Name}' to '{Path}'";
        return FhirException.Unprocessable($"Patch operation [{Index}] ({what}) cannot be applied: {reason}.", Path);
    }
}
