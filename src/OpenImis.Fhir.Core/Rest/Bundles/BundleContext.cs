using OpenImis.Fhir.Core.Rest.Interactions;

namespace OpenImis.Fhir.Core.Rest.Bundles;

/// <summary>What the request that carried a batch or transaction says for all its entries.</summary>
public sealed record BundleContext(string BaseUrl, PreferReturn Return, bool Strict);
