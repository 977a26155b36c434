namespace OpenImis.Fhir.Modules.Claim.Submission.Rules;

/// <summary>
/// The claim category (<c>get_claim_category</c>): the service categories of the claim plus H for a multi-day claim,
/// the first in the order S, D, A, H, C, O, V; V when none. A category maximum refuses a service with its code.
/// </summary>
internal static class ClaimCategories
{
    private const string Priority = "SDAHCOV";

    public static string Of(IEnumerable<string?> serviceCategories, bool multiDay)
    {
        var found = serviceCategories.OfType<string>().ToHashSet(StringComparer.Ordinal);
        if (multiDay)
        {
            found.Add("H");
        }

        return Priority.Select(c => c.ToString()).FirstOrDefault(found.Contains) ?? "V";
    }

    /// <summary>The maximum for the category and its rejection code; none for O.</summary>
    public static (int? Maximum, short Code)? Maximum(string category, Product.Data.Product product) => category switch
    {
        "C" => (product.MaxNoConsultation, RejectionCodes.MaxConsultations),
        "S" => (product.MaxNoSurgery, RejectionCodes.MaxSurgeries),
        "D" => (product.MaxNoDelivery, RejectionCodes.MaxDeliveries),
        "A" => (product.MaxNoAntenatal, RejectionCodes.MaxAntenatal),
        "H" => (product.MaxNoHospitalization, RejectionCodes.MaxHospitalisations),
        "V" => (product.MaxNoVisits, RejectionCodes.MaxVisits),
        _ => null,
    };

    /// <summary>Decision §6.2: a maximum of M admits M claims of the category, so 0 refuses the first one too.</summary>
    public static bool Rejects(int? maximum, int previousClaims) => maximum is >= 0 && previousClaims >= maximum.Value;
}
