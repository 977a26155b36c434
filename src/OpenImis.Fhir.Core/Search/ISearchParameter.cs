using Hl7.Fhir.Model;

namespace OpenImis.Fhir.Core.Search;

/// <summary>A search parameter as the CapabilityStatement and SearchParameter resources describe it.</summary>
public interface ISearchParameter
{
    /// <summary>The code used in the URL (<c>family</c>, <c>birthdate</c>).</summary>
    string Name { get; }

    /// <summary>The FHIR type of the parameter.</summary>
    SearchParamType Type { get; }

    /// <summary>The FHIRPath expression the parameter indexes.</summary>
    string Expression { get; }

    /// <summary>A human description.</summary>
    string Description { get; }

    /// <summary>The canonical URL of the SearchParameter definition.</summary>
    string Definition { get; }

    /// <summary>Whether <c>_sort</c> accepts it.</summary>
    bool Sortable { get; }

    /// <summary>The resource types a reference parameter points at (for chaining, <c>_include</c> and <c>_revinclude</c>); empty otherwise.</summary>
    IReadOnlyList<string> Targets => [];

    /// <summary>Whether <c>:missing</c> can be answered exactly.</summary>
    bool SupportsMissing => false;

    /// <summary>Whether the token accepts <c>:of-type</c> (identifiers).</summary>
    bool SupportsOfType => false;
}
