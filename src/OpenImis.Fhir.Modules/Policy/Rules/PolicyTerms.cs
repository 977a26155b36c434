namespace OpenImis.Fhir.Modules.Policy.Rules;

/// <summary>The dates a value depends on: stage, enrolment, start and, for a renewal, the previous policy's expiry.</summary>
internal sealed record PolicyTerms(string Stage, DateOnly EnrollDate, DateOnly StartDate, DateOnly? PreviousExpiryDate = null);
