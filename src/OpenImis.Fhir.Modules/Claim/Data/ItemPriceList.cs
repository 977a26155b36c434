namespace OpenImis.Fhir.Modules.Claim.Data;

/// <summary>A row of <c>tblPLItems</c>: a health facility's item price list.</summary>
internal sealed class ItemPriceList : PriceList
{
}
