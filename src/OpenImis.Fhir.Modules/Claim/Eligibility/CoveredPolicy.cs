namespace OpenImis.Fhir.Modules.Claim.Eligibility;

/// <summary>
/// A policy that covers the insuree on the enquiry date, with the insuree's own coverage window
/// (<c>tblInsureePolicy</c> effective date to expiry): claims count against the policy only inside it.
/// </summary>
internal sealed record CoveredPolicy(
    int PolicyId,
    string PolicyUuid,
    DateOnly StartDate,
    DateOnly? ExpiryDate,
    DateOnly EffectiveDate,
    DateOnly CoveredUntil,
    Product.Data.Product Product);
