using Hl7.Fhir.Model;
using OpenImis.Fhir.Core.Conformance;

namespace OpenImis.Fhir.Server.Security;

/// <summary>The CapabilityStatement's <c>rest.security</c> while auth is on: SMART on FHIR, with the token endpoint.</summary>
internal sealed class SmartCapability(SmartEndpoints endpoints) : IRestSecuritySource
{
    public const string OAuthUrisExtension = "http://fhir-registry.smarthealthit.org/StructureDefinition/oauth-uris";

    public CapabilityStatement.SecurityComponent? Build(string baseUrl)
    {
        var security = new CapabilityStatement.SecurityComponent
        {
            Cors = true,
            Service =
            [
                new CodeableConcept("http://terminology.hl7.org/CodeSystem/restful-security-service", "SMART-on-FHIR", "SMART-on-FHIR"),
            ],
            Description = "OAuth 2.0 bearer tokens, SMART Backend Services (client_credentials with private_key_jwt); "
                + "see .well-known/smart-configuration. Scopes follow SMART v2 (system/Patient.rs), v1 (.read/.write) accepted.",
        };

        // The registry's first definition of the extension required authorize beside token; SMART App Launch 2 makes
        // authorize optional. The built-in server (backend services only) has no authorization endpoint, so it
        // names the token endpoint alone; mode oidc names both when the provider has both.
        var authorize = endpoints.AuthorizeEndpoint();
        if (endpoints.Mode == AuthMode.Smart || authorize is not null)
        {
            var uris = new Extension { Url = OAuthUrisExtension };
            uris.Extension.Add(new Extension("token", new FhirUri(endpoints.TokenEndpoint(baseUrl))));
            if (authorize is not null)
            {
                uris.Extension.Add(new Extension("authorize", new FhirUri(authorize)));
            }

            security.Extension.Add(uris);
        }

        return security;
    }
}
