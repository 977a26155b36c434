using System.Linq.Expressions;
using OpenImis.Fhir.Core.Search;
using OpenImis.Fhir.Modules.Insuree.Mapping;

namespace OpenImis.Fhir.Modules.Insuree.Search;

/// <summary>The Patient search parameters over <c>tblInsuree</c> and the rows it joins; built once per process.</summary>
internal sealed class PatientSearchParameters(InsureeCodes codes)
{
    private const string GenderUnknown = "unknown";

    public IReadOnlyList<SearchParameter<Data.Insuree>> All { get; } =
    [
        SearchParameters.Token<Data.Insuree>("identifier", "Patient.identifier", "The insuree's CHFID (Code) or UUID",
            t => IdentifierSearch.Match<Data.Insuree>(t, i => i.ChfId, i => i.Uuid)),
        SearchParameters.Text<Data.Insuree>("name", "Patient.name", "A part of the insuree's last name or other names",
            i => i.LastName, i => i.OtherNames),
        SearchParameters.Text<Data.Insuree>("family", "Patient.name.family", "The insuree's last name", i => i.LastName),
        SearchParameters.Text<Data.Insuree>("given", "Patient.name.given", "The insuree's other names", i => i.OtherNames),
        SearchParameters.Date<Data.Insuree>("birthdate", "Patient.birthDate", "The insuree's date of birth", i => i.BirthDate),
        SearchParameters.Token<Data.Insuree>("gender", "Patient.gender", "The insuree's gender (administrative-gender)",
            t => Gender(t, codes)),
        SearchParameters.Token<Data.Insuree>("telecom", "Patient.telecom", "The insuree's phone or email",
            t => Predicates.Or(
                SearchParameters.CodeMatch<Data.Insuree>(i => i.Phone, t, "phone"),
                SearchParameters.CodeMatch<Data.Insuree>(i => i.Email, t, "email"))),
        SearchParameters.Token<Data.Insuree>("phone", "Patient.telecom.where(system='phone')", "The insuree's phone",
            t => SearchParameters.CodeMatch<Data.Insuree>(i => i.Phone, t, null)),
        SearchParameters.Token<Data.Insuree>("email", "Patient.telecom.where(system='email')", "The insuree's email",
            t => SearchParameters.CodeMatch<Data.Insuree>(i => i.Email, t, null)),
        SearchParameters.Text("address", "Patient.address", "A part of the address: village, line, ward, district or region",
            AddressColumns.Village, AddressColumns.Line, AddressColumns.Ward, AddressColumns.District, AddressColumns.Region),
        SearchParameters.Text("address-city", "Patient.address.city", "The village of the address", AddressColumns.Village),
        SearchParameters.Text("address-district", "Patient.address.district", "The district of the address", AddressColumns.District),
        SearchParameters.Text("address-state", "Patient.address.state", "The region of the address", AddressColumns.Region),
    ];

    // 'unknown' stands for an insuree without gender, as on read; other codes go through the gender ConceptMap.
    private static Expression<Func<Data.Insuree, bool>> Gender(TokenValue token, InsureeCodes codes)
    {
        var system = codes.Gender.TargetSystems[0];
        var anySystem = token.System is null or "" || token.System == system;
        return token.Code == GenderUnknown && anySystem
            ? Predicates.Compare<Data.Insuree, string?, string?>(i => i.GenderCode, null, Expression.Equal)
            : SearchParameters.CodeMatch<Data.Insuree>(i => i.GenderCode, token, system, c => codes.Gender.Reverse(c, system)?.Code);
    }
}
