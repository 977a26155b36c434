// What an openIMIS FHIR R4 server offers. Changes from 1.0.0: supportedProfile holds canonical URLs
// (1.0.0 had the HTML page addresses), the Subscription block has type Subscription (1.0.0 said
// Patient), each identifier search parameter is the one defined for its own resource type, and
// PaymentNotice, which has a profile, is listed.
Instance: openIMISCapabilityStatement
InstanceOf: CapabilityStatement
Usage: #definition
Title: "openIMIS Capability Statement"
Description: "The interactions and searches an openIMIS FHIR R4 server SHALL support."
* url = "https://openimis.github.io/openimis_fhir_r4_ig/CapabilityStatement/openIMISCapabilityStatement"
* version = "1.1.0"
* name = "openIMISCapabilityStatement"
* title = "openIMIS Capability Statement"
* status = #active
* date = "2026-11-26"
* publisher = "openIMIS Initiative"
* description = "The interactions and searches an openIMIS FHIR R4 server SHALL support."
* kind = #requirements
* fhirVersion = #4.0.1
* format = #json
* rest.mode = #server
* rest.security.service = $restful-security-service#OAuth "OAuth"
* rest.security.description = "JWT bearer tokens: `Authorization: Bearer <token>`."

* insert CapabilityResource(ActivityDefinition)
* insert SupportedProfile(OpenIMISActivityDefinition)
* insert Interactions2(read, search-type)
* insert CommonSearches(ActivityDefinition)

* insert CapabilityResource(Claim)
* insert SupportedProfile(OpenIMISClaim)
* insert Interactions3(read, create, search-type)
* insert CommonSearches(Claim)

* insert CapabilityResource(ClaimResponse)
* insert SupportedProfile(OpenIMISClaimResponse)
* insert Interactions2(read, search-type)
* insert CommonSearches(ClaimResponse)

* insert CapabilityResource(Communication)
* insert SupportedProfile(OpenIMISCommunication)
* insert Interactions1(create)

* insert CapabilityResource(CommunicationRequest)
* insert SupportedProfile(OpenIMISCommunicationRequest)
* insert Interactions2(read, search-type)
* insert LastUpdatedSearch
* insert IdentifierSearch(CommunicationRequest)

* insert CapabilityResource(Contract)
* insert SupportedProfile(OpenIMISContract)
* insert Interactions3(create, read, search-type)
* insert CommonSearches(Contract)

* insert CapabilityResource(Coverage)
* insert SupportedProfile(OpenIMISCoverage)
* insert Interactions2(read, search-type)
* insert IdSearch
* insert LastUpdatedSearch

* insert CapabilityResource(CoverageEligibilityRequest)
* insert SupportedProfile(OpenIMISCoverageEligibilityRequest)
* insert Interactions1(create)

* insert CapabilityResource(Group)
* insert SupportedProfile(OpenIMISGroup)
* insert Interactions3(create, read, search-type)
* insert CommonSearches(Group)

* insert CapabilityResource(Organization)
* insert SupportedProfile(OpenIMISHealthFacilityOrganization)
* insert SupportedProfile(OpenIMISPolicyHolderOrganization)
* insert SupportedProfile(OpenIMISInsuranceOrganization)
* insert Interactions2(read, search-type)
* insert CommonSearches(Organization)

* insert CapabilityResource(InsurancePlan)
* insert SupportedProfile(OpenIMISInsurancePlan)
* insert Interactions2(read, search-type)
* insert CommonSearches(InsurancePlan)

* insert CapabilityResource(Invoice)
* insert SupportedProfile(OpenIMISInvoice)
* insert SupportedProfile(OpenIMISBill)
* insert Interactions2(read, search-type)
* insert IdSearch
* insert LastUpdatedSearch

* insert CapabilityResource(Location)
* insert SupportedProfile(OpenIMISLocation)
* insert Interactions2(read, search-type)
* insert CommonSearches(Location)

* insert CapabilityResource(Medication)
* insert SupportedProfile(OpenIMISMedication)
* insert Interactions2(read, search-type)
* insert CommonSearches(Medication)

* insert CapabilityResource(Patient)
* insert SupportedProfile(OpenIMISPatient)
* insert Interactions4(create, update, read, search-type)
* insert CommonSearches(Patient)

* insert CapabilityResource(PaymentNotice)
* insert SupportedProfile(OpenIMISPaymentNotice)
* insert Interactions2(read, search-type)
* insert IdSearch
* insert LastUpdatedSearch

* insert CapabilityResource(Practitioner)
* insert SupportedProfile(OpenIMISClaimAdministratorPractitioner)
* insert SupportedProfile(OpenIMISEnrolmentOfficerPractitioner)
* insert Interactions2(read, search-type)
* insert CommonSearches(Practitioner)

* insert CapabilityResource(PractitionerRole)
* insert SupportedProfile(OpenIMISClaimAdministratorPractitionerRole)
* insert SupportedProfile(OpenIMISEnrolmentOfficerPractitionerRole)
* insert Interactions2(read, search-type)
* insert CommonSearches(PractitionerRole)

* insert CapabilityResource(Subscription)
* insert SupportedProfile(OpenIMISSubscription)
* insert Interactions5(create, update, read, delete, search-type)
* insert IdSearch
* insert LastUpdatedSearch

RuleSet: CapabilityResource(type)
* rest.resource[+].type = #{type}

// R4 allows the expectation extension on interactions and search parameters, not on rest.resource
// (1.0.0 put it there): a server SHALL offer each interaction and search listed.
RuleSet: Shall(element)
* {element}.extension[+].url = "http://hl7.org/fhir/StructureDefinition/capabilitystatement-expectation"
* {element}.extension[=].valueCode = #SHALL

RuleSet: SupportedProfile(profile)
* rest.resource[=].supportedProfile[+] = Canonical({profile})

RuleSet: Interactions1(a)
* rest.resource[=].interaction[+].code = #{a}
* insert Shall(rest.resource[=].interaction[=])

RuleSet: Interactions2(a, b)
* insert Interactions1({a})
* insert Interactions1({b})

RuleSet: Interactions3(a, b, c)
* insert Interactions2({a}, {b})
* insert Interactions1({c})

RuleSet: Interactions4(a, b, c, d)
* insert Interactions3({a}, {b}, {c})
* insert Interactions1({d})

RuleSet: Interactions5(a, b, c, d, e)
* insert Interactions4({a}, {b}, {c}, {d})
* insert Interactions1({e})

RuleSet: IdSearch
* rest.resource[=].searchParam[+].name = "_id"
* rest.resource[=].searchParam[=].definition = "http://hl7.org/fhir/SearchParameter/Resource-id"
* rest.resource[=].searchParam[=].type = #token
* insert Shall(rest.resource[=].searchParam[=])

RuleSet: LastUpdatedSearch
* rest.resource[=].searchParam[+].name = "_lastUpdated"
* rest.resource[=].searchParam[=].definition = "http://hl7.org/fhir/SearchParameter/Resource-lastUpdated"
* rest.resource[=].searchParam[=].type = #date
* insert Shall(rest.resource[=].searchParam[=])

RuleSet: IdentifierSearch(type)
* rest.resource[=].searchParam[+].name = "identifier"
* rest.resource[=].searchParam[=].definition = "http://hl7.org/fhir/SearchParameter/{type}-identifier"
* rest.resource[=].searchParam[=].type = #token
* insert Shall(rest.resource[=].searchParam[=])

RuleSet: CommonSearches(type)
* insert IdSearch
* insert LastUpdatedSearch
* insert IdentifierSearch({type})
