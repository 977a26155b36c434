using Hl7.Fhir.Model;
using OpenImis.Fhir.Core.Search;

namespace OpenImis.Fhir.Core.Rest;

/// <summary>
/// Owns one FHIR resource type. The interaction interfaces a handler implements, less those
/// <see cref="Supports"/> turns down, are its interaction list: the CapabilityStatement is derived from them.
/// </summary>
public interface IResourceHandler
{
    /// <summary>The FHIR resource type, e.g. <c>Patient</c>.</summary>
    string ResourceType { get; }

    /// <summary>The canonical URLs of the profiles the emitted resources claim, the type's main one first.</summary>
    IReadOnlyList<string> Profiles { get; }

    /// <summary>The search parameters the type supports, including <c>_id</c> and <c>_lastUpdated</c>.</summary>
    IReadOnlyList<ISearchParameter> SearchParameters { get; }

    /// <summary>Whether the handler offers the interaction <paramref name="interaction"/> (an <c>I…Handler</c> interface).</summary>
    bool Supports(Type interaction) => interaction.IsInstanceOfType(this);

    /// <summary>The profiles a write of <paramref name="resource"/> is checked against when it claims none of them.</summary>
    IReadOnlyList<string> ProfilesFor(Resource resource) => Profiles;
}
