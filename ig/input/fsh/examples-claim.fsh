// Examples: a claim and its adjudication.

Instance: Claim001
InstanceOf: OpenIMISClaim
Title: "Claim Code001: a consultation and aspirin for John Doe"
Usage: #example
* insert ExampleCode(Code001)
* status = #active
* type = ClaimVisitTypeCS#O "Other"
* use = #claim
* patient = Reference(john-doe)
* billablePeriod.start = "2021-09-15"
* billablePeriod.end = "2021-09-15"
* created = "2021-09-16"
* enterer = Reference(Rushila-Dani-CA)
* provider = Reference(RaptaDistrictHospital)
* priority = $processpriority#normal "Normal"
* supportingInfo[explanation].sequence = 1
* supportingInfo[explanation].category = ClaimSupportingInfoCategoryCS#explanation "Explanation"
* supportingInfo[explanation].valueString = "The patient was complaining of head pain"
* diagnosis.sequence = 1
* diagnosis.diagnosisCodeableConcept = DiagnosisICD10Level1CS#G44 "Other headache syndromes"
* insurance.sequence = 1
* insurance.focal = true
* insurance.coverage = Reference(JoeDoeCoverage)
// productOrService.text carries the item or service code (1.0.0's example put the name there).
* item[+].sequence = 1
* item[=].extension[itemReference].valueReference = Reference(GeneralConsultationService)
* item[=].category = ClaimItemCategoryCS#service "Service"
* item[=].productOrService.text = "A1"
* item[=].quantity.value = 1
* item[=].unitPrice.value = 40
* item[=].unitPrice.currency = #EUR
* item[+].sequence = 2
* item[=].extension[itemReference].valueReference = Reference(AspirinMedication)
* item[=].category = ClaimItemCategoryCS#item "Item"
* item[=].productOrService.text = "0001"
* item[=].quantity.value = 2
* item[=].unitPrice.value = 10
* item[=].unitPrice.currency = #EUR
* total.value = 60
* total.currency = #EUR

Instance: Claim001Response
InstanceOf: OpenIMISClaimResponse
Title: "Adjudication of claim Code001 after the rule-based checks"
Usage: #example
* id = "Claim001"
* insert ExampleUuid(D30F70DF-D10B-43D4-BF31-5137C118AD83)
* insert ExampleCode(Code001)
* status = #active
* type = ClaimVisitTypeCS#O "Other"
* use = #claim
* patient = Reference(john-doe)
* created = "2021-09-17"
* insurer = Reference(openIMIS-Implementation)
* requestor = Reference(Rushila-Dani-CA)
* request = Reference(Claim001)
* outcome = #partial
* item[+].itemSequence = 1
* item[=].extension[itemReference].valueReference = Reference(GeneralConsultationService)
* item[=].adjudication.category = ClaimStatusCS#4 "Checked"
* item[=].adjudication.reason = ClaimRejectionReasonsCS#0 "ACCEPTED"
* item[=].adjudication.amount.value = 40
* item[=].adjudication.amount.currency = #EUR
* item[=].adjudication.value = 1
* item[+].itemSequence = 2
* item[=].extension[itemReference].valueReference = Reference(AspirinMedication)
* item[=].adjudication.category = ClaimStatusCS#4 "Checked"
* item[=].adjudication.reason = ClaimRejectionReasonsCS#0 "ACCEPTED"
* item[=].adjudication.amount.value = 10
* item[=].adjudication.amount.currency = #EUR
* item[=].adjudication.value = 2
* total.category = ClaimStatusCS#4 "Checked"
* total.amount.value = 60
* total.amount.currency = #EUR
