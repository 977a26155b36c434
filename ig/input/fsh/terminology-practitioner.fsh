CodeSystem: PractitionerQualificationTypeCS
Id: practitioner-qualification-type
Title: "Qualification Type (Practitioner)"
Description: "Indicates the Qualification Type of a Practitioner."
* ^status = #active
* ^content = #complete
* ^version = "1.0.0"
* ^count = 2
* #CA "Claim Administrator"
* #EO "Enrolment Officer"

ValueSet: PractitionerQualificationTypeVS
Id: practitioner-qualification-type
Title: "Practitioner Qualification Type"
Description: "Indicates the Qualification Type of a Practitioner."
* ^status = #active
* ^version = "1.0.0"
* include codes from system PractitionerQualificationTypeCS
