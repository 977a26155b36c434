namespace OpenImis.Fhir.Modules.Product.Data;

/// <summary>
/// A row of <c>tblProductItems</c>: a medical item the product covers. The item is kept as its id: tblItems belongs
/// to the Medical module, and a model maps a table once.
/// </summary>
internal sealed class ProductItem : CoveredLimits
{
    public int ItemId { get; set; }
}
