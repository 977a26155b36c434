Instance: Roberts-Jeb-EO
InstanceOf: OpenIMISEnrolmentOfficerPractitioner
Usage: #example
* qualification.code = PractitionerQualificationTypeCS#EO "Enrolment Officer"
* identifier[0].type = OpenIMISIdentifierCS#Code
* identifier[=].value = "E00001"
* identifier[+].type = OpenIMISIdentifierCS#UUID
* identifier[=].value = "e5256c97-8b06-4c8e-96db-d8294b4619a8"
* name.family = "Roberts"
* name.given = "Jeb"
* name.use = #official
* birthDate = "1980-01-15"

Instance: Rushila-Dani-CA
InstanceOf: OpenIMISClaimAdministratorPractitioner
Usage: #example
* qualification.code = PractitionerQualificationTypeCS#CA "Claim Administrator"
* telecom.system = #email
* telecom.value = "rushila.dani@openimis.org"
* identifier[0].value = "JMDP0011"
* identifier[=].type = OpenIMISIdentifierCS#Code
* identifier[+].value = "EBC45DFA-8E42-4A5F-8AB7-7EE4D797D842"
* identifier[=].type = OpenIMISIdentifierCS#UUID
* name.family = "Rushila"
* name.given = "Dani"
* birthDate = "1979-10-09"
