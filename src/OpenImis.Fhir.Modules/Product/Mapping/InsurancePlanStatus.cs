using Hl7.Fhir.Model;

namespace OpenImis.Fhir.Modules.Product.Mapping;

/// <summary>
/// openIMIS has no product status: like the official module, it is today against the product's validity. A product
/// not yet valid is draft, one past its end retired.
/// </summary>
internal static class InsurancePlanStatus
{
    public static PublicationStatus Of(DateTime from, DateTime to, DateOnly today)
    {
        var day = today.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        return day < from.Date ? PublicationStatus.Draft
            : day > to.Date ? PublicationStatus.Retired
            : PublicationStatus.Active;
    }
}
