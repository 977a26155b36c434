using OpenImis.Fhir.Modules.Claim.Data;

namespace OpenImis.Fhir.Modules.Claim.Submission;

/// <summary>What the rule engine needs of a claim line and its item or service, the same for both kinds.</summary>
internal sealed record LineSubject(
    ClaimLine Line, int MedicalId, bool MedicalCurrent, string CareType, short PatientCategory, short? Frequency, decimal Price, bool IsService)
{
    public static LineSubject Of(ClaimItem line) => new(
        line, line.ItemId, line.Item!.ValidityTo is null, line.Item.CareType, line.Item.PatientCategory, line.Item.Frequency, line.Item.Price, false);

    public static LineSubject Of(ClaimService line) => new(
        line, line.ServiceId, line.Service!.ValidityTo is null, line.Service.CareType, line.Service.PatientCategory, line.Service.Frequency, line.Service.Price, true);
}
