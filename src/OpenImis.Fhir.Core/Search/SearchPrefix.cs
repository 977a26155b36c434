namespace OpenImis.Fhir.Core.Search;

/// <summary>The FHIR comparison prefixes for ordered values (dates, numbers).</summary>
public enum SearchPrefix
{
    /// <summary>Equal: the value's range lies within the parameter's range.</summary>
    Eq,
    /// <summary>Not equal.</summary>
    Ne,
    /// <summary>Greater than.</summary>
    Gt,
    /// <summary>Less than.</summary>
    Lt,
    /// <summary>Greater or equal.</summary>
    Ge,
    /// <summary>Less or equal.</summary>
    Le,
    /// <summary>Starts after.</summary>
    Sa,
    /// <summary>Ends before.</summary>
    Eb,
    /// <summary>Approximately.</summary>
    Ap,
}
