Instance: InformalSectorContract
InstanceOf: OpenIMISContract
Usage: #example
* term.offer.party.role = ContractResourcePartyRoleCS#beneficiary "Beneficiary"
* term.offer.party.reference.reference = "Patient/jane-doe"
* term.asset.extension.extension[0].url = "payer"
* term.asset.extension.extension[=].valueCodeableConcept = ContractPremiumPayerCS#beneficiary "Beneficiary"
* term.asset.extension.extension[+].url = "category"
* term.asset.extension.extension[=].valueCodeableConcept = ContractPremiumCategoryCS#C "Contribution and Others"
* term.asset.extension.extension[+].url = "amount"
* term.asset.extension.extension[=].valueMoney.value = 1000
* term.asset.extension.extension[=].valueMoney.currency = #EUR
* term.asset.extension.extension[+].url = "receipt"
* term.asset.extension.extension[=].valueString = "RE184"
* term.asset.extension.extension[+].url = "date"
* term.asset.extension.extension[=].valueDate = "2021-07-28"
* term.asset.extension.extension[+].url = "type"
* term.asset.extension.extension[=].valueCodeableConcept = ContractPremiumTypeCS#C "Cash"
* term.asset.extension.url = "https://openimis.github.io/openimis_fhir_r4_ig/StructureDefinition/contract-premium"
* term.asset.typeReference[0].reference = "Patient/jane-doe"
* term.asset.typeReference[+].reference = "Patient/john-doe"
* term.asset.period.start = "2021-07-01"
* term.asset.period.end = "2022-06-30"
* term.asset.usePeriod.start = "2021-07-28"
* term.asset.usePeriod.end = "2022-06-30"
* term.asset.valuedItem.entityReference.reference = "InsurancePlan/RX01"
* term.asset.valuedItem.net.value = 1000
* term.asset.valuedItem.net.currency = #EUR
* status = #executed
* issued = "2021-07-28"
* subject.reference = "Group/doe-family"
* author.reference = "Practitioner/Roberts-Jeb-EO"
* scope = ContractScopeCS#informal "Informal Sector"

Instance: JoeDoeCoverage
InstanceOf: OpenIMISCoverage
Usage: #example
* extension[0].url = "https://openimis.github.io/openimis_fhir_r4_ig/StructureDefinition/coverage-date"
* extension[=].valueDate = "2021-01-28"
* extension[+].url = "https://openimis.github.io/openimis_fhir_r4_ig/StructureDefinition/coverage-date"
* extension[=].valueDate = "2021-01-28"
* class.type = $coverage-class#plan "Plan"
* class.value = "RX01"
* class.name = "Regional fixed enrolment"
* identifier.value = "D30F70DF-D10B-43D4-BF31-5137C118AD84"
* identifier.type = OpenIMISIdentifierCS#UUID
* status = #active
* policyHolder.reference = "Patient/jane-doe"
* beneficiary.reference = "joe-doe"
* period.start = "2021-07-01"
* period.end = "2022-06-30"
* payor.reference = "Patient/jane-doe"
