using System.Collections;
using Hl7.Fhir.Introspection;
using Hl7.Fhir.Model;

namespace OpenImis.Fhir.Core.Rest.Patch;

/// <summary>Reads and writes the elements of Firely POCOs by their FHIR names, through the SDK's class mappings.</summary>
internal static class PocoElements
{
    public static ClassMapping Mapping(Type type) =>
        ModelInfo.ModelInspector.FindOrImportClassMapping(type)
        ?? throw new InvalidOperationException($"{type} is not a FHIR model type.");

    public static PropertyMapping? Property(Base owner, string name) => Mapping(owner.GetType()).FindMappedElementByName(name);

    /// <summary>The live list of a repeating element (the SDK creates it on first access).</summary>
    public static IList List(Base owner, PropertyMapping property) => (IList)Native(property).GetValue(owner)!;

    public static object? Get(Base owner, PropertyMapping property) => Native(property).GetValue(owner);

    public static void Set(Base owner, PropertyMapping property, Base? value) => Native(property).SetValue(owner, value);

    /// <summary>Appends to a repeating element, or sets a single one when it is empty; false when it is not.</summary>
    public static bool TryPut(Base owner, PropertyMapping property, Base value)
    {
        if (property.IsCollection)
        {
            List(owner, property).Add(value);
            return true;
        }

        if (Get(owner, property) is not null)
        {
            return false;
        }

        Set(owner, property, value);
        return true;
    }

    /// <summary>The element's name for messages, e.g. <c>Patient.contact.name</c>.</summary>
    public static string Describe(PropertyMapping property) => $"{property.DeclaringClass.Name}.{property.Name}";

    private static System.Reflection.PropertyInfo Native(PropertyMapping property) =>
        property.NativeProperty ?? throw new InvalidOperationException($"{Describe(property)} has no .NET property.");
}
