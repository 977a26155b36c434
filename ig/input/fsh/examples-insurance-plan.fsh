// Examples: two products.

Instance: RX01
InstanceOf: OpenIMISInsurancePlan
Title: "Product RX01: regional fixed enrolment"
Usage: #example
* insert ExampleCode(RX01)
* insert RegionalProductRules
* insert Costs(1000, 100, 50, 300)
* extension[conversion].valueReference = Reference(RX02)
* period.start = "2016-10-01"
* period.end = "2022-12-31"

Instance: RX02
InstanceOf: OpenIMISInsurancePlan
Title: "Product RX02: regional fixed enrolment, the successor of RX01"
Usage: #example
// 1.0.0's example repeated RX01's code.
* insert ExampleCode(RX02)
* insert RegionalProductRules
* insert Costs(1500, 150, 70, 200)
* period.start = "2023-10-01"
* period.end = "2030-12-31"

// What RX01 and RX02 have in common.
RuleSet: RegionalProductRules
* extension[maxInstallments].valueUnsignedInt = 3
* extension[startCycle][+].valueString = "01-03"
* extension[startCycle][+].valueString = "01-07"
* extension[startCycle][+].valueString = "01-10"
// Each period and discount has its own extension since 1.1.0 (1.0.0 reused one URL for all).
* insert Months(administrationPeriod, 1)
* insert Months(gracePeriodPayment, 1)
* insert Months(gracePeriodRenewal, 1)
* insert Months(gracePeriodEnrolment, 1)
* insert Discount(renewalDiscount, 50, 2)
* insert Discount(enrolmentDiscount, 80, 2)
* status = #active
* type = $insurance-plan-type#medical "Medical"
* name = "Regional fixed enrolment"
* coverageArea = Reference(Upper-River-Region)
* coverage.type = $insurance-plan-type#medical "Medical"
* coverage.benefit.type = $insurance-plan-type#medical "Medical"
* coverage.benefit.limit[period].code = InsurancePlanCoverageBenefitLimitCS#period "Period"
* coverage.benefit.limit[period].value.value = 12
* coverage.benefit.limit[period].value.unit = "month"
* coverage.benefit.limit[memberCount].code = InsurancePlanCoverageBenefitLimitCS#memberCount "Member Count"
* coverage.benefit.limit[memberCount].value.value = 10
* coverage.benefit.limit[memberCount].value.unit = "member"

// The lump sum (for up to three members), the premiums per adult and child, and the registration fee.
RuleSet: Costs(lumpsum, adult, child, registration)
* plan.generalCost[lumpsum].type = InsurancePlanGeneralCostTypeCS#lumpsum "Lumpsum"
* plan.generalCost[lumpsum].groupSize = 3
* insert Cost(lumpsum, {lumpsum})
* plan.generalCost[premiumAdult].type = InsurancePlanGeneralCostTypeCS#premiumAdult "Premium Adult"
* insert Cost(premiumAdult, {adult})
* plan.generalCost[premiumChild].type = InsurancePlanGeneralCostTypeCS#premiumChild "Premium Child"
* insert Cost(premiumChild, {child})
* plan.generalCost[registrationFee].type = InsurancePlanGeneralCostTypeCS#registrationFee "Registration Fee"
* insert Cost(registrationFee, {registration})

RuleSet: Months(slice, months)
* extension[{slice}].valueQuantity.value = {months}
* extension[{slice}].valueQuantity.unit = "months"

RuleSet: Discount(slice, percentage, months)
* extension[{slice}].extension[Percentage].valueDecimal = {percentage}
* extension[{slice}].extension[Period].valueQuantity.value = {months}
* extension[{slice}].extension[Period].valueQuantity.unit = "months"

RuleSet: Cost(slice, amount)
* plan.generalCost[{slice}].cost.value = {amount}
* plan.generalCost[{slice}].cost.currency = #EUR
