namespace OpenImis.Fhir.Core.Security;

/// <summary>
/// Completes a caller once its token is validated, before the interaction runs: the openIMIS user behind it, the
/// rights that narrow its scopes. Every registered enricher runs, in registration order.
/// </summary>
public interface ICallerEnricher
{
    /// <summary>The caller completed.</summary>
    ValueTask<FhirCaller> EnrichAsync(FhirCaller caller, CancellationToken cancellationToken);
}
