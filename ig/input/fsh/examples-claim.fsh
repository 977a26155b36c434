Instance: Claim001-of-OpenIMISClaim
InstanceOf: OpenIMISClaim
Usage: #example
* id = "Claim001"
* status = #active
* use = #claim
* priority = $processpriority#normal "Normal"
* insurance.focal = true
* insurance.sequence = 1
* insurance.coverage.reference = "Coverage/JoeDoeCoverage"
* item[0].extension.url = "https://openimis.github.io/openimis_fhir_r4_ig/StructureDefinition/claim-item-reference"
* item[=].extension.valueReference.reference = "ActivityDefinition/GeneralConsultationService"
* item[=].sequence = 1
* item[=].category = ClaimItemCategoryCS#service "Service"
* item[=].productOrService.text = "General Consultation"
* item[=].quantity.value = 1
* item[=].unitPrice.value = 40
* item[=].unitPrice.currency = #EUR
* item[+].extension.url = "https://openimis.github.io/openimis_fhir_r4_ig/StructureDefinition/claim-item-reference"
* item[=].extension.valueReference.reference = "Medication/AspirinMedication"
* item[=].sequence = 2
* item[=].category = ClaimItemCategoryCS#item "Item"
* item[=].productOrService.text = "ACETYLSALICYLIC ACID (ASPIRIN) TABS 300MG"
* item[=].quantity.value = 2
* item[=].unitPrice.value = 10
* item[=].unitPrice.currency = #EUR
* supportingInfo.category = ClaimSupportingInfoCategoryCS#explanation
* supportingInfo.sequence = 1
* supportingInfo.valueString = "The patient was complaining of head pain"
* identifier.value = "Code001"
* identifier.type = OpenIMISIdentifierCS#Code
* type = ClaimVisitTypeCS#O "Other"
* patient.reference = "Patient/john-doe"
* billablePeriod.start = "2021-09-15"
* billablePeriod.end = "2021-09-15"
* created = "2021-09-16"
* enterer.reference = "Practitioner/Rushila-Dani-CA"
* provider.reference = "Organization/RaptaDistrictHospital"
* diagnosis.sequence = 1
* diagnosis.diagnosisCodeableConcept = DiagnosisICD10Level1CS#G44 "Other headache syndromes"
* total.value = 60
* total.currency = #EUR

Instance: Claim001-of-OpenIMISClaimResponse
InstanceOf: OpenIMISClaimResponse
Usage: #example
* id = "Claim001"
* status = #active
* use = #claim
* item[0].extension.url = "https://openimis.github.io/openimis_fhir_r4_ig/StructureDefinition/claim-item-reference"
* item[=].extension.valueReference.reference = "ActivityDefinition/GeneralConsultationService"
* item[=].itemSequence = 1
* item[=].adjudication.category = ClaimStatusCS#4 "Checked"
* item[=].adjudication.reason = ClaimRejectionReasonsCS#0 "ACCEPTED"
* item[=].adjudication.value = 1
* item[=].adjudication.amount.value = 40
* item[+].extension.url = "https://openimis.github.io/openimis_fhir_r4_ig/StructureDefinition/claim-item-reference"
* item[=].extension.valueReference.reference = "Medication/AspirinMedication"
* item[=].itemSequence = 2
* item[=].adjudication.category = ClaimStatusCS#4 "Checked"
* item[=].adjudication.reason = ClaimRejectionReasonsCS#0 "ACCEPTED"
* item[=].adjudication.value = 2
* item[=].adjudication.amount.value = 10
* identifier[0].value = "D30F70DF-D10B-43D4-BF31-5137C118AD83"
* identifier[=].type = OpenIMISIdentifierCS#UUID
* identifier[+].value = "Code001"
* identifier[=].type = OpenIMISIdentifierCS#Code
* type = ClaimVisitTypeCS#O "Other"
* patient.reference = "Patient/john-doe"
* created = "2021-09-17"
* insurer.reference = "Organization/openIMIS-Implementation"
* requestor.reference = "Practitioner/Rushila-Dani-CA"
* request.reference = "Claim/Claim001"
* outcome = #partial
* total.category = ClaimStatusCS#4 "Checked"
* total.amount.value = 60
