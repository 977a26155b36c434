using Hl7.Fhir.Model;
using OpenImis.Fhir.Modules.Claim.Data;
using OpenImis.Fhir.Modules.Shared;
using FhirClaim = Hl7.Fhir.Model.Claim;

namespace OpenImis.Fhir.Modules.Claim.Mapping;

/// <summary>
/// <c>tblClaim</c> and its lines as openimis-claim, as the official module's Claim converter writes it: items first,
/// then services; the line's code in productOrService.text and its item or service in the claim-item-reference
/// extension; <c>Claimed</c> as the total.
/// </summary>
internal sealed class ClaimMapper(Money.Currencies currency)
{
    public FhirClaim ToFhir(ClaimRow row)
    {
        var claim = new FhirClaim
        {
            Identifier = IgIdentifiers.Of(row.Code, row),
            Status = FinancialResourceStatusCodes.Active,
            Type = VisitType(row.VisitType),
            Use = ClaimUseCode.Claim,
            Patient = Reference("Patient", row.Insuree?.Uuid, row.Insuree?.ChfId),
            BillablePeriod = new Period(new FhirDateTime(Date(row.DateFrom)), new FhirDateTime(Date(row.DateTo ?? row.DateFrom))),
            Created = Date(row.DateClaimed),
            Enterer = row.ClaimAdmin is { } admin ? Reference("Practitioner", admin.Uuid, admin.Code) : null,
            Provider = Reference("Organization", row.HealthFacility?.Uuid, row.HealthFacility?.Code),
            Priority = Concept(ClaimFhir.PrioritySystem, "normal", "Normal"),
            Total = Amount(row.Claimed ?? 0m),
        };
        AddSupportingInfo(claim, ClaimFhir.Explanation, row.Explanation);
        AddSupportingInfo(claim, ClaimFhir.Guarantee, row.GuaranteeId);
        foreach (var diagnosis in new[] { row.Diagnosis, row.Diagnosis1, row.Diagnosis2, row.Diagnosis3, row.Diagnosis4 }.OfType<Medical.Data.Diagnosis>())
        {
            claim.Diagnosis.Add(new FhirClaim.DiagnosisComponent
            {
                Sequence = claim.Diagnosis.Count + 1,
                Diagnosis = new CodeableConcept(OpenImisIg.DiagnosisSystem, diagnosis.Code, diagnosis.Name),
            });
        }

        claim.Insurance.Add(new FhirClaim.InsuranceComponent { Sequence = 1, Focal = true, Coverage = Coverage(row) });
        foreach (var item in Lines(row, row.Items))
        {
            claim.Item.Add(Line(claim, ClaimFhir.Item, "Medication", item.Item?.Uuid, item.Item?.Code, item));
        }

        foreach (var service in Lines(row, row.Services))
        {
            claim.Item.Add(Line(claim, ClaimFhir.Service, "ActivityDefinition", service.Service?.Uuid, service.Service?.Code, service));
        }

        return claim;
    }

    // A live claim shows its current lines; a history copy shows the copies of the lines it had (ClaimSubmission).
    private static IEnumerable<T> Lines<T>(ClaimRow row, IEnumerable<T> lines)
        where T : ClaimLine =>
        lines.Where(l => row.ValidityTo is not null || l.ValidityTo is null).OrderBy(l => l.Id);

    private FhirClaim.ItemComponent Line(FhirClaim claim, string category, string type, string? uuid, string? code, ClaimLine line)
    {
        var component = new FhirClaim.ItemComponent
        {
            Sequence = claim.Item.Count + 1,
            Category = Concept(ClaimFhir.ItemCategorySystem, category, category == ClaimFhir.Item ? "Item" : "Service", category),
            ProductOrService = new CodeableConcept { Text = code },
            Quantity = new Quantity { Value = line.QtyProvided },
            UnitPrice = Amount(line.PriceAsked),
        };
        if (uuid is not null)
        {
            component.Extension.Add(new Extension(ClaimFhir.ItemReference, FhirReferences.To(type, uuid)));
        }

        return component;
    }

    // The policy the rule engine assigned to a line; before that, none is known.
    private static ResourceReference Coverage(ClaimRow row)
    {
        var policy = row.Items.Select(l => l.Policy).Concat(row.Services.Select(l => l.Policy)).FirstOrDefault(p => p is not null);
        return policy is null
            ? new ResourceReference { Display = "No policy was assigned to the claim's lines." }
            : FhirReferences.To("Coverage", policy.Uuid);
    }

    private static void AddSupportingInfo(FhirClaim claim, string category, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            claim.SupportingInfo.Add(new FhirClaim.SupportingInformationComponent
            {
                Sequence = claim.SupportingInfo.Count + 1,
                Category = new CodeableConcept(ClaimFhir.SupportingInfoSystem, category),
                Value = new FhirString(value),
            });
        }
    }

    private static CodeableConcept VisitType(string? code)
    {
        var visit = code is not null && ClaimFhir.VisitTypes.ContainsKey(code) ? code : "O";
        return Concept(ClaimFhir.VisitTypeSystem, visit, ClaimFhir.VisitTypes[visit]);
    }

    // CodeableConcept's constructor takes a text, not a display; the guide's patterns carry the display.
    private static CodeableConcept Concept(string system, string code, string display, string? text = null) =>
        new() { Coding = [new Coding(system, code, display)], Text = text };

    private static ResourceReference Reference(string type, string? uuid, string? display)
    {
        var reference = uuid is null ? new ResourceReference() : FhirReferences.To(type, uuid);
        reference.Display = display;
        return reference;
    }

    private Money Amount(decimal value) => new() { Value = value, Currency = currency };

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
