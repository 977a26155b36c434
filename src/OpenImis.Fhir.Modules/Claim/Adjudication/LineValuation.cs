namespace OpenImis.Fhir.Modules.Claim.Adjudication;

/// <summary>What valuation decided for one line: taken by the deductible, paid, and cut by the ceilings.</summary>
internal sealed record LineValuation(decimal Deducted, decimal Paid, decimal ExceedCeiling, decimal ExceedCategory);
