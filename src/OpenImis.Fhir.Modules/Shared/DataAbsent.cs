using Hl7.Fhir.Model;

namespace OpenImis.Fhir.Modules.Shared;

/// <summary>
/// Elements a profile requires and openIMIS may not hold: said to be unknown with FHIR's data-absent-reason rather
/// than left out, so the resource still conforms and a client sees why the value is missing.
/// </summary>
internal static class DataAbsent
{
    public const string Reason = "http://hl7.org/fhir/StructureDefinition/data-absent-reason";

    /// <summary><paramref name="element"/>, without value, marked unknown.</summary>
    public static T Unknown<T>(T element)
        where T : PrimitiveType
    {
        element.Extension.Add(new Extension(Reason, new Code("unknown")));
        return element;
    }

    /// <summary>A reference to a target openIMIS does not hold, marked unknown.</summary>
    public static ResourceReference UnknownReference() => new() { Extension = [new Extension(Reason, new Code("unknown"))] };

    /// <summary>A string: <paramref name="value"/>, or an unknown one when it is empty.</summary>
    public static FhirString String(string? value) => string.IsNullOrEmpty(value) ? Unknown(new FhirString()) : new FhirString(value);
}
