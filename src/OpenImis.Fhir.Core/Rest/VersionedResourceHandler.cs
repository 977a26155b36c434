using System.Linq.Expressions;
using Resource = Hl7.Fhir.Model.Resource;
using Meta = Hl7.Fhir.Model.Meta;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpenImis.Fhir.Core.Data;
using OpenImis.Fhir.Core.Errors;
using OpenImis.Fhir.Core.Search;

namespace OpenImis.Fhir.Core.Rest;

/// <summary>
/// A handler for a FHIR type stored in one openIMIS table with the openIMIS history convention. A module supplies
/// the mapping (<see cref="ToFhir"/>, <see cref="ApplyAsync"/>), the rows to load with it (<see cref="Shape"/>)
/// and its search parameters; this class does read, vread, search, create, update, delete and history.
/// </summary>
public abstract partial class VersionedResourceHandler<TEntity, TResource>
    : ITypedResourceHandler<TResource>, IResourceSource, ICreateHandler, IUpdateHandler, IDeleteHandler, IBulkExportHandler
    where TEntity : class, IVersionedRow, new()
    where TResource : Resource
{
    private IReadOnlyList<SearchParameter<TEntity>>? _allParameters;

    /// <summary>Creates the handler.</summary>
    protected VersionedResourceHandler(ImisDbContext db, TimeProvider clock, IOptionsMonitor<FhirServerOptions> options)
    {
        Db = db;
        Clock = clock;
        Options = options;
    }

    /// <inheritdoc />
    public string ResourceType => ModelInfoType;

    /// <summary>The canonical URL of the profile every emitted resource claims.</summary>
    public abstract string Profile { get; }

    /// <inheritdoc />
    public IReadOnlyList<string> Profiles => [Profile];

    /// <inheritdoc />
    public IReadOnlyList<ISearchParameter> SearchParameters => AllParameters;

    /// <summary>The database.</summary>
    protected ImisDbContext Db { get; }

    /// <summary>The clock for ValidityFrom/ValidityTo.</summary>
    protected TimeProvider Clock { get; }

    /// <summary>The server settings.</summary>
    protected FhirServerOptions Settings => Options.CurrentValue;

    /// <summary>The type's own search parameters; <c>_id</c> and <c>_lastUpdated</c> are added here.</summary>
    protected abstract IReadOnlyList<SearchParameter<TEntity>> ResourceSearchParameters { get; }

    private IOptionsMonitor<FhirServerOptions> Options { get; }

    // Firely names its POCO classes after the resource types.
    private static string ModelInfoType => typeof(TResource).Name;

    private IReadOnlyList<SearchParameter<TEntity>> AllParameters => _allParameters ??=
    [
        Search.SearchParameters.Token<TEntity>("_id", "Resource.id", "Logical id of this artifact",
            t => t.Code is null ? Predicates.False<TEntity>() : UuidEquals(t.Code)).WithDefinition(CoreSearchParameters.Id)
            .Identifying(e => e.Uuid).WithMissing(Predicates.True<TEntity>()),
        Search.SearchParameters.Instant<TEntity>("_lastUpdated", "Resource.meta.lastUpdated", "When the resource version last changed",
            e => e.ValidityFrom).WithDefinition(CoreSearchParameters.LastUpdated),
        .. ResourceSearchParameters,
    ];

    /// <summary>The writes openIMIS allows on the type; the others answer 405 and are left out of the CapabilityStatement.</summary>
    protected virtual WriteInteractions Writes => WriteInteractions.All;

    /// <inheritdoc />
    public bool Supports(Type interaction) =>
        interaction.IsInstanceOfType(this)
        && (interaction != typeof(ICreateHandler) || Writes.HasFlag(WriteInteractions.Create))
        && (interaction != typeof(IUpdateHandler) || Writes.HasFlag(WriteInteractions.Update))
        && (interaction != typeof(IDeleteHandler) || Writes.HasFlag(WriteInteractions.Delete));

    /// <inheritdoc />
    public IReadOnlyList<string> ProfilesFor(Resource resource) => Profiles;

    /// <summary>Whether a new resource belongs to this handler when it is one source of several: it claims <see cref="Profile"/>.</summary>
    public virtual bool Accepts(Resource resource) => resource.Meta?.Profile.Contains(Profile) == true;

    /// <inheritdoc />
    public Task<bool> HoldsAsync(string id, CancellationToken cancellationToken) =>
        Guid.TryParse(id, out _)
            ? Rows.Where(UuidEquals(id)).AnyAsync(e => e.LegacyId == null, cancellationToken)
            : Task.FromResult(false);

    /// <summary>
    /// The rows of the table that are resources of this type, for a type that is a subset of its table (a claim is a
    /// CommunicationRequest only once selected for feedback). Read, search, history and writes see only these.
    /// </summary>
    protected virtual IQueryable<TEntity> Scope(IQueryable<TEntity> rows) => rows;

    /// <summary>
    /// What narrows <see cref="Scope"/> for the current caller beyond the type (a district user's districts), in
    /// words for a refusal; null when nothing does. When set, a create or update checks, before it commits, that the
    /// row it wrote is one the caller may see, and refuses it with 403 otherwise: a caller must not put rows where
    /// it cannot see them.
    /// </summary>
    protected virtual string? CallerLimit => null;

    /// <summary>Adds the related rows the mapping needs (Include calls).</summary>
    protected virtual IQueryable<TEntity> Shape(IQueryable<TEntity> rows) => rows;

    /// <summary>Maps a row (live or history) with its related rows to the FHIR resource, without id or meta.</summary>
    protected abstract TResource ToFhir(TEntity row);

    /// <summary>
    /// Writes the resource into the row (a new one on create, the live one on update). Business rule failures throw
    /// <see cref="FhirException.Unprocessable(string, string)"/>.
    /// </summary>
    protected abstract System.Threading.Tasks.Task ApplyAsync(TResource resource, TEntity row, bool creating, CancellationToken cancellationToken);

    /// <summary>
    /// Work a create does once the new row (and the rows it tracks) is saved, in the same transaction: openIMIS
    /// submits a claim right after entering it. Throw a <see cref="FhirException"/> to roll the create back.
    /// </summary>
    protected virtual System.Threading.Tasks.Task OnCreatedAsync(TEntity row, CancellationToken cancellationToken) =>
        System.Threading.Tasks.Task.CompletedTask;

    /// <summary>A rule check before a delete; throw a 409 or 422 to refuse it.</summary>
    protected virtual System.Threading.Tasks.Task OnDeletingAsync(TEntity row, CancellationToken cancellationToken) =>
        System.Threading.Tasks.Task.CompletedTask;

    /// <summary>
    /// Work an update does once the live row (and the rows it tracks) is saved with its new <c>ValidityFrom</c>, in the
    /// same transaction: a handler records here the changes its write made to other resources (<c>ChangeOutbox</c>).
    /// </summary>
    protected virtual System.Threading.Tasks.Task OnUpdatedAsync(TEntity row, CancellationToken cancellationToken) =>
        System.Threading.Tasks.Task.CompletedTask;

    /// <summary>Work a delete does once the live row is saved with its <c>ValidityTo</c>, in the same transaction.</summary>
    protected virtual System.Threading.Tasks.Task OnDeletedAsync(TEntity row, CancellationToken cancellationToken) =>
        System.Threading.Tasks.Task.CompletedTask;

    /// <summary>Matches the row's UUID whatever case it was stored in, through the column's unique index.</summary>
    protected static Expression<Func<TEntity, bool>> UuidEquals(string id) => Predicates.UuidEquals<TEntity>(e => e.Uuid, id);

    /// <summary>The resource for a row, with id, version and profile.</summary>
    protected TResource Emit(TEntity row, string resourceId)
    {
        var resource = ToFhir(row);
        resource.Id = resourceId;
        resource.Meta = new Meta
        {
            VersionId = VersionIds.From(row.ValidityFrom),
            LastUpdated = new DateTimeOffset(row.ValidityFrom, TimeSpan.Zero),
            Profile = [Profile],
        };
        return resource;
    }

    private IQueryable<TEntity> Rows => Scope(Db.Set<TEntity>());

    private static string ResourceId(TEntity row) => row.Uuid.ToLowerInvariant();

    private static void EnsureId(string id)
    {
        if (!Guid.TryParse(id, out _))
        {
            throw FhirException.NotFound($"{ModelInfoType}/{id} is not known: ids are openIMIS UUIDs.");
        }
    }

    private async Task<TEntity> FindAsync(string id, CancellationToken cancellationToken)
    {
        EnsureId(id);
        var row = await Shape(Rows.AsNoTracking()).Where(UuidEquals(id)).FirstOrDefaultAsync(cancellationToken);

        // A history row has a UUID of its own, but it is not a resource.
        return row is null || row.LegacyId is not null
            ? throw FhirException.NotFound($"{ModelInfoType}/{id} is not known.")
            : row;
    }
}
