namespace OpenImis.Fhir.Modules.Claim.Submission.Rules;

/// <summary>The rejection reasons the rule engine writes on lines and, for a claim-level failure, on the claim (§1.7).</summary>
internal static class RejectionCodes
{
    public const short Accepted = 0;
    public const short InvalidItem = 1;
    public const short NotInPriceList = 2;
    public const short NoProduct = 3;
    public const short PatientCategory = 4;
    public const short Frequency = 5;
    public const short InsureeNotCovered = 7;
    public const short TargetDate = 9;
    public const short CareType = 10;
    public const short MaxHospitalisations = 11;
    public const short MaxVisits = 12;
    public const short MaxConsultations = 13;
    public const short MaxSurgeries = 14;
    public const short MaxDeliveries = 15;
    public const short QuantityLimit = 16;
    public const short WaitingPeriod = 17;
    public const short MaxAntenatal = 19;
}
