// Examples: a claim administrator and an enrolment officer.

Instance: Rushila-Dani-CA
InstanceOf: OpenIMISClaimAdministratorPractitioner
Title: "Rushila Dani, claim administrator at Rapta District Hospital"
Usage: #example
* insert ExampleCode(JMDP0011)
* insert ExampleUuid(EBC45DFA-8E42-4A5F-8AB7-7EE4D797D842)
* name.use = #official
* name.family = "Rushila"
* name.given = "Dani"
* telecom[email].system = #email
* telecom[email].value = "rushila.dani@openimis.org"
* birthDate = "1979-10-09"
* qualification.code = PractitionerQualificationTypeCS#CA "Claim Administrator"

Instance: Roberts-Jeb-EO
InstanceOf: OpenIMISEnrolmentOfficerPractitioner
Title: "Jeb Roberts, enrolment officer"
Usage: #example
* insert ExampleCode(E00001)
* insert ExampleUuid(e5256c97-8b06-4c8e-96db-d8294b4619a8)
* name.use = #official
* name.family = "Roberts"
* name.given = "Jeb"
* birthDate = "1980-01-15"
* qualification.code = PractitionerQualificationTypeCS#EO "Enrolment Officer"
