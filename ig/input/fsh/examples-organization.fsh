Instance: MyTradePolicyHolder
InstanceOf: OpenIMISPolicyHolderOrganization
Usage: #example
* address.extension[0].url = "https://openimis.github.io/openimis_fhir_r4_ig/StructureDefinition/address-municipality"
* address.extension[=].valueString = "Jamu"
* address.extension[+].url = "https://openimis.github.io/openimis_fhir_r4_ig/StructureDefinition/address-location-reference"
* address.extension[=].valueReference.reference = "Location/Jamula-village"
* address.line = "54 Pasay"
* address.state = "Ultha"
* address.district = "Rapta"
* address.city = "Jamula"
* telecom[0].system = #email
* telecom[=].value = "contact@mytrade.org"
* telecom[+].system = #phone
* telecom[=].value = "0102030405"
* telecom[+].system = #fax
* telecom[=].value = "0102030450"
* extension[0].url = "https://openimis.github.io/openimis_fhir_r4_ig/StructureDefinition/organization-ph-legal-form"
* extension[=].valueCodeableConcept = OrganizationPHLegalFormCS#1 "Personal Company"
* extension[+].url = "https://openimis.github.io/openimis_fhir_r4_ig/StructureDefinition/organization-ph-activity"
* extension[=].valueCodeableConcept = OrganizationPHActivityCS#2 "Industry"
* identifier[0].value = "1234"
* identifier[=].type = OpenIMISIdentifierCS#Code
* identifier[+].value = "4c87928a-cf9c-4f4b-aeeb-61041c84547f"
* identifier[=].type = OpenIMISIdentifierCS#UUID
* type = $organization-type#bus
* name = "My Trade"
* contact.name.text = "John Doe"

Instance: RaptaDistrictHospital
InstanceOf: OpenIMISHealthFacilityOrganization
Usage: #example
* extension[0].url = "https://openimis.github.io/openimis_fhir_r4_ig/StructureDefinition/organization-hf-care-type"
* extension[=].valueCodeableConcept = OrganizationHFCareTypeCS#B "Both"
* extension[+].url = "https://openimis.github.io/openimis_fhir_r4_ig/StructureDefinition/organization-hf-legal-form"
* extension[=].valueCodeableConcept = OrganizationHFLegalFormCS#D "District organization"
* address.extension.url = "https://openimis.github.io/openimis_fhir_r4_ig/StructureDefinition/address-location-reference"
* address.extension.valueReference.reference = "Location/Jimara-district"
* address.type = #physical
* address.state = "Ultha"
* address.district = "Rapta"
* identifier[0].value = "RAHOS001"
* identifier[=].type = OpenIMISIdentifierCS#Code
* identifier[+].value = "D8A25F21-F36A-4D4D-9E58-1DB8FFBE7036"
* identifier[=].type = OpenIMISIdentifierCS#UUID
* type = $organization-type#prov
* name = "Rapta District Hospital"

Instance: openIMIS-Implementation
InstanceOf: OpenIMISInsuranceOrganization
Usage: #example
* address.extension.url = "https://openimis.github.io/openimis_fhir_r4_ig/StructureDefinition/address-municipality"
* address.extension.valueString = "Jamu"
* address.line = "1 Pasay"
* address.state = "Ultha"
* address.district = "Rapta"
* address.city = "Jamula"
* contact.purpose = $contactentity-type#ADMIN "Administrative"
* contact.name.text = "Manuel D. Medina"
* identifier.value = "openIMIS"
* identifier.type = OpenIMISIdentifierCS#Code
* type = $organization-type#ins
* name = "openIMIS Implementation"
* telecom[0].system = #email
* telecom[=].value = "implementation@openimis.org"
* telecom[+].system = #phone
* telecom[=].value = "0908060703"
* telecom[+].system = #fax
* telecom[=].value = "0908060730"
