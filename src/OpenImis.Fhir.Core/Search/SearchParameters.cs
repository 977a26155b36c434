using System.Linq.Expressions;
using System.Reflection;
using SearchParamType = Hl7.Fhir.Model.SearchParamType;
using OpenImis.Fhir.Core.Errors;

namespace OpenImis.Fhir.Core.Search;

/// <summary>Factories for the common kinds of search parameter over openIMIS columns.</summary>
public static class SearchParameters
{
    private static readonly MethodInfo ToLowerMethod = typeof(string).GetMethod(nameof(string.ToLower), Type.EmptyTypes)!;
    private static readonly MethodInfo StartsWithMethod = typeof(string).GetMethod(nameof(string.StartsWith), [typeof(string)])!;
    private static readonly MethodInfo ContainsMethod = typeof(string).GetMethod(nameof(string.Contains), [typeof(string)])!;

    /// <summary>A string parameter matching any of <paramref name="columns"/>.</summary>
    public static SearchParameter<T> Text<T>(
        string name, string expression, string description, params Expression<Func<T, string?>>[] columns) =>
        new SearchParameter<T>(name, SearchParamType.String, expression, description,
            value => Predicates.Any(columns.Select(c => StringPredicate(c, (StringValue)value))),
            new SortKey<T, string?>(columns[0]))
        .WithMissing(Predicates.Any(columns.Select(HasText)));

    /// <summary>
    /// Whether a text column gives the element a value: mappers emit no element for null or empty text, so both are
    /// "missing".
    /// </summary>
    public static Expression<Func<T, bool>> HasText<T>(Expression<Func<T, string?>> column) =>
        Predicates.And(
            Predicates.Compare<T, string?, string?>(column, null, Expression.NotEqual),
            Expression.Lambda<Func<T, bool>>(Expression.NotEqual(column.Body, Expression.Constant(string.Empty, typeof(string))), column.Parameters));

    /// <summary>A uri parameter over one column: the whole value, or with <c>:below</c> a prefix of it.</summary>
    public static SearchParameter<T> Uri<T>(string name, string expression, string description, Expression<Func<T, string?>> column) =>
        new SearchParameter<T>(name, SearchParamType.Uri, expression, description, value =>
        {
            var uri = (UriValue)value;
            return uri.Below
                ? Predicates.Compare<T, string?, string>(column, uri.Value, (col, v) =>
                    Expression.AndAlso(
                        Expression.NotEqual(col, Expression.Constant(null, typeof(string))),
                        Expression.Call(col, StartsWithMethod, v)))
                : Predicates.Compare<T, string?, string?>(column, uri.Value, Expression.Equal);
        },
            new SortKey<T, string?>(column))
        .WithMissing(HasText(column));

    /// <summary>A token parameter whose translation the module writes.</summary>
    public static SearchParameter<T> Token<T>(
        string name, string expression, string description, Func<TokenValue, Expression<Func<T, bool>>> predicate) =>
        new(name, SearchParamType.Token, expression, description, value =>
        {
            var token = (TokenValue)value;
            var p = predicate(token);
            return token.Not ? Predicates.Not(p) : p;
        });

    /// <summary>A reference parameter whose translation the module writes.</summary>
    public static SearchParameter<T> Reference<T>(
        string name, string expression, string description, Func<ReferenceValue, Expression<Func<T, bool>>> predicate) =>
        new(name, SearchParamType.Reference, expression, description, value => predicate((ReferenceValue)value));

    /// <summary>A date parameter over a <c>date</c> column.</summary>
    public static SearchParameter<T> Date<T>(string name, string expression, string description, Expression<Func<T, DateOnly?>> column) =>
        new SearchParameter<T>(name, SearchParamType.Date, expression, description, value => DatePredicates.ForDay(column, (DateValue)value),
            new SortKey<T, DateOnly?>(column))
        .WithMissing(Predicates.Compare<T, DateOnly?, DateOnly?>(column, null, Expression.NotEqual));

    /// <summary>A date parameter over a timestamp column.</summary>
    public static SearchParameter<T> Instant<T>(string name, string expression, string description, Expression<Func<T, DateTime>> column) =>
        new SearchParameter<T>(name, SearchParamType.Date, expression, description, value => DatePredicates.ForInstant(column, (DateValue)value),
            new SortKey<T, DateTime>(column))
        .WithMissing(Predicates.True<T>());

    /// <summary>Matches a code column, optionally requiring the token's system to be <paramref name="system"/>.</summary>
    public static Expression<Func<T, bool>> CodeMatch<T>(
        Expression<Func<T, string?>> column, TokenValue token, string? system, Func<string, string?>? translate = null)
    {
        if (token.System is not null && system is not null && token.System.Length > 0 && token.System != system)
        {
            return Predicates.False<T>();
        }

        if (token.Code is null)
        {
            return Predicates.Compare<T, string?, string?>(column, null, Expression.NotEqual);
        }

        var code = translate is null ? token.Code : translate(token.Code);
        return code is null
            ? Predicates.False<T>()
            : Predicates.Compare<T, string?, string?>(column, code, Expression.Equal);
    }

    private static Expression<Func<T, bool>> StringPredicate<T>(Expression<Func<T, string?>> column, StringValue value)
    {
        if (value.Match == StringMatch.Exact)
        {
            return Predicates.Compare<T, string?, string?>(column, value.Value, Expression.Equal);
        }

        var method = value.Match == StringMatch.Contains ? ContainsMethod : StartsWithMethod;
        return Predicates.Compare<T, string?, string>(column, value.Value.ToLowerInvariant(), (col, v) =>
            Expression.AndAlso(
                Expression.NotEqual(col, Expression.Constant(null, typeof(string))),
                Expression.Call(Expression.Call(col, ToLowerMethod), method, v)));
    }

    internal static FhirException UnsupportedValue(string name, SearchValue value) =>
        FhirException.BadRequest($"Value '{value}' is not supported for search parameter '{name}'.");
}
