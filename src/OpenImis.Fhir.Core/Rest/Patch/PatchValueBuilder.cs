using Hl7.Fhir.Introspection;
using Hl7.Fhir.Model;

namespace OpenImis.Fhir.Core.Rest.Patch;

/// <summary>
/// Turns a FHIRPath Patch 'value' part into the instance an element takes: a value[x] or resource of a type the element
/// allows, or, for a complex type such as a backbone element, parts named after its elements, built recursively.
/// </summary>
internal static class PatchValueBuilder
{
    // Beyond this many allowed types (Extension.value has fifty), a message says "another type" rather than list them.
    private const int TypesWorthListing = 6;

    public static Base Build(FhirPathPatchOperation operation, Parameters.ParameterComponent part, PropertyMapping target)
    {
        if (part.Part.Count > 0)
        {
            return Compose(operation, part.Part, target);
        }

        var given = (Base?)part.Resource ?? part.Value!;
        return Fit(operation, given.DeepCopy(), target);
    }

    private static Base Fit(FhirPathPatchOperation operation, Base value, PropertyMapping target)
    {
        var allowed = target.FhirType.Any(type => type.IsInstanceOfType(value));
        if (allowed && target.ImplementingType.IsInstanceOfType(value))
        {
            return value;
        }

        // A valueCode arrives as Code, while a coded element such as Patient.gender is a Code<T>: same FHIR type, other class.
        if (allowed && value is PrimitiveType primitive && PocoElements.Mapping(target.ImplementingType) is { IsFhirPrimitive: true } mapping)
        {
            var converted = (PrimitiveType)mapping.CreateInstance();
            converted.JsonValue = primitive.JsonValue;
            converted.ElementId = primitive.ElementId;
            converted.Extension = primitive.Extension;
            return converted;
        }

        throw operation.Fail($"{PocoElements.Describe(target)} takes {Types(target)}, not {value.TypeName}");
    }

    private static Base Compose(FhirPathPatchOperation operation, IEnumerable<Parameters.ParameterComponent> parts, PropertyMapping target)
    {
        if (target.Choice != ChoiceType.None || target.PropertyTypeMapping is not { IsFhirPrimitive: false, IsAbstract: not true } mapping)
        {
            throw operation.Fail($"{PocoElements.Describe(target)} takes {Types(target)}, which 'value' parts cannot build: give a value[x]");
        }

        var instance = mapping.CreateInstance();
        foreach (var part in parts)
        {
            var property = mapping.FindMappedElementByName(part.Name ?? "")
                ?? throw operation.Fail($"the value has a part '{part.Name}', but {mapping.Name} has no such element");
            if (!PocoElements.TryPut(instance, property, Build(operation, part, property)))
            {
                throw operation.Fail($"the value gives {PocoElements.Describe(property)} more than once");
            }
        }

        return instance;
    }

    private static string Types(PropertyMapping target) => target.FhirType.Length > TypesWorthListing
        ? "another type"
        : string.Join(" or ", target.FhirType.Select(type => PocoElements.Mapping(type).Name));
}
