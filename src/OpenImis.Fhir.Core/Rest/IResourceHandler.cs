using OpenImis.Fhir.Core.Search;

namespace OpenImis.Fhir.Core.Rest;

/// <summary>
/// Owns one FHIR resource type. The interaction interfaces a handler implements are its interaction list:
/// the CapabilityStatement is derived from them.
/// </summary>
public interface IResourceHandler
{
    /// <summary>The FHIR resource type, e.g. <c>Patient</c>.</summary>
    string ResourceType { get; }

    /// <summary>The canonical URL of the profile every emitted resource claims.</summary>
    string Profile { get; }

    /// <summary>The search parameters the type supports, including <c>_id</c> and <c>_lastUpdated</c>.</summary>
    IReadOnlyList<ISearchParameter> SearchParameters { get; }
}
