Instance: RX01
InstanceOf: OpenIMISInsurancePlan
Usage: #example
* extension[0].url = "https://openimis.github.io/openimis_fhir_r4_ig/StructureDefinition/insurance-plan-max-installments"
* extension[=].valueUnsignedInt = 3
* extension[+].url = "https://openimis.github.io/openimis_fhir_r4_ig/StructureDefinition/insurance-plan-conversion"
* extension[=].valueReference.reference = "InsurancePlan/RX02"
* extension[+].url = "https://openimis.github.io/openimis_fhir_r4_ig/StructureDefinition/insurance-plan-start-cycle"
* extension[=].valueString = "01-03"
* extension[+].url = "https://openimis.github.io/openimis_fhir_r4_ig/StructureDefinition/insurance-plan-start-cycle"
* extension[=].valueString = "01-07"
* extension[+].url = "https://openimis.github.io/openimis_fhir_r4_ig/StructureDefinition/insurance-plan-start-cycle"
* extension[=].valueString = "01-10"
* extension[+].url = "https://openimis.github.io/openimis_fhir_r4_ig/StructureDefinition/insurance-plan-period"
* extension[=].valueQuantity.value = 1
* extension[=].valueQuantity.unit = "months"
* extension[+].url = "https://openimis.github.io/openimis_fhir_r4_ig/StructureDefinition/insurance-plan-period"
* extension[=].valueQuantity.value = 1
* extension[=].valueQuantity.unit = "months"
* extension[+].url = "https://openimis.github.io/openimis_fhir_r4_ig/StructureDefinition/insurance-plan-period"
* extension[=].valueQuantity.value = 1
* extension[=].valueQuantity.unit = "months"
* extension[+].url = "https://openimis.github.io/openimis_fhir_r4_ig/StructureDefinition/insurance-plan-period"
* extension[=].valueQuantity.value = 1
* extension[=].valueQuantity.unit = "months"
* extension[+].extension[0].url = "Percentage"
* extension[=].extension[=].valueDecimal = 50
* extension[=].extension[+].url = "Period"
* extension[=].extension[=].valueQuantity.value = 2
* extension[=].extension[=].valueQuantity.unit = "months"
* extension[=].url = "https://openimis.github.io/openimis_fhir_r4_ig/StructureDefinition/insurance-plan-discount"
* extension[+].extension[0].url = "Percentage"
* extension[=].extension[=].valueDecimal = 80
* extension[=].extension[+].url = "Period"
* extension[=].extension[=].valueQuantity.value = 2
* extension[=].extension[=].valueQuantity.unit = "months"
* extension[=].url = "https://openimis.github.io/openimis_fhir_r4_ig/StructureDefinition/insurance-plan-discount"
* coverage.benefit.limit[0].code = InsurancePlanCoverageBenefitLimitCS#period "Period"
* coverage.benefit.limit[=].value.value = 12
* coverage.benefit.limit[=].value.unit = "month"
* coverage.benefit.limit[+].code = InsurancePlanCoverageBenefitLimitCS#memberCount "Member Count"
* coverage.benefit.limit[=].value.value = 10
* coverage.benefit.limit[=].value.unit = "member"
* coverage.benefit.type = $insurance-plan-type#medical "Medical"
* coverage.type = $insurance-plan-type#medical "Medical"
* plan.generalCost[0].type = InsurancePlanGeneralCostTypeCS#lumpsum "Lumpsum"
* plan.generalCost[=].groupSize = 3
* plan.generalCost[=].cost.value = 1000
* plan.generalCost[=].cost.currency = #EUR
* plan.generalCost[+].type = InsurancePlanGeneralCostTypeCS#premiumAdult "Premium Adult"
* plan.generalCost[=].cost.value = 100
* plan.generalCost[=].cost.currency = #EUR
* plan.generalCost[+].type = InsurancePlanGeneralCostTypeCS#premiumChild "Premium Child"
* plan.generalCost[=].cost.value = 50
* plan.generalCost[=].cost.currency = #EUR
* plan.generalCost[+].type = InsurancePlanGeneralCostTypeCS#registrationFee "Registration Fee"
* plan.generalCost[=].cost.value = 300
* plan.generalCost[=].cost.currency = #EUR
* identifier.value = "RX01"
* identifier.type = OpenIMISIdentifierCS#Code
* status = #active
* type = $insurance-plan-type#medical "Medical"
* name = "Regional fixed enrolment"
* period.start = "2016-10-01"
* period.end = "2022-12-31"
* coverageArea.reference = "Location/Upper-River-Region"

