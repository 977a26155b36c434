namespace OpenImis.Fhir.Modules.Claim.Data;

/// <summary>A row of <c>tblPLItemsDetail</c>: one item on a price list.</summary>
internal sealed class ItemPriceListDetail : PriceListDetail
{
}
