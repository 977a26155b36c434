using Hl7.Fhir.Model;
using Hl7.Fhir.Specification.Source;

namespace OpenImis.Fhir.Core.Terminology;

/// <summary>
/// Resolves as <paramref name="inner"/> does, but a code system a table feeds comes with the table's codes, so
/// that an expansion lists them, and a value set that includes one comes as a fresh copy: the SDK's terminology
/// service keeps the expansion it computes in the value set it resolved, which would hold on to old codes.
/// </summary>
internal sealed class DatabaseOverlayResolver(IAsyncResourceResolver inner, DatabaseCodeSystems databaseCodeSystems) : IAsyncResourceResolver
{
    public async Task<ResolverResult> TryResolveByCanonicalUriAsync(string uri) => await OverlayAsync(await inner.TryResolveByCanonicalUriAsync(uri));

    public async Task<ResolverResult> TryResolveByUriAsync(string uri) => await OverlayAsync(await inner.TryResolveByUriAsync(uri));

    public async Task<Resource?> ResolveByCanonicalUriAsync(string uri) => (await TryResolveByCanonicalUriAsync(uri)).Value;

    public async Task<Resource?> ResolveByUriAsync(string uri) => (await TryResolveByUriAsync(uri)).Value;

    private async Task<ResolverResult> OverlayAsync(ResolverResult result) =>
        result.Success ? new ResolverResult(await OverlayAsync(result.Value)) : result;

    private async Task<Resource> OverlayAsync(Resource resource) => resource switch
    {
        CodeSystem codeSystem when databaseCodeSystems.Covers(codeSystem.Url) => await databaseCodeSystems.OverlayAsync(codeSystem),
        ValueSet valueSet when valueSet.Compose?.Include.Any(i => databaseCodeSystems.Covers(i.System)) == true => Unexpanded(valueSet),
        _ => resource,
    };

    private static ValueSet Unexpanded(ValueSet valueSet)
    {
        var copy = (ValueSet)valueSet.DeepCopy();
        copy.Expansion = null;
        return copy;
    }
}
