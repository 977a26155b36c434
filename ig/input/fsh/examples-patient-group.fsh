Instance: doe-family
InstanceOf: OpenIMISGroup
Usage: #example
* type = #person
* actual = true
* extension[0].url = "https://openimis.github.io/openimis_fhir_r4_ig/StructureDefinition/group-address"
* extension[=].valueAddress.extension.url = "https://openimis.github.io/openimis_fhir_r4_ig/StructureDefinition/address-location-reference"
* extension[=].valueAddress.extension.valueReference.reference = "Location/Jamula-village"
* extension[+].url = "https://openimis.github.io/openimis_fhir_r4_ig/StructureDefinition/group-poverty-status"
* extension[=].valueBoolean = false
* extension[+].url = "https://openimis.github.io/openimis_fhir_r4_ig/StructureDefinition/group-type"
* extension[=].valueCodeableConcept = GroupTypeCS#H "Household"
* extension[+].extension[0].url = "number"
* extension[=].extension[=].valueString = "Reg123456"
* extension[=].extension[+].url = "type"
* extension[=].extension[=].valueCodeableConcept = GroupConfirmationTypeCS#B "Municipality"
* extension[=].url = "https://openimis.github.io/openimis_fhir_r4_ig/StructureDefinition/group-confirmation"
* identifier[0].value = "D30F70DF-D10B-43D4-BF31-5137C118AD82"
* identifier[=].type = OpenIMISIdentifierCS#UUID
* identifier[+].value = "123456788"
* identifier[=].type = OpenIMISIdentifierCS#Code
* active = true
* name = "Doe Jane"
* quantity = 2
* member[0].entity.reference = "Patient/john-doe"
* member[+].entity.reference = "Patient/jane-doe"

Instance: jane-doe
InstanceOf: OpenIMISPatient
Usage: #example
* address.use = #home
* address.extension[0].url = "https://openimis.github.io/openimis_fhir_r4_ig/StructureDefinition/address-municipality"
* address.extension[=].valueString = "Jamu"
* address.extension[+].url = "https://openimis.github.io/openimis_fhir_r4_ig/StructureDefinition/address-location-reference"
* address.extension[=].valueReference.reference = "Location/Jamula-village"
* address.line = "5 Tsoka"
* address.state = "Ultha"
* address.district = "Rapta"
* address.city = "Jamula"
* extension[0].url = "https://openimis.github.io/openimis_fhir_r4_ig/StructureDefinition/patient-is-head"
* extension[=].valueBoolean = true
* extension[+].url = "https://openimis.github.io/openimis_fhir_r4_ig/StructureDefinition/patient-education-level"
* extension[=].valueCodeableConcept = PatientEducationLevelCS#4 "University"
* extension[+].url = "https://openimis.github.io/openimis_fhir_r4_ig/StructureDefinition/patient-profession"
* extension[=].valueCodeableConcept = PatientProfessionCS#3 "Self Employee"
* extension[+].extension[0].url = "number"
* extension[=].extension[=].valueString = "NationaID2"
* extension[=].extension[+].url = "type"
* extension[=].extension[=].valueCodeableConcept = PatientIdentificationTypeCS#N "National ID"
* extension[=].url = "https://openimis.github.io/openimis_fhir_r4_ig/StructureDefinition/patient-identification"
* extension[+].url = "https://openimis.github.io/openimis_fhir_r4_ig/StructureDefinition/patient-card-issued"
* extension[=].valueBoolean = true
* extension[+].url = "https://openimis.github.io/openimis_fhir_r4_ig/StructureDefinition/patient-group-reference"
* extension[=].valueReference.reference = "Group/doe-family"
* identifier.value = "123456788"
* identifier.type = OpenIMISIdentifierCS#Code
* name.family = "Doe"
* name.given = "Jane"
* gender = #female
* birthDate = "1964-05-15"
* maritalStatus = $v3-MaritalStatus#M

Instance: john-doe
InstanceOf: OpenIMISPatient
Usage: #example
* address.use = #home
* address.extension[0].url = "https://openimis.github.io/openimis_fhir_r4_ig/StructureDefinition/address-municipality"
* address.extension[=].valueString = "Jamu"
* address.extension[+].url = "https://openimis.github.io/openimis_fhir_r4_ig/StructureDefinition/address-location-reference"
* address.extension[=].valueReference.reference = "Location/Jamula-village"
* address.line = "5 Tsoka"
* address.state = "Ultha"
* address.district = "Rapta"
* address.city = "Jamula"
* extension[0].url = "https://openimis.github.io/openimis_fhir_r4_ig/StructureDefinition/patient-is-head"
* extension[=].valueBoolean = false
* extension[+].url = "https://openimis.github.io/openimis_fhir_r4_ig/StructureDefinition/patient-education-level"
* extension[=].valueCodeableConcept = PatientEducationLevelCS#4 "University"
* extension[+].url = "https://openimis.github.io/openimis_fhir_r4_ig/StructureDefinition/patient-profession"
* extension[=].valueCodeableConcept = PatientProfessionCS#2 "Employee"
* extension[+].extension[0].url = "number"
* extension[=].extension[=].valueString = "NationaID1"
* extension[=].extension[+].url = "type"
* extension[=].extension[=].valueCodeableConcept = PatientIdentificationTypeCS#N "National ID"
* extension[=].url = "https://openimis.github.io/openimis_fhir_r4_ig/StructureDefinition/patient-identification"
* extension[+].url = "https://openimis.github.io/openimis_fhir_r4_ig/StructureDefinition/patient-card-issued"
* extension[=].valueBoolean = true
* extension[+].url = "https://openimis.github.io/openimis_fhir_r4_ig/StructureDefinition/patient-group-reference"
* extension[=].valueReference.reference = "Group/doe-family"
* extension[+].url = "https://openimis.github.io/openimis_fhir_r4_ig/StructureDefinition/patient-vulnerability-status"
* extension[=].valueBoolean = true
* identifier.value = "123456789"
* identifier.type = OpenIMISIdentifierCS#Code
* name.family = "Doe"
* name.given = "John"
* gender = #male
* birthDate = "1962-02-05"
* maritalStatus = $v3-MaritalStatus#M
* contact.relationship = PatientContactRelationshipCS#1
* contact.name.family = "Doe"
* contact.name.given = "John"
