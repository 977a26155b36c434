using OpenImis.Fhir.Core.Terminology;
using OpenImis.Fhir.Modules.Insuree.Mapping;

namespace OpenImis.Fhir.Tests.Modules.Insuree;

/// <summary>The shipped ConceptMaps (copied next to the tests), loaded once for every test.</summary>
internal static class InsureeTestCodes
{
    public static readonly string ConceptMapDirectory = Path.Combine(AppContext.BaseDirectory, "mappings", "conceptmaps");

    private static readonly Lazy<ConceptMapStore> LazyStore = new(() => ConceptMapStore.Load(ConceptMapDirectory));

    public static ConceptMapStore Store => LazyStore.Value;

    public static InsureeCodes Codes { get; } = new(Store);

    public static PatientMapper PatientMapper { get; } = new(Codes, InsureeFixtures.Locations);

    public static GroupMapper GroupMapper { get; } = new(Codes, InsureeFixtures.Locations);
}
