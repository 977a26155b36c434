using Hl7.Fhir.Model;
using OpenImis.Fhir.Core.Conformance;
using OpenImis.Fhir.Core.Validation;

namespace OpenImis.Fhir.Tests.Conformance;

/// <summary>
/// The validator as the server sets it up (<see cref="ProfileValidator"/>: the guide first, then the core
/// specification, core terminology defaults), over the committed profiles/, shared by the tests that judge the
/// guide's own resources the way an implementer's Firely validator would.
/// </summary>
internal static class ServerValidator
{
    private static readonly Lazy<ProfileValidator> Shared = new(() => new ProfileValidator(
        ConformanceStore.Load(ProfileSet.ProfilesFolder, []), GuideDependencies.Load(ProfileSet.ProfilesFolder), Path.Combine(AppContext.BaseDirectory, "specification.zip")));

    public static ProfileValidator Instance => Shared.Value;

    /// <summary>The core profile of the resource's own type: a conformance resource is judged as what it is.</summary>
    public static string CoreProfile(Resource resource) => $"http://hl7.org/fhir/StructureDefinition/{resource.TypeName}";
}
