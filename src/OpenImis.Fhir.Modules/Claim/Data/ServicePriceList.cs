namespace OpenImis.Fhir.Modules.Claim.Data;

/// <summary>A row of <c>tblPLServices</c>: a health facility's service price list.</summary>
internal sealed class ServicePriceList : PriceList
{
}
