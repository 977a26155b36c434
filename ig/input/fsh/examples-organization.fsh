// Examples: a hospital, a policy holder and the insurer.

Instance: RaptaDistrictHospital
InstanceOf: OpenIMISHealthFacilityOrganization
Title: "Rapta District Hospital"
Usage: #example
* insert ExampleCode(RAHOS001)
* insert ExampleUuid(D8A25F21-F36A-4D4D-9E58-1DB8FFBE7036)
* extension[careType].valueCodeableConcept = OrganizationHFCareTypeCS#B "Both"
* extension[legalForm].valueCodeableConcept = OrganizationHFLegalFormCS#D "District organization"
* extension[hfLevel].valueCodeableConcept = OrganizationHFLevelCS#H "Hospital"
* type = $organization-type#prov "Healthcare Provider"
* name = "Rapta District Hospital"
* address.type = #physical
* address.extension[locationDistrict].valueReference = Reference(Jimara-district)
* address.district = "Rapta"
* address.state = "Ultha"

Instance: MyTradePolicyHolder
InstanceOf: OpenIMISPolicyHolderOrganization
Title: "My Trade, a formal-sector policy holder"
Usage: #example
* insert ExampleCode(1234)
* insert ExampleUuid(4c87928a-cf9c-4f4b-aeeb-61041c84547f)
* extension[legalForm].valueCodeableConcept = OrganizationPHLegalFormCS#1 "Personal Company"
* extension[activity].valueCodeableConcept = OrganizationPHActivityCS#2 "Industry"
* type = $organization-type#bus "Non-Healthcare Business or Corporation"
* name = "My Trade"
* telecom[email].system = #email
* telecom[email].value = "contact@mytrade.org"
* telecom[phone].system = #phone
* telecom[phone].value = "0102030405"
* telecom[fax].system = #fax
* telecom[fax].value = "0102030450"
* insert JamulaAddress(address, 54 Pasay)
* contact.name.text = "John Doe"

Instance: openIMIS-Implementation
InstanceOf: OpenIMISInsuranceOrganization
Title: "The openIMIS implementation as insurer"
Usage: #example
* identifier.type = OpenIMISIdentifierCS#Code
* identifier.value = "openIMIS"
* type = $organization-type#ins "Insurance Company"
* name = "openIMIS Implementation"
* telecom[email].system = #email
* telecom[email].value = "implementation@openimis.org"
* telecom[phone].system = #phone
* telecom[phone].value = "0908060703"
* telecom[fax].system = #fax
* telecom[fax].value = "0908060730"
* address.extension[municipality].valueString = "Jamu"
* address.line = "1 Pasay"
* address.city = "Jamula"
* address.district = "Rapta"
* address.state = "Ultha"
* contact.purpose = $contactentity-type#ADMIN "Administrative"
* contact.name.text = "Manuel D. Medina"
