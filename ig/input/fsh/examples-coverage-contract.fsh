// Examples: the Doe family's policy and its enrolment contract.

Instance: JoeDoeCoverage
InstanceOf: OpenIMISCoverage
Title: "The Doe family's policy on product RX01"
Usage: #example
* insert ExampleUuid(D30F70DF-D10B-43D4-BF31-5137C118AD84)
// 1.1.0 gives each date its own extension; 1.0.0 used coverage-date twice.
* extension[enrollDate].valueDate = "2021-01-28"
* extension[effectiveDate].valueDate = "2021-07-01"
* status = #active
* policyHolder = Reference(jane-doe)
// 1.0.0's example referred to "joe-doe", which is no resource.
* beneficiary = Reference(john-doe)
* period.start = "2021-07-01"
* period.end = "2022-06-30"
* payor = Reference(jane-doe)
* class.type = $coverage-class#plan "Plan"
* class.value = "RX01"
* class.name = "Regional fixed enrolment"

Instance: InformalSectorContract
InstanceOf: OpenIMISContract
Title: "Enrolment of the Doe family in product RX01"
Usage: #example
* status = #executed
* issued = "2021-07-28"
* subject = Reference(doe-family)
* author = Reference(Roberts-Jeb-EO)
* scope = ContractScopeCS#informal "Informal Sector"
* term.offer.party.reference = Reference(jane-doe)
* term.offer.party.role = ContractResourcePartyRoleCS#beneficiary "Beneficiary"
* term.asset.extension[premium].extension[payer].valueCodeableConcept = ContractPremiumPayerCS#beneficiary "Beneficiary"
* term.asset.extension[premium].extension[category].valueCodeableConcept = ContractPremiumCategoryCS#C "Contribution and Others"
* term.asset.extension[premium].extension[amount].valueMoney.value = 1000
* term.asset.extension[premium].extension[amount].valueMoney.currency = #EUR
* term.asset.extension[premium].extension[receipt].valueString = "RE184"
* term.asset.extension[premium].extension[date].valueDate = "2021-07-28"
* term.asset.extension[premium].extension[type].valueCodeableConcept = ContractPremiumTypeCS#C "Cash"
* term.asset.typeReference[+] = Reference(jane-doe)
* term.asset.typeReference[+] = Reference(john-doe)
* term.asset.period.start = "2021-07-01"
* term.asset.period.end = "2022-06-30"
* term.asset.usePeriod.start = "2021-07-28"
* term.asset.usePeriod.end = "2022-06-30"
* term.asset.valuedItem.entityReference = Reference(RX01)
* term.asset.valuedItem.net.value = 1000
* term.asset.valuedItem.net.currency = #EUR
