using System.Linq.Expressions;
using OpenImis.Fhir.Core.Search;
using OpenImis.Fhir.Modules.Insuree.Mapping;
using OpenImis.Fhir.Modules.Shared;

namespace OpenImis.Fhir.Modules.Insuree.Search;

/// <summary>The Patient search parameters over <c>tblInsuree</c> and the rows it joins; built once per process.</summary>
internal sealed class PatientSearchParameters(InsureeCodes codes)
{
    private const string GenderUnknown = "unknown";

    // R4 core defines these once for Patient, Practitioner, RelatedPerson and Person (individual-*), not as
    // Patient-family and the like; address-district is none of core's and the guide defines it.
    private const string Individual = "http://hl7.org/fhir/SearchParameter/individual-";

    public IReadOnlyList<SearchParameter<Data.Insuree>> All { get; } =
    [
        SearchParameters.Token<Data.Insuree>("identifier", "Patient.identifier", "The insuree's CHFID (Code) or UUID",
            t => IdentifierSearch.Match<Data.Insuree>(t, i => i.ChfId, i => i.Uuid))
            .WithOfType().WithMissing(Predicates.True<Data.Insuree>()),
        SearchParameters.Text<Data.Insuree>("name", "Patient.name", "A part of the insuree's last name or other names",
            i => i.LastName, i => i.OtherNames),
        SearchParameters.Text<Data.Insuree>("family", "Patient.name.family", "The insuree's last name", i => i.LastName)
            .WithDefinition(Individual + "family"),
        SearchParameters.Text<Data.Insuree>("given", "Patient.name.given", "The insuree's other names", i => i.OtherNames)
            .WithDefinition(Individual + "given"),
        SearchParameters.Date<Data.Insuree>("birthdate", "Patient.birthDate", "The insuree's date of birth", i => i.BirthDate)
            .WithDefinition(Individual + "birthdate"),
        SearchParameters.Token<Data.Insuree>("gender", "Patient.gender", "The insuree's gender (administrative-gender)",
            t => Gender(t, codes))
            .WithDefinition(Individual + "gender").WithMissing(Predicates.True<Data.Insuree>()),
        SearchParameters.Token<Data.Insuree>("telecom", "Patient.telecom", "The insuree's phone or email",
            t => Predicates.Or(
                SearchParameters.CodeMatch<Data.Insuree>(i => i.Phone, t, "phone"),
                SearchParameters.CodeMatch<Data.Insuree>(i => i.Email, t, "email")))
            .WithDefinition(Individual + "telecom")
            .WithMissing(Predicates.Or(SearchParameters.HasText<Data.Insuree>(i => i.Phone), SearchParameters.HasText<Data.Insuree>(i => i.Email))),
        SearchParameters.Token<Data.Insuree>("phone", "Patient.telecom.where(system='phone')", "The insuree's phone",
            t => SearchParameters.CodeMatch<Data.Insuree>(i => i.Phone, t, null))
            .WithDefinition(Individual + "phone").WithMissing(SearchParameters.HasText<Data.Insuree>(i => i.Phone)),
        SearchParameters.Token<Data.Insuree>("email", "Patient.telecom.where(system='email')", "The insuree's email",
            t => SearchParameters.CodeMatch<Data.Insuree>(i => i.Email, t, null))
            .WithDefinition(Individual + "email").WithMissing(SearchParameters.HasText<Data.Insuree>(i => i.Email)),
        SearchParameters.Text("address", "Patient.address", "A part of the address: village, line, ward, district or region",
            AddressColumns.Village, AddressColumns.Line, AddressColumns.Ward, AddressColumns.District, AddressColumns.Region)
            .WithDefinition(Individual + "address")

            // A Patient has an address exactly when it has a village: the line alone makes none.
            .WithMissing(SearchParameters.HasText(AddressColumns.Village)),
        SearchParameters.Text("address-city", "Patient.address.city", "The village of the address", AddressColumns.Village)
            .WithDefinition(Individual + "address-city"),
        SearchParameters.Text("address-district", "Patient.address.district", "The district of the address", AddressColumns.District)
            .WithDefinition(OpenImisIg.Base + "/SearchParameter/Patient-address-district"),
        SearchParameters.Text("address-state", "Patient.address.state", "The region of the address", AddressColumns.Region)
            .WithDefinition(Individual + "address-state"),
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
