// Code systems and value sets of insurees and families. Several mirror openIMIS lookup tables (tblEducations, tblProfessions, tblRelations, tblIdentificationTypes, tblFamilyTypes, tblConfirmationTypes) and hold their demo values.

CodeSystem: GroupConfirmationTypeCS
Id: group-confirmation-type
Title: "Confirmation Types (Group)"
Description: "Indicates the confirmation type for the Group. Values defined by openIMIS. Can be extended."
* #A "Local council"
* #B "Municipality"
* #C "State"
* #D "Other"

CodeSystem: GroupTypeCS
Id: group-type
Title: "Group Type (Group)"
Description: "Indicates the type of the Group. Values defined by openIMIS. Can be extended."
* #C "Council"
* #G "Organization"
* #H "Household"
* #O "Other"
* #P "Priests"
* #S "Students"
* #T "Teachers"

CodeSystem: PatientContactRelationshipCS
Id: patient-contact-relationship
Title: "Contact Relationship (Patient)"
Description: "Indicates the Relationship of a Patient with the Head of the Family. Values defined by openIMIS."
* #1 "Brother/Sister"
* #2 "Father/Mother"
* #3 "Uncle/Aunt"
* #4 "Son/Daughter"
* #5 "Grand parents"
* #6 "Employee"
* #7 "Others"
* #8 "Spouse"

CodeSystem: PatientEducationLevelCS
Id: patient-education-level
Title: "Education Level (Patient)"
Description: "Indicates the Education level of a Patient. Values defined by openIMIS. Can be extended."
* #1 "Nursery"
* #2 "Primary school"
* #3 "Secondary school"
* #4 "University"
* #5 "Postgraduate studies"
* #6 "PHD"
* #7 "Other"

CodeSystem: PatientIdentificationTypeCS
Id: patient-identification-type
Title: "Identification Type (Patient)"
Description: "Indicates the type of document the Patient used to identify himself. Values defined by openIMIS. Can be extended."
* #D "Driver's License"
* #N "National ID"
* #P "Passport"
* #V "Voter Card"

CodeSystem: PatientProfessionCS
Id: patient-profession
Title: "Profession (Patient)"
Description: "Indicates the profession of a Patient. Values defined by openIMIS. Can be extended."
* #1 "Housewife"
* #2 "Employee"
* #3 "Self Employee"
* #4 "Other"

ValueSet: GroupConfirmationTypeVS
Id: group-confirmation-type
Title: "Confirmation Types (Group)"
Description: "Indicates the confirmation type for the Group. Values defined by openIMIS. Can be extended."
* include codes from system GroupConfirmationTypeCS

ValueSet: GroupTypeVS
Id: group-type
Title: "Group Type (Group)"
Description: "Indicates the type of the Group. Values defined by openIMIS. Can be extended."
// 1.0.0 included FHIR's http://hl7.org/fhir/group-type (person, animal, ...) because an alias named
// GroupTypeCS shadowed this guide's code system; the family types are what the extension carries.
* include codes from system GroupTypeCS

ValueSet: PatientContactRelationshipVS
Id: patient-contact-relationship
Title: "Contact Relationship (Patient)"
Description: "Indicates the Relationship of a Patient with the Head of the Family."
* include codes from system PatientContactRelationshipCS

ValueSet: PatientEducationLevelVS
Id: patient-education-level
Title: "Education Level (Patient)"
Description: "Indicates the Education level of a Patient"
* include codes from system PatientEducationLevelCS

ValueSet: PatientIdentificationTypeVS
Id: patient-identification-type
Title: "Identification Type (Patient)"
Description: "Indicates the type of document the Patient used to identify himself."
* include codes from system PatientIdentificationTypeCS

ValueSet: PatientMaritalStatusVS
Id: patient-marital-status
Title: "Marital Status (Patient)"
Description: "Indicates the Marital status of a Patient"
* $v3-MaritalStatus#M "Married"
// 1.0.0 said "Single"; the value set keeps the code system's own display.
* $v3-MaritalStatus#S "Never Married"
* $v3-MaritalStatus#D "Divorced"
* $v3-MaritalStatus#W "Widowed"
// 1.0.0 listed UNK under v3-MaritalStatus, which has no such code; R4's own marital-status value set takes it
// from v3-NullFlavor.
* $v3-NullFlavor#UNK "unknown"

ValueSet: PatientProfessionVS
Id: patient-profession
Title: "Profession (Patient)"
Description: "Indicates the profession of a Patient"
* include codes from system PatientProfessionCS
