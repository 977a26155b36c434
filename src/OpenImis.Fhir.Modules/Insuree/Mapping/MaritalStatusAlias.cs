using Hl7.Fhir.Model;

namespace OpenImis.Fhir.Modules.Insuree.Mapping;

/// <summary>
/// Reads the guide 1.0.0 spelling of an unknown marital status, <c>v3-MaritalStatus#UNK</c>, as the 1.1.0 one,
/// <c>v3-NullFlavor#UNK</c>. v3-MaritalStatus has no UNK, but clients written to 1.0.0 send it, and so does any
/// client that writes back a Patient this server emitted before 1.1.0. It has only one possible meaning, so it is
/// taken rather than refused (ig/input/pagecontent/changes.md). Only input is read this way: the server emits the
/// v3-NullFlavor code alone, and the profile's validator still reports the old one as outside the value set.
/// </summary>
internal static class MaritalStatusAlias
{
    public const string MaritalStatusSystem = "http://terminology.hl7.org/CodeSystem/v3-MaritalStatus";
    public const string NullFlavorSystem = "http://terminology.hl7.org/CodeSystem/v3-NullFlavor";
    public const string Unknown = "UNK";

    /// <summary>
    /// <paramref name="concept"/> itself, or, when it holds the 1.0.0 spelling, a copy with those codings moved to
    /// v3-NullFlavor. The caller's resource is left as sent.
    /// </summary>
    public static CodeableConcept? Current(CodeableConcept? concept)
    {
        if (concept is null || !concept.Coding.Any(IsOldSpelling))
        {
            return concept;
        }

        var copy = (CodeableConcept)concept.DeepCopy();
        foreach (var coding in copy.Coding.Where(IsOldSpelling))
        {
            coding.System = NullFlavorSystem;
        }

        return copy;
    }

    private static bool IsOldSpelling(Coding coding) => coding is { System: MaritalStatusSystem, Code: Unknown };
}