Instance: RX02
InstanceOf: OpenIMISInsurancePlan
Usage: #example
* extension[0].url = "https://openimis.github.io/openimis_fhir_r4_ig/StructureDefinition/insurance-plan-max-installments"
* extension[=].valueUnsignedInt = 3
* extension[+].url = "https://openimis.github.io/openimis_fhir_r4_ig/StructureDefinition/insurance-plan-start-cycle"
* extension[=].valueString = "01-03"
* extension[+].url = "https://openimis.github.io/openimis_fhir_r4_ig/StructureDefinition/insurance-plan-start-cycle"
* extension[=].valueString = "01-07"
* extension[+].url = "https://openimis.github.io/openimis_fhir_r4_ig/StructureDefinition/insurance-plan-start-cycle"
* extension[=].valueString = "01-10"
* extension[+].url = "https://openimis.github.io/openimis_fhir_r4_ig/StructureDefinition/insurance-plan-period"
* extension[=].valueQuantity.value = 1
* extension[=].valueQuantity.unit = "months"
* extension[+].url = "https://openimis.github.io/openimis_fhir_r4_ig/StructureDefinition/insurance-plan-period"
* extension[=].valueQuantity.value = 1
* extension[=].valueQuantity.unit = "months"
* extension[+].url = "https://openimis.github.io/openimis_fhir_r4_ig/StructureDefinition/insurance-plan-period"
* extension[=].valueQuantity.value = 1
* extension[=].valueQuantity.unit = "months"
* extension[+].url = "https://openimis.github.io/openimis_fhir_r4_ig/StructureDefinition/insurance-plan-period"
* extension[=].valueQuantity.value = 1
* extension[=].valueQuantity.unit = "months"
* extension[+].extension[0].url = "Percentage"
* extension[=].extension[=].valueDecimal = 50
* extension[=].extension[+].url = "Period"
* extension[=].extension[=].valueQuantity.value = 2
* extension[=].extension[=].valueQuantity.unit = "months"
* extension[=].url = "https://openimis.github.io/openimis_fhir_r4_ig/StructureDefinition/insurance-plan-discount"
* extension[+].extension[0].url = "Percentage"
* extension[=].extension[=].valueDecimal = 80
* extension[=].extension[+].url = "Period"
* extension[=].extension[=].valueQuantity.value = 2
* extension[=].extension[=].valueQuantity.unit = "months"
* extension[=].url = "https://openimis.github.io/openimis_fhir_r4_ig/StructureDefinition/insurance-plan-discount"
* coverage.benefit.limit[0].code = InsurancePlanCoverageBenefitLimitCS#period "Period"
* coverage.benefit.limit[=].value.value = 12
* coverage.benefit.limit[=].value.unit = "month"
* coverage.benefit.limit[+].code = InsurancePlanCoverageBenefitLimitCS#memberCount "Member Count"
* coverage.benefit.limit[=].value.value = 10
* coverage.benefit.limit[=].value.unit = "member"
* coverage.benefit.type = $insurance-plan-type#medical "Medical"
* coverage.type = $insurance-plan-type#medical "Medical"
* plan.generalCost[0].type = InsurancePlanGeneralCostTypeCS#lumpsum "Lumpsum"
* plan.generalCost[=].groupSize = 3
* plan.generalCost[=].cost.value = 1500
* plan.generalCost[=].cost.currency = #EUR
* plan.generalCost[+].type = InsurancePlanGeneralCostTypeCS#premiumAdult "Premium Adult"
* plan.generalCost[=].cost.value = 150
* plan.generalCost[=].cost.currency = #EUR
* plan.generalCost[+].type = InsurancePlanGeneralCostTypeCS#premiumChild "Premium Child"
* plan.generalCost[=].cost.value = 70
* plan.generalCost[=].cost.currency = #EUR
* plan.generalCost[+].type = InsurancePlanGeneralCostTypeCS#registrationFee "Registration Fee"
* plan.generalCost[=].cost.value = 200
* plan.generalCost[=].cost.currency = #EUR
* identifier.value = "RX01"
* identifier.type = OpenIMISIdentifierCS#Code
* status = #active
* type = $insurance-plan-type#medical "Medical"
* name = "Regional fixed enrolment"
* period.start = "2023-10-01"
* period.end = "2030-12-31"
* coverageArea.reference = "Location/Upper-River-Region"
