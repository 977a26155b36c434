Instance: JoeDoeEnquiring
InstanceOf: OpenIMISCoverageEligibilityRequest
Usage: #example
* status = #active
* purpose = #benefits
* identifier.value = "D30F70DF-D10B-43D4-9578-5137C118AD84"
* identifier.type = OpenIMISIdentifierCS#UUID
* patient.reference = "joe-doe"
* created = "2021-09-17"
* insurer.reference = "Organization/openIMIS-Implementation"
* item.category = ClaimItemCategoryCS#service "Service"
* item.productOrService.text = "A1"

Instance: JoeDoeEnquiringResponse
InstanceOf: OpenIMISCoverageEligibilityResponse
Usage: #example
* status = #active
* purpose = #benefits
* outcome = #complete
* identifier.value = "D30F70DF-D10B-43D4-9578-5137C118AD84"
* identifier.type = OpenIMISIdentifierCS#UUID
* patient.reference = "joe-doe"
* created = "2021-09-17"
* request.reference = "CoverageEligibilityRequest/JoeDoeEnquiring"
* insurer.reference = "Organization/openIMIS-Implementation"
* insurance.coverage.reference = "Coverage/JoeDoeCoverage"
* insurance.benefitPeriod.start = "2021-07-01"
* insurance.benefitPeriod.end = "2022-06-30"
* insurance.item[0].category = CoverageItemCategoryCS#benefit "Benefit Package"
* insurance.item[=].name = "RX01"
* insurance.item[=].description = "Regional fixed enrolment"
* insurance.item[=].benefit[0].type = CoverageItemBenefitTypeCS#admissions_left "total_admissions"
* insurance.item[=].benefit[=].allowedUnsignedInt = 2
* insurance.item[=].benefit[+].type = CoverageItemBenefitTypeCS#consultations_left "total_consultations"
* insurance.item[=].benefit[=].allowedUnsignedInt = 4
* insurance.item[=].benefit[+].type = CoverageItemBenefitTypeCS#surgeries_left "total_surgeries"
* insurance.item[=].benefit[=].allowedUnsignedInt = 1
* insurance.item[=].benefit[+].type = CoverageItemBenefitTypeCS#deliveries_left "total_deliveries"
* insurance.item[=].benefit[=].allowedUnsignedInt = 1
* insurance.item[=].benefit[+].type = CoverageItemBenefitTypeCS#hospitalization_amount "hospitalization_amount"
* insurance.item[=].benefit[=].allowedMoney.value = 25000
* insurance.item[=].benefit[+].type = CoverageItemBenefitTypeCS#consultation_amount "consultation_amount"
* insurance.item[=].benefit[=].allowedMoney.value = 15000
* insurance.item[=].benefit[+].type = CoverageItemBenefitTypeCS#surgery_amount "surgery_amount"
* insurance.item[=].benefit[=].allowedMoney.value = 70000
* insurance.item[=].benefit[+].type = CoverageItemBenefitTypeCS#delivery_amount "delivery_amount"
* insurance.item[=].benefit[=].allowedMoney.value = 15000
* insurance.item[+].category = CoverageItemCategoryCS#service "Service"
* insurance.item[=].productOrService.text = "A1"
* insurance.item[=].excluded = false
