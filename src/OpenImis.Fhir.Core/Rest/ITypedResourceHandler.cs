using Hl7.Fhir.Model;

namespace OpenImis.Fhir.Core.Rest;

/// <summary>A handler whose FHIR type is its type parameter: registration reads the type from it, never from a string.</summary>
/// <typeparam name="TResource">The Firely POCO of the type.</typeparam>
public interface ITypedResourceHandler<TResource> : IResourceHandler
    where TResource : Resource
{
}
