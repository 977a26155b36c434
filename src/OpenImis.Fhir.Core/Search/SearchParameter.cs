using System.Linq.Expressions;
using OpenImis.Fhir.Core.Errors;
using SearchParamType = Hl7.Fhir.Model.SearchParamType;

namespace OpenImis.Fhir.Core.Search;

/// <summary>
/// A search parameter over the entity <typeparamref name="TEntity"/>: its description plus the translation of one
/// value into a LINQ predicate that EF Core turns into SQL. A reference parameter also declares, per target type, the
/// column that holds the target's UUID (<see cref="Referring(string, Expression{Func{TEntity, string}})"/>), which
/// gives chaining, <c>_has</c>, <c>_revinclude</c> and <c>:missing</c> without more code in the module.
/// </summary>
public sealed class SearchParameter<TEntity> : ISearchParameter
{
    private readonly Func<SearchValue, Expression<Func<TEntity, bool>>> _predicate;
    private Dictionary<string, ReferenceColumn<TEntity>> _targets = new(StringComparer.Ordinal);
    private ReferenceColumn<TEntity>? _self;
    private Expression<Func<TEntity, bool>>? _present;

    /// <summary>Creates the parameter; prefer the <see cref="SearchParameters"/> factories.</summary>
    public SearchParameter(
        string name,
        SearchParamType type,
        string expression,
        string description,
        Func<SearchValue, Expression<Func<TEntity, bool>>> predicate,
        ISortKey<TEntity>? sortKey = null,
        string? definition = null)
    {
        Name = name;
        Type = type;
        Expression = expression;
        Description = description;
        _predicate = predicate;
        SortKey = sortKey;
        Definition = definition ?? $"http://hl7.org/fhir/SearchParameter/{expression.Split('.')[0]}-{name}";
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <inheritdoc />
    public SearchParamType Type { get; }

    /// <inheritdoc />
    public string Expression { get; }

    /// <inheritdoc />
    public string Description { get; }

    /// <inheritdoc />
    public string Definition { get; private set; }

    /// <inheritdoc />
    public bool Sortable => SortKey is not null;

    /// <inheritdoc />
    public IReadOnlyList<string> Targets => [.. _targets.Keys.Order(StringComparer.Ordinal)];

    /// <inheritdoc />
    public bool SupportsMissing => _present is not null;

    /// <inheritdoc />
    public bool SupportsOfType { get; private set; }

    /// <summary>How <c>_sort</c> orders by this parameter, when it can.</summary>
    public ISortKey<TEntity>? SortKey { get; }

    /// <summary>The predicate for one value.</summary>
    public Expression<Func<TEntity, bool>> PredicateFor(SearchValue value) => value switch
    {
        MissingValue missing => _present is null
            ? throw FhirException.BadRequest($"':missing' is not supported on search parameter '{Name}'.")
            : missing.Missing ? Predicates.Not(_present) : _present,
        ReferenceSetValue set => ColumnFor(set).Matches(set),
        _ => _predicate(value),
    };

    /// <summary>
    /// The predicate for a whole criterion: its values are alternatives; with <c>:not</c> the criterion matches what
    /// none of them matches, resources without any value included (FHIR R4 search, token <c>:not</c>).
    /// </summary>
    public Expression<Func<TEntity, bool>> PredicateFor(SearchCriterion criterion)
    {
        if (criterion.Modifier == "not")
        {
            var positive = criterion.Values.Select(v => v is TokenValue t ? _predicate(t with { Not = false }) : PredicateFor(v));
            return Predicates.Not(Predicates.Any(positive));
        }

        return Predicates.Any(criterion.Values.Select(PredicateFor));
    }

    /// <summary>The target UUIDs the matching rows refer to through this parameter: the stored spelling, for a subquery.</summary>
    public IQueryable<string> Referenced(IQueryable<TEntity> rows, string targetType) =>
        _targets.TryGetValue(targetType, out var column)
            ? column.Select(rows)
            : throw FhirException.BadRequest($"Search parameter '{Name}' does not refer to {targetType}.");

    /// <summary>The same parameter, defined by another SearchParameter canonical URL.</summary>
    public SearchParameter<TEntity> WithDefinition(string definition) => With(p => p.Definition = definition);

    /// <summary>
    /// The same parameter with <c>:missing</c>: <paramref name="present"/> says when a resource has a value for it.
    /// Declared only where it is exact; without it, <c>:missing</c> is refused rather than answered wrongly.
    /// </summary>
    public SearchParameter<TEntity> WithMissing(Expression<Func<TEntity, bool>> present) => With(p => p._present = present);

    /// <summary>The same token parameter with <c>:of-type</c> (identifier type, then value), passed to the predicate as <see cref="TokenValue.TypeCode"/>.</summary>
    public SearchParameter<TEntity> WithOfType() => With(p => p.SupportsOfType = true);

    /// <summary>The same reference parameter, pointing at <paramref name="targetType"/> whose stored UUID is <paramref name="uuid"/> (null: no reference).</summary>
    public SearchParameter<TEntity> Referring(string targetType, Expression<Func<TEntity, string?>> uuid) =>
        WithTarget(targetType, ReferenceColumn<TEntity>.Single(uuid));

    /// <summary>The same reference parameter, pointing at every <paramref name="targetType"/> whose stored UUID <paramref name="uuids"/> yields.</summary>
    public SearchParameter<TEntity> Referring(string targetType, Expression<Func<TEntity, IEnumerable<string>>> uuids) =>
        WithTarget(targetType, ReferenceColumn<TEntity>.Many(uuids));

    /// <summary>The same parameter, matching a set of the resource's own ids (<c>_id</c>; <c>_has</c> reaches the resource through it).</summary>
    public SearchParameter<TEntity> Identifying(Expression<Func<TEntity, string?>> uuid) =>
        With(p => p._self = ReferenceColumn<TEntity>.Single(uuid));

    private SearchParameter<TEntity> WithTarget(string targetType, ReferenceColumn<TEntity> column) => With(p =>
    {
        p._targets = new Dictionary<string, ReferenceColumn<TEntity>>(_targets, StringComparer.Ordinal) { [targetType] = column };
        p._present = p._present is null ? column.Present : Predicates.Or(p._present, column.Present);
    });

    private ReferenceColumn<TEntity> ColumnFor(ReferenceSetValue set) =>
        (set.TargetType is null ? _self : _targets.GetValueOrDefault(set.TargetType))
        ?? throw FhirException.BadRequest($"Search parameter '{Name}' cannot refer to {set.TargetType ?? "the resource's id"}.");

    // Declarations are built once per process and shared: each change makes a copy.
    private SearchParameter<TEntity> With(Action<SearchParameter<TEntity>> change)
    {
        var copy = (SearchParameter<TEntity>)MemberwiseClone();
        change(copy);
        return copy;
    }
}
