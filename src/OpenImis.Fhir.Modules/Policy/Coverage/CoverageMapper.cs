using Hl7.Fhir.Model;
using OpenImis.Fhir.Modules.Policy.Data;
using OpenImis.Fhir.Modules.Shared;

namespace OpenImis.Fhir.Modules.Policy.Coverage;

/// <summary>
/// A policy (<c>tblPolicy</c>) as openimis-coverage, as the official module maps it: the family head is policy
/// holder, beneficiary and payor (informal sector), the product is the plan class.
/// </summary>
internal static class CoverageMapper
{
    public static Hl7.Fhir.Model.Coverage ToFhir(PolicyRow row)
    {
        var head = row.Family?.HeadInsuree;
        var headReference = head is null ? DataAbsent.UnknownReference() : FhirReferences.To("Patient", head.Uuid);
        return new Hl7.Fhir.Model.Coverage
        {
            Extension =
            [
                new Extension(PolicyIg.EnrollDate, PolicyDates.Date(row.EnrollDate)),
                new Extension(PolicyIg.EffectiveDate, PolicyDates.Date(row.EffectiveDate)),
            ],
            Identifier = [IgIdentifiers.Create(IgIdentifiers.Uuid, row.Uuid.ToLowerInvariant())],
            Status = Status(row.Status),
            PolicyHolder = headReference,
            Beneficiary = (ResourceReference)headReference.DeepCopy(),
            Payor = [(ResourceReference)headReference.DeepCopy()],
            Period = PolicyDates.Period(row.StartDate, row.ExpiryDate),
            Class =
            [
                new Hl7.Fhir.Model.Coverage.ClassComponent
                {
                    Type = PolicyIg.Concept(PolicyIg.CoverageClassSystem, "plan", "Plan"),
                    Value = row.Product?.ProductCode ?? string.Empty,
                    Name = row.Product?.ProductName,
                },
            ],
        };
    }

    // Expired stays "active" as in the official module: it still covers what happened within its dates (§1.2).
    public static FinancialResourceStatusCodes Status(short? status) => status switch
    {
        PolicyCodes.StatusActive or PolicyCodes.StatusExpired => FinancialResourceStatusCodes.Active,
        PolicyCodes.StatusSuspended => FinancialResourceStatusCodes.Cancelled,
        _ => FinancialResourceStatusCodes.Draft,
    };

    public static short[] StatusesOf(string code) => code switch
    {
        "active" => [PolicyCodes.StatusActive, PolicyCodes.StatusExpired],
        "cancelled" => [PolicyCodes.StatusSuspended],
        "draft" => [PolicyCodes.StatusIdle, PolicyCodes.StatusReady],
        _ => [],
    };
}
