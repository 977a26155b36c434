using OpenImis.Fhir.Core.Errors;
using OpenImis.Fhir.Modules.Shared;

namespace OpenImis.Fhir.Modules.Policy.Contract;

/// <summary>
/// What a client says when it enrols a family: the family (subject), the product (valued item), the enrolment date
/// (issued), the members it expects covered and the contributions it paid. Dates and value are not read: the
/// server computes them from the product (decision §6.13).
/// </summary>
internal sealed record ContractRequest(
    string? FamilyUuid, string? ProductUuid, DateOnly? EnrollDate, IReadOnlyList<string> MemberUuids, IReadOnlyList<PremiumInput> Premiums)
{
    public const string SubjectElement = "Contract.subject";
    public const string ProductElement = "Contract.term.asset.valuedItem.entityReference";
    public const string IssuedElement = "Contract.issued";
    public const string MembersElement = "Contract.term.asset.typeReference";

    public static ContractRequest Read(Hl7.Fhir.Model.Contract contract)
    {
        var asset = contract.Term.FirstOrDefault()?.Asset.FirstOrDefault();
        if (contract.Term.Count > 1 || contract.Term.FirstOrDefault()?.Asset.Count > 1)
        {
            throw FhirException.Unprocessable("Contract.term: an openIMIS policy is one term with one asset (one product).", "Contract.term");
        }

        var family = FhirReferences.IdOf(contract.Subject.FirstOrDefault(), "Group", SubjectElement);
        var product = FhirReferences.IdOf(asset?.ValuedItem.FirstOrDefault()?.Entity as Hl7.Fhir.Model.ResourceReference, "InsurancePlan", ProductElement);
        var members = asset?.TypeReference.Select(r => FhirReferences.IdOf(r, "Patient", MembersElement)).OfType<string>().ToList() ?? [];
        var premiums = asset?.Extension.Where(e => e.Url == PolicyIg.Premium).Select(PremiumExtension.Read).ToList() ?? [];
        return new ContractRequest(family, product, PolicyDates.Parse(contract.IssuedElement?.Value), members, premiums);
    }
}
