namespace OpenImis.Fhir.Core.Formatting;

/// <summary>The structural limits every request body is read within.</summary>
internal static class BodyLimits
{
    /// <summary>
    /// The deepest nesting accepted, in JSON containers or XML elements. 64 is System.Text.Json's default, which the
    /// JSON parser always had; XML takes the same number. A FHIR structure costs at most as many XML levels as JSON
    /// ones plus one (a repeating element is one XML level but two JSON ones, an object and an array; a primitive is
    /// one XML level and none in JSON), so XML is never the stricter of the two; only a narrative's XHTML counts in
    /// XML and not in JSON, where it is a string.
    /// </summary>
    public const int MaxDepth = 64;

    /// <summary>
    /// The most parser issues an outcome lists; the rest are counted in one more issue. A megabyte of unknown
    /// elements nested 63 deep makes some 150,000 issues of a few hundred characters each: listed whole, the outcome
    /// would be many times the size of the body that caused it.
    /// </summary>
    public const int MaxIssues = 100;
}
