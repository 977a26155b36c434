using Hl7.Fhir.Model;

namespace OpenImis.Fhir.IntegrationTests.Enrolment;

/// <summary>The Contract and contribution a client sends to enrol a family.</summary>
internal static class EnrolmentRequests
{
    public const string Ig = "https://openimis.github.io/openimis_fhir_r4_ig";
    public const string ContractProfile = Ig + "/StructureDefinition/openimis-contract";
    public const string CoverageProfile = Ig + "/StructureDefinition/openimis-coverage";

    public static Hl7.Fhir.Model.Contract NewContract(string family, string head, string product, DateOnly issued, params Extension[] premiums) => new()
    {
        Meta = new Meta { Profile = [ContractProfile] },
        Status = Hl7.Fhir.Model.Contract.ContractResourceStatusCodes.Offered,
        IssuedElement = new FhirDateTime(Text(issued)),
        Subject = [new ResourceReference($"Group/{family}")],
        Scope = new CodeableConcept(Ig + "/CodeSystem/contract-scope", "informal"),
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
                            Reference = [new ResourceReference($"Patient/{head}")],
                            Role = new CodeableConcept(Ig + "/CodeSystem/contract-resource-party-role", "beneficiary"),
                        },
                    ],
                },
                Asset =
                [
                    new Hl7.Fhir.Model.Contract.ContractAssetComponent
                    {
                        Extension = [.. premiums],
                        ValuedItem = [new Hl7.Fhir.Model.Contract.ValuedItemComponent { Entity = new ResourceReference($"InsurancePlan/{product}") }],
                    },
                ],
            },
        ],
    };

    public static Extension Premium(decimal amount, string receipt, DateOnly date, string category = "C")
    {
        var premium = new Extension { Url = Ig + "/StructureDefinition/contract-premium" };
        premium.Extension.Add(new Extension("category", new CodeableConcept(Ig + "/CodeSystem/contract-premium-category", category)));
        premium.Extension.Add(new Extension("amount", new Money { Value = amount, Currency = Money.Currencies.EUR }));
        premium.Extension.Add(new Extension("receipt", new FhirString(receipt)));
        premium.Extension.Add(new Extension("date", new Date(Text(date))));
        premium.Extension.Add(new Extension("type", new CodeableConcept(Ig + "/CodeSystem/contract-premium-type", "C")));
        return premium;
    }

    public static string Text(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public static string Receipt() => "R" + Guid.NewGuid().ToString("N")[..10];
}
