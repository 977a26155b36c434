using Hl7.Fhir.Model;

namespace OpenImis.Fhir.Core.Conformance;

/// <summary>The CapabilityStatement's <c>rest.security</c>, from the server's authentication (none while it is open).</summary>
public interface IRestSecuritySource
{
    /// <summary>The security component for the server at <paramref name="baseUrl"/>, or null when no authentication is on.</summary>
    CapabilityStatement.SecurityComponent? Build(string baseUrl);
}
