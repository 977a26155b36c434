namespace OpenImis.Fhir.IntegrationTests.ClaimSubmission;

/// <summary>The facility, claim administrator, diagnosis, price lists and product every test claim uses.</summary>
internal sealed record ClaimPlace(
    int FacilityId, string FacilityUuid, string AdminUuid, string DiagnosisCode, int ItemPriceListId, int ServicePriceListId, int ProductId);
