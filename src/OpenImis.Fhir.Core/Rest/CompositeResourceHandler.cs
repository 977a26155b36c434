using Hl7.Fhir.Model;
using OpenImis.Fhir.Core.Errors;
using OpenImis.Fhir.Core.Search;

namespace OpenImis.Fhir.Core.Rest;

/// <summary>
/// A FHIR type fed by several sources (Organization: health facility, policy holder, insurer). An id belongs to the
/// source that holds it; searches and type history run over every source; a create goes to the source that accepts
/// the resource. Sources are asked in registration order, which is also the paging order of a search.
/// </summary>
public sealed partial class CompositeResourceHandler
    : IReadHandler, ISearchHandler, IHistoryHandler, ICreateHandler, IUpdateHandler, IDeleteHandler, IBulkExportHandler
{
    private readonly IReadOnlyList<IResourceSource> _sources;

    /// <summary>Puts the sources of <paramref name="resourceType"/> together.</summary>
    public CompositeResourceHandler(string resourceType, IReadOnlyList<IResourceSource> sources)
    {
        ResourceType = resourceType;
        _sources = sources;
        Profiles = sources.SelectMany(s => s.Profiles).Distinct(StringComparer.Ordinal).ToList();

        // One parameter per name: the first source's stands for the name; each source answers with its own.
        SearchParameters = sources.SelectMany(s => s.SearchParameters)
            .GroupBy(p => p.Name, StringComparer.Ordinal)
            .Select(g => g.First())
            .ToList();
    }

    /// <inheritdoc />
    public string ResourceType { get; }

    /// <inheritdoc />
    public IReadOnlyList<string> Profiles { get; }

    /// <inheritdoc />
    public IReadOnlyList<ISearchParameter> SearchParameters { get; }

    /// <summary>The sources, in registration order.</summary>
    public IReadOnlyList<IResourceSource> Sources => _sources;

    /// <inheritdoc />
    public bool Supports(Type interaction) => interaction.IsInstanceOfType(this) && _sources.Any(s => s.Supports(interaction));

    /// <inheritdoc />
    public IReadOnlyList<string> ProfilesFor(Resource resource) =>
        _sources.FirstOrDefault(s => s.Accepts(resource)) is { } source ? source.ProfilesFor(resource) : Profiles;

    /// <inheritdoc />
    public async Task<Resource> ReadAsync(string id, CancellationToken cancellationToken) =>
        await (await HolderAsync(id, cancellationToken)).ReadAsync(id, cancellationToken);

    /// <inheritdoc />
    public async Task<Resource> ReadVersionAsync(string id, string versionId, CancellationToken cancellationToken) =>
        await (await HolderAsync(id, cancellationToken)).ReadVersionAsync(id, versionId, cancellationToken);

    /// <inheritdoc />
    public async Task<Resource> CreateAsync(Resource resource, CancellationToken cancellationToken)
    {
        // A resource that claims a read-only source's profile is of a kind that cannot be created: 405, not 422.
        var source = _sources.FirstOrDefault(s => s.Accepts(resource))
            ?? _sources.FirstOrDefault(s => resource.Meta?.Profile.Any(p => s.Profiles.Contains(p, StringComparer.Ordinal)) == true)
            ?? throw FhirException.Unprocessable(
                $"{ResourceType}.meta.profile: say which kind of {ResourceType} this is by claiming one of {string.Join(", ", Profiles)}.",
                $"{ResourceType}.meta.profile");
        return await Writer<ICreateHandler>(source).CreateAsync(resource, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<Resource> UpdateAsync(string id, Resource resource, string? ifMatch, CancellationToken cancellationToken)
    {
        var source = await HolderOrNullAsync(id, cancellationToken)
            ?? throw FhirException.NotSupported($"{ResourceType}/{id} does not exist and update as create is not supported: create it with POST.");
        return await Writer<IUpdateHandler>(source).UpdateAsync(id, resource, ifMatch, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<Resource> ReadForUpdateAsync(string id, CancellationToken cancellationToken) =>
        await Writer<IUpdateHandler>(await HolderAsync(id, cancellationToken)).ReadForUpdateAsync(id, cancellationToken);

    /// <inheritdoc />
    public async Task<string?> DeleteAsync(string id, string? ifMatch, CancellationToken cancellationToken) =>
        await Writer<IDeleteHandler>(await HolderAsync(id, cancellationToken)).DeleteAsync(id, ifMatch, cancellationToken);

    private async Task<IResourceSource> HolderAsync(string id, CancellationToken cancellationToken) =>
        await HolderOrNullAsync(id, cancellationToken) ?? throw FhirException.NotFound($"{ResourceType}/{id} is not known.");

    private async Task<IResourceSource?> HolderOrNullAsync(string id, CancellationToken cancellationToken)
    {
        foreach (var source in _sources)
        {
            if (await source.HoldsAsync(id, cancellationToken))
            {
                return source;
            }
        }

        return null;
    }

    private T Writer<T>(IResourceSource source)
        where T : class, IResourceHandler =>
        source is T writer && source.Supports(typeof(T))
            ? writer
            : throw FhirException.NotSupported(
                $"The {HandlerRegistry.InteractionName(typeof(T))} interaction is not supported for this kind of {ResourceType} ({string.Join(", ", source.Profiles)}).");
}
