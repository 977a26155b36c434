using Hl7.Fhir.Model;

namespace OpenImis.Fhir.Core.Conformance;

/// <summary>
/// Adds what a feature outside the handler registry offers to the derived CapabilityStatement (an
/// <c>instantiates</c>, an extension on a resource entry), after the builder has derived the rest. Registered by the
/// feature that maps what it declares, so the statement still says only what the server does.
/// </summary>
public interface ICapabilityContributor
{
    /// <summary>Adds to <paramref name="statement"/>, built for the server at <paramref name="baseUrl"/>.</summary>
    void Contribute(CapabilityStatement statement, string baseUrl);
}
