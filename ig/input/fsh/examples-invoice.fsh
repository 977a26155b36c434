// Examples: a contribution invoice.

Instance: InformalSectorContributionInvoice
InstanceOf: OpenIMISInvoice
Title: "The Doe family's contribution invoice"
Usage: #example
* insert ExampleCode(IV-BCUL0001-13000001-2021-09)
* insert ExampleUuid(D33E703F-D10B-43D8-9578-5137C118AD84)
* status = #issued
* type = InvoiceTypeCS#contribution "Contribution"
* recipient = Reference(jane-doe)
* date = "2021-01-28"
* issuer = Reference(openIMIS-Implementation)
* lineItem.chargeItemCodeableConcept = InvoiceChargeItemCS#policy "Policy"
* lineItem.priceComponent.extension[unitPrice].valueMoney.value = 10000
* lineItem.priceComponent.extension[unitPrice].valueMoney.currency = #EUR
* lineItem.priceComponent.type = #base
* lineItem.priceComponent.code.coding.code = #Code
* lineItem.priceComponent.code.text = "BCUL0001"
* lineItem.priceComponent.factor = 1
* lineItem.priceComponent.amount.value = 10000
* lineItem.priceComponent.amount.currency = #EUR
* totalNet.value = 10000
* totalNet.currency = #EUR
* totalGross.value = 10000
* totalGross.currency = #EUR
