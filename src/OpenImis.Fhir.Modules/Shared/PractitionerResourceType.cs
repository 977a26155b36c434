using System.Linq.Expressions;
using OpenImis.Fhir.Core.Search;

namespace OpenImis.Fhir.Modules.Shared;

/// <summary>
/// The official openIMIS FHIR module's <c>resourceType</c> filter on Practitioner and PractitionerRole:
/// <c>resourceType=ca</c> asks for claim administrators, <c>resourceType=eo</c> for enrolment officers. Each source
/// declares it with its own person type, so the parameter picks a whole source or none of it.
/// </summary>
internal static class PractitionerResourceType
{
    public const string Name = "resourceType";

    public static SearchParameter<T> For<T>(string fhirType, string personType) =>
        SearchParameters.Token<T>(Name, $"{fhirType}.{(fhirType == "Practitioner" ? "qualification.code" : "code")}",
                "ca (claim administrators) or eo (enrolment officers), as the official openIMIS FHIR module asks",
                t => Picks<T>(t, personType))
            .WithDefinition($"{OpenImisIg.Base}/SearchParameter/{fhirType}-{Name}");

    // The module spells the types in lower case; the guide's codes are upper case: either matches.
    private static Expression<Func<T, bool>> Picks<T>(TokenValue token, string personType) =>
        string.Equals(token.Code, personType, StringComparison.OrdinalIgnoreCase) && token.System is null or ""
            ? Predicates.True<T>()
            : Predicates.False<T>();
}
