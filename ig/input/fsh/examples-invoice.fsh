Instance: InformalSectorContributionInvoice
InstanceOf: OpenIMISInvoice
Usage: #example
* lineItem.priceComponent.extension.url = "https://openimis.github.io/openimis_fhir_r4_ig/StructureDefinition/unit-price"
* lineItem.priceComponent.extension.valueMoney.value = 10000
* lineItem.priceComponent.type = #base
* lineItem.priceComponent.code.coding.code = #Code
* lineItem.priceComponent.code.text = "BCUL0001"
* lineItem.priceComponent.factor = 1
* lineItem.priceComponent.amount.value = 10000
* lineItem.chargeItemCodeableConcept = InvoiceChargeItemCS#policy "Policy"
* identifier[0].type.coding.code = #Code
* identifier[=].value = "IV-BCUL0001-13000001-2021-09"
* identifier[+].type.coding.code = #UUID
* identifier[=].value = "D33E703F-D10B-43D8-9578-5137C118AD84"
* status = #issued
* type.coding.code = #contribution
* recipient.reference = "Patient/jane-doe"
* date = "2021-01-28"
* issuer.reference = "Organization/openIMIS-Implementation"
* totalNet.value = 10000
* totalNet.currency = #EUR
* totalGross.value = 10000
* totalGross.currency = #EUR
