using System.Runtime.CompilerServices;
using Hl7.Fhir.Model;
using OpenImis.Fhir.Core.Terminology;

namespace OpenImis.Fhir.Core.Conformance;

/// <summary>
/// Serves the loaded code systems; one an openIMIS table feeds comes with the table's codes, and is also read under
/// the alias its source declares (the path an openIMIS backend serves it at).
/// </summary>
internal sealed class CodeSystemHandler(ConformanceStore store, DatabaseCodeSystems databaseCodeSystems) : ConformanceHandler<CodeSystem>
{
    private readonly IReadOnlyList<CodeSystem> _resources = [.. store.All<CodeSystem>()];

    // The alias's copy of each served instance, so that its version digest is computed once per refresh.
    private readonly ConditionalWeakTable<CodeSystem, CodeSystem> _aliased = [];

    protected override IReadOnlyList<CodeSystem> Resources => _resources;

    protected override CodeSystem Find(string id)
    {
        if (databaseCodeSystems.AliasUrl(id) is { } url && _resources.FirstOrDefault(r => r.Url == url) is { } target)
        {
            return Aliased(target, id);
        }

        return base.Find(id);
    }

    protected override async Task<CodeSystem> CurrentAsync(CodeSystem resource, CancellationToken cancellationToken)
    {
        var current = await databaseCodeSystems.OverlayAsync(resource, cancellationToken);
        return current.Id == resource.Id ? current : Aliased(current, resource.Id!);
    }

    private CodeSystem Aliased(CodeSystem resource, string id) => resource.Id == id
        ? resource
        : _aliased.GetValue(resource, r =>
        {
            var copy = (CodeSystem)r.DeepCopy();
            copy.Id = id;
            return copy;
        });
}
