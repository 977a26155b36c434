namespace OpenImis.Fhir.Modules.Product.Data;

/// <summary>
/// A row of <c>tblProductServices</c>: a medical service the product covers. The service is kept as its id: tblServices
/// belongs to the Medical module, and a model maps a table once.
/// </summary>
internal sealed class ProductService : CoveredLimits
{
    public int ServiceId { get; set; }
}
