using System.Linq.Expressions;
using SearchParamType = Hl7.Fhir.Model.SearchParamType;

namespace OpenImis.Fhir.Core.Search;

/// <summary>
/// A search parameter over the entity <typeparamref name="TEntity"/>: its description plus the translation of one
/// value into a LINQ predicate that EF Core turns into SQL.
/// </summary>
public sealed class SearchParameter<TEntity> : ISearchParameter
{
    private readonly Func<SearchValue, Expression<Func<TEntity, bool>>> _predicate;

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
    public string Definition { get; }

    /// <inheritdoc />
    public bool Sortable => SortKey is not null;

    /// <summary>How <c>_sort</c> orders by this parameter, when it can.</summary>
    public ISortKey<TEntity>? SortKey { get; }

    /// <summary>The predicate for one value.</summary>
    public Expression<Func<TEntity, bool>> PredicateFor(SearchValue value) => _predicate(value);

    /// <summary>The same parameter, defined by another SearchParameter canonical URL.</summary>
    public SearchParameter<TEntity> WithDefinition(string definition) =>
        new(Name, Type, Expression, Description, _predicate, SortKey, definition);
}
