using Hl7.Fhir.Model;
using OpenImis.Fhir.Core.Errors;

namespace OpenImis.Fhir.Modules.Medical.Mapping;

/// <summary>Reads an extension's value of the type the guide gives it; another type is a 422 naming the element.</summary>
internal static class ExtensionValues
{
    public static T? Of<T>(DomainResource resource, string url, string element)
        where T : DataType
    {
        var value = resource.GetExtension(url)?.Value;
        return value is null or T ? (T?)value : throw FhirException.Unprocessable($"{element} must hold a {typeof(T).Name}.", element);
    }
}
