// Examples: an eligibility enquiry for John Doe and its answer.

Instance: JoeDoeEnquiring
InstanceOf: OpenIMISCoverageEligibilityRequest
Title: "Is John Doe covered for service A1?"
Usage: #example
* insert ExampleUuid(D30F70DF-D10B-43D4-9578-5137C118AD84)
* status = #active
* purpose = #benefits
// 1.0.0's example referred to "joe-doe", which is no resource, and took the category from
// claim-item-category instead of the bound coverage-item-category.
* patient = Reference(john-doe)
* created = "2021-09-17"
* insurer = Reference(openIMIS-Implementation)
* item[service].category = CoverageItemCategoryCS#service "Service"
* item[service].productOrService.text = "A1"

Instance: JoeDoeEnquiringResponse
InstanceOf: OpenIMISCoverageEligibilityResponse
Title: "John Doe's remaining benefits, and service A1"
Usage: #example
* insert ExampleUuid(D30F70DF-D10B-43D4-9578-5137C118AD84)
* status = #active
* purpose = #benefits
* patient = Reference(john-doe)
* created = "2021-09-17"
* request = Reference(JoeDoeEnquiring)
* outcome = #complete
* insurer = Reference(openIMIS-Implementation)
* insurance.coverage = Reference(JoeDoeCoverage)
* insurance.benefitPeriod.start = "2021-07-01"
* insurance.benefitPeriod.end = "2022-06-30"
* insurance.item[benefit].category = CoverageItemCategoryCS#benefit "Benefit Package"
* insurance.item[benefit].name = "RX01"
* insurance.item[benefit].description = "Regional fixed enrolment"
* insert BenefitLeft(admissions_left, total_admissions, 2)
* insert BenefitLeft(consultations_left, total_consultations, 4)
* insert BenefitLeft(surgeries_left, total_surgeries, 1)
* insert BenefitLeft(deliveries_left, total_deliveries, 1)
* insert AmountLeft(hospitalization_amount, 25000)
* insert AmountLeft(consultation_amount, 15000)
* insert AmountLeft(surgery_amount, 70000)
* insert AmountLeft(delivery_amount, 15000)
// ces-1: a category or a productOrService, not both. The service code is the item's name since 1.1.0.
* insurance.item[service].category = CoverageItemCategoryCS#service "Service"
* insurance.item[service].name = "A1"
* insurance.item[service].excluded = false

RuleSet: BenefitLeft(code, display, count)
* insurance.item[benefit].benefit[total][+].type = CoverageItemBenefitTypeCS#{code} "{display}"
* insurance.item[benefit].benefit[total][=].allowedUnsignedInt = {count}

RuleSet: AmountLeft(code, amount)
* insurance.item[benefit].benefit[amount][+].type = CoverageItemBenefitTypeCS#{code} "{code}"
* insurance.item[benefit].benefit[amount][=].allowedMoney.value = {amount}
* insurance.item[benefit].benefit[amount][=].allowedMoney.currency = #EUR
