using OpenImis.Fhir.Core.Conformance;
using OpenImis.Fhir.Core.Terminology;
using OpenImis.Fhir.Core.Validation;

namespace OpenImis.Fhir.IntegrationTests.Infrastructure;

/// <summary>
/// One conformance store and validator for the whole test run: loading and compiling the profiles costs seconds, and
/// every test server would otherwise pay it again. The tests that validate in-process use the same instance, so they
/// judge against exactly the profiles the server serves.
/// </summary>
internal static class SharedConformance
{
    private static readonly Lazy<ConformanceStore> LazyStore = new(() => ConformanceStore.Load(
        Path.Combine(AppContext.BaseDirectory, "profiles"),
        ConceptMapStore.Load(Path.Combine(AppContext.BaseDirectory, "mappings", "conceptmaps")).All));

    private static readonly Lazy<ProfileValidator> LazyValidator = new(() => new ProfileValidator(
        Store, GuideDependencies.Load(Path.Combine(AppContext.BaseDirectory, "profiles")), ProfileValidator.DefaultSpecificationZip));

    public static ConformanceStore Store => LazyStore.Value;

    public static ProfileValidator Validator => LazyValidator.Value;
}
