namespace OpenImis.Fhir.Core.Search;

/// <summary>
/// Canonical URLs of the R4 core SearchParameters that the platform's own parameters implement. The names differ
/// from the codes (<c>_id</c> is <c>Resource-id</c>), so they cannot be derived from them.
/// </summary>
public static class CoreSearchParameters
{
    private const string Base = "http://hl7.org/fhir/SearchParameter/";

    /// <summary><c>_id</c>.</summary>
    public const string Id = Base + "Resource-id";

    /// <summary><c>_lastUpdated</c>.</summary>
    public const string LastUpdated = Base + "Resource-lastUpdated";

    /// <summary><c>url</c> of every canonical resource.</summary>
    public const string Url = Base + "conformance-url";

    /// <summary><c>name</c> of every canonical resource.</summary>
    public const string Name = Base + "conformance-name";

    /// <summary><c>version</c> of every canonical resource.</summary>
    public const string Version = Base + "conformance-version";

    /// <summary><c>type</c> of StructureDefinition.</summary>
    public const string StructureDefinitionType = Base + "StructureDefinition-type";

    /// <summary><c>type</c> of SearchParameter.</summary>
    public const string SearchParameterType = Base + "SearchParameter-type";

    /// <summary><c>base</c> of SearchParameter.</summary>
    public const string SearchParameterBase = Base + "SearchParameter-base";

    /// <summary><c>code</c> of SearchParameter.</summary>
    public const string SearchParameterCode = Base + "SearchParameter-code";
}
