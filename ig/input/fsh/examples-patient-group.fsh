// Examples: the Doe family.

Instance: john-doe
InstanceOf: OpenIMISPatient
Title: "John Doe, member of the Doe family"
Usage: #example
* insert ExampleCode(123456789)
* extension[isHead].valueBoolean = false
* extension[educationLevel].valueCodeableConcept = PatientEducationLevelCS#4 "University"
* extension[profession].valueCodeableConcept = PatientProfessionCS#2 "Employee"
* extension[identification].extension[number].valueString = "NationaID1"
* extension[identification].extension[type].valueCodeableConcept = PatientIdentificationTypeCS#N "National ID"
* extension[cardIssued].valueBoolean = true
* extension[group].valueReference = Reference(doe-family)
* extension[vulnerability].valueBoolean = true
* name.use = #official
* name.family = "Doe"
* name.given = "John"
* gender = #male
* birthDate = "1962-02-05"
* address[FamilyAddress].use = #home
* address[FamilyAddress].type = #physical
* insert JamulaAddress(address[FamilyAddress], 5 Tsoka)
* maritalStatus = $v3-MaritalStatus#M "Married"
* contact.relationship = PatientContactRelationshipCS#8 "Spouse"
* contact.name.family = "Doe"
* contact.name.given = "Jane"

Instance: jane-doe
InstanceOf: OpenIMISPatient
Title: "Jane Doe, head of the Doe family"
Usage: #example
* insert ExampleCode(123456788)
* extension[isHead].valueBoolean = true
* extension[educationLevel].valueCodeableConcept = PatientEducationLevelCS#4 "University"
* extension[profession].valueCodeableConcept = PatientProfessionCS#3 "Self Employee"
* extension[identification].extension[number].valueString = "NationaID2"
* extension[identification].extension[type].valueCodeableConcept = PatientIdentificationTypeCS#N "National ID"
* extension[cardIssued].valueBoolean = true
* extension[group].valueReference = Reference(doe-family)
* name.use = #official
* name.family = "Doe"
* name.given = "Jane"
* gender = #female
* birthDate = "1964-05-15"
* address[FamilyAddress].use = #home
* address[FamilyAddress].type = #physical
* insert JamulaAddress(address[FamilyAddress], 5 Tsoka)
* maritalStatus = $v3-MaritalStatus#M "Married"

Instance: doe-family
InstanceOf: OpenIMISGroup
Title: "The Doe family"
Usage: #example
* insert ExampleUuid(D30F70DF-D10B-43D4-BF31-5137C118AD82)
* insert ExampleCode(123456788)
* extension[address].valueAddress.use = #home
* extension[address].valueAddress.type = #physical
* insert JamulaAddress(extension[address].valueAddress, 5 Tsoka)
* extension[poverty].valueBoolean = false
// 1.0.0's example used FHIR's group-type system here; the family type is an openIMIS code.
* extension[groupType].valueCodeableConcept = GroupTypeCS#H "Household"
* extension[confirmation].extension[number].valueString = "Reg123456"
* extension[confirmation].extension[type].valueCodeableConcept = GroupConfirmationTypeCS#B "Municipality"
* active = true
* type = #person
* actual = true
* name = "Doe Jane"
* quantity = 2
* member[+].entity = Reference(john-doe)
* member[+].entity = Reference(jane-doe)
