namespace OpenImis.Fhir.Core.Search;

/// <summary>One parsed value of a search parameter (one of the comma-separated alternatives).</summary>
public abstract record SearchValue;

/// <summary>How a string parameter matches.</summary>
public enum StringMatch
{
    /// <summary>Case-insensitive prefix (the FHIR default).</summary>
    StartsWith,
    /// <summary><c>:exact</c>, case-sensitive whole value.</summary>
    Exact,
    /// <summary><c>:contains</c>, case-insensitive substring.</summary>
    Contains,
}

/// <summary>A string value: <c>name=smi</c>, <c>name:exact=Smith</c>, <c>name:contains=mit</c>.</summary>
public sealed record StringValue(string Value, StringMatch Match) : SearchValue;

/// <summary>
/// A token: <c>code</c> (any system), <c>system|code</c>, <c>|code</c> (no system) or <c>system|</c> (any code in system).
/// <see cref="System"/> is null when no system was given, empty for <c>|code</c>.
/// </summary>
public sealed record TokenValue(string? System, string? Code, bool Not = false) : SearchValue
{
    /// <summary>With <c>:of-type</c>, the system of the identifier type (<c>type-system|type-code|value</c>); null otherwise.</summary>
    public string? TypeSystem { get; init; }

    /// <summary>With <c>:of-type</c>, the code of the identifier type; <see cref="Code"/> is then the identifier's value.</summary>
    public string? TypeCode { get; init; }
}

/// <summary>A date with a prefix; the value stands for the range [Start, End) implied by its precision.</summary>
public sealed record DateValue(SearchPrefix Prefix, DateTime Start, DateTime End) : SearchValue;

/// <summary>A reference: <c>Type/id</c>, a bare id, or an absolute URL reduced to type and id.</summary>
public sealed record ReferenceValue(string? Type, string Id) : SearchValue;

/// <summary>A number with a prefix.</summary>
public sealed record NumberValue(SearchPrefix Prefix, decimal Value) : SearchValue;

/// <summary>A uri: the whole value by default, or with <c>:below</c> any uri that starts with it.</summary>
public sealed record UriValue(string Value, bool Below) : SearchValue;

/// <summary><c>:missing=true</c> (no value) or <c>:missing=false</c> (some value).</summary>
public sealed record MissingValue(bool Missing) : SearchValue;

/// <summary>
/// A reference (or, with no <see cref="TargetType"/>, the resource's own id) that must point at one of a set of
/// resources of <see cref="TargetType"/>: the stored UUIDs a database query yields (<see cref="Query"/>, composed into
/// one SQL statement as a subquery) or ids known in memory (<see cref="Ids"/>, from a two-step search or an include).
/// </summary>
public sealed record ReferenceSetValue(string? TargetType, IQueryable<string>? Query, IReadOnlyCollection<string>? Ids) : SearchValue;
