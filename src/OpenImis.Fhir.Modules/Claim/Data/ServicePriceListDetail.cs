namespace OpenImis.Fhir.Modules.Claim.Data;

/// <summary>A row of <c>tblPLServicesDetail</c>: one service on a price list.</summary>
internal sealed class ServicePriceListDetail : PriceListDetail
{
}
