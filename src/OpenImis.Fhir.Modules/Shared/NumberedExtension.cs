using Hl7.Fhir.Model;

namespace OpenImis.Fhir.Modules.Shared;

/// <summary>
/// The IG's complex extensions made of a <c>number</c> (1..1) and a coded <c>type</c> (0..1): patient-identification
/// and group-confirmation.
/// </summary>
internal static class NumberedExtension
{
    /// <summary>The extension, or null without a number, which the IG requires.</summary>
    public static Extension? Create(string url, string? number, CodeableConcept? type)
    {
        if (string.IsNullOrEmpty(number))
        {
            return null;
        }

        var extension = new Extension { Url = url };
        extension.Extension.Add(new Extension("number", new FhirString(number)));
        if (type is not null)
        {
            extension.Extension.Add(new Extension("type", type));
        }

        return extension;
    }

    public static string? Number(Extension? extension) => extension?.GetStringExtension("number");

    public static CodeableConcept? Type(Extension? extension) => extension?.GetExtension("type")?.Value as CodeableConcept;
}
