using Hl7.Fhir.Model;
using OpenImis.Fhir.Modules.Policy.Data;
using OpenImis.Fhir.Modules.Shared;

namespace OpenImis.Fhir.Modules.Policy.Contract;

/// <summary>
/// A policy with its terms as openimis-contract: the family is the subject, its head the offer's party, the covered
/// members (<c>tblInsureePolicy</c>) the asset's typeReference, the product and value the valued item, and the
/// contributions (<c>tblPremium</c>) contract-premium extensions.
/// </summary>
internal sealed class ContractMapper(Money.Currencies currency)
{
    public Money.Currencies Currency => currency;

    public Hl7.Fhir.Model.Contract ToFhir(PolicyRow row)
    {
        var asset = new Hl7.Fhir.Model.Contract.ContractAssetComponent
        {
            Extension = [.. row.Premiums.OrderBy(p => p.PayDate).ThenBy(p => p.Id).Select(p => PremiumExtension.ToFhir(p, currency))],
            TypeReference = [.. Covered(row)],
            Period = [PolicyDates.Period(row.StartDate, row.ExpiryDate)],
            UsePeriod = [PolicyDates.Period(row.EffectiveDate, row.ExpiryDate)],
            ValuedItem =
            [
                new Hl7.Fhir.Model.Contract.ValuedItemComponent
                {
                    Entity = row.Product is null ? DataAbsent.UnknownReference() : Display(FhirReferences.To("InsurancePlan", row.Product.Uuid), row.Product.ProductCode),
                    Net = new Money { Value = row.Value ?? 0, Currency = currency },
                },
            ],
        };
        var head = row.Family?.HeadInsuree;
        return new Hl7.Fhir.Model.Contract
        {
            Identifier = [IgIdentifiers.Create(IgIdentifiers.Uuid, row.Uuid.ToLowerInvariant())],
            Status = row.Status is PolicyCodes.StatusIdle or PolicyCodes.StatusReady or null
                ? Hl7.Fhir.Model.Contract.ContractResourceStatusCodes.Offered
                : Hl7.Fhir.Model.Contract.ContractResourceStatusCodes.Executed,
            IssuedElement = new FhirDateTime(PolicyDates.Text(row.EnrollDate)),
            Subject = [row.Family is null ? DataAbsent.UnknownReference() : FhirReferences.To("Group", row.Family.Uuid)],
            Scope = PolicyIg.Concept(PolicyIg.ScopeSystem, "informal", "Informal Sector"),
            Term =
            [
                new Hl7.Fhir.Model.Contract.TermComponent
                {
                    Offer = new Hl7.Fhir.Model.Contract.ContractOfferComponent
                    {
                        Party =
                        [
                            new Hl7.Fhir.Model.Contract.ContractPartyComponent
                            {
                                Reference = [head is null ? DataAbsent.UnknownReference() : FhirReferences.To("Patient", head.Uuid)],
                                Role = PolicyIg.Concept(PolicyIg.PartyRoleSystem, "beneficiary", "Beneficiary"),
                            },
                        ],
                    },
                    Asset = [asset],
                },
            ],
        };
    }

    // An Idle policy of a family whose members all left still names the head, so the required element has a value.
    private static IEnumerable<ResourceReference> Covered(PolicyRow row)
    {
        var members = row.Members.Where(m => m.Insuree is not null).OrderBy(m => m.InsureeId).Select(m => FhirReferences.To("Patient", m.Insuree!.Uuid)).ToList();
        return members.Count > 0 || row.Family?.HeadInsuree is not { } head ? members : [FhirReferences.To("Patient", head.Uuid)];
    }

    private static ResourceReference Display(ResourceReference reference, string display)
    {
        reference.Display = display;
        return reference;
    }
}
