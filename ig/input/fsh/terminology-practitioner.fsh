// Practitioner qualifications: claim administrator, enrolment officer.

CodeSystem: PractitionerQualificationTypeCS
Id: practitioner-qualification-type
Title: "Qualification Type (Practitioner)"
Description: "Indicates the Qualification Type of a Practitioner."
* #CA "Claim Administrator"
* #EO "Enrolment Officer"

ValueSet: PractitionerQualificationTypeVS
Id: practitioner-qualification-type
Title: "Practitioner Qualification Type"
Description: "Indicates the Qualification Type of a Practitioner."
* include codes from system PractitionerQualificationTypeCS
