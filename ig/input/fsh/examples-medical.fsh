Instance: GeneralConsultationService
InstanceOf: OpenIMISActivityDefinition
Usage: #example
* status = #active
* extension.url = "https://openimis.github.io/openimis_fhir_r4_ig/StructureDefinition/unit-price"
* extension.valueMoney.value = 40
* extension.valueMoney.currency = #EUR
* useContext[0].code = $usage-context-type#venue "Clinical Venue"
* useContext[=].valueCodeableConcept = $v3-ActCode#AMB "ambulatory"
* useContext[+].code = $usage-context-type#gender "Gender"
* useContext[=].valueCodeableConcept.coding[0] = $administrative-gender#male "Male"
* useContext[=].valueCodeableConcept.coding[+] = $administrative-gender#female "Female"
* useContext[+].code = $usage-context-type#age "Age"
* useContext[=].valueCodeableConcept.coding[0] = UsageContextAgeTypeCS#adult "Adult"
* useContext[=].valueCodeableConcept.coding[+] = UsageContextAgeTypeCS#child "Child"
* timingTiming.repeat.frequency = 1
* timingTiming.repeat.periodUnit = #d
* timingTiming.repeat.period = 0
* identifier[0].value = "A1"
* identifier[=].type = OpenIMISIdentifierCS#Code
* identifier[+].value = "db2c3a6c-af07-49bd-8f6a-96aa1fc2bcf9"
* identifier[=].type = OpenIMISIdentifierCS#UUID
* name = "A1"
* title = "General Consultation"
* date = "2020-01-01"
* topic = ActivityDefinitionServiceTypeCS#P "Preventive"

Instance: AspirinMedication
InstanceOf: OpenIMISMedication
Usage: #example
* extension[0].url = "https://openimis.github.io/openimis_fhir_r4_ig/StructureDefinition/unit-price"
* extension[=].valueMoney.value = 10
* extension[=].valueMoney.currency = #EUR
* extension[+].url = "https://openimis.github.io/openimis_fhir_r4_ig/StructureDefinition/medication-type"
* extension[=].valueCodeableConcept = MedicationItemTypeCS#D "Drug"
* extension[+].valueTiming.repeat.frequency = 1
* extension[=].valueTiming.repeat.periodUnit = #d
* extension[=].valueTiming.repeat.period = 0
* extension[=].url = "https://openimis.github.io/openimis_fhir_r4_ig/StructureDefinition/medication-frequency"
* extension[+].extension[0].valueUsageContext.code = $usage-context-type#gender "Gender"
* extension[=].extension[=].valueUsageContext.valueCodeableConcept.coding[0] = $administrative-gender#male "Male"
* extension[=].extension[=].valueUsageContext.valueCodeableConcept.coding[+] = $administrative-gender#female "Female"
* extension[=].extension[=].url = "Gender"
* extension[=].extension[+].url = "CareType"
* extension[=].extension[=].valueUsageContext.code = $usage-context-type#venue "Clinical Venue"
* extension[=].extension[=].valueUsageContext.valueCodeableConcept = $v3-ActCode#AMB "ambulatory"
* extension[=].extension[+].valueUsageContext.code = $usage-context-type#age "Age"
* extension[=].extension[=].valueUsageContext.valueCodeableConcept.coding[0] = UsageContextAgeTypeCS#adult "Adult"
* extension[=].extension[=].valueUsageContext.valueCodeableConcept.coding[+] = UsageContextAgeTypeCS#child "Child"
* extension[=].extension[=].url = "Age"
* extension[=].url = "https://openimis.github.io/openimis_fhir_r4_ig/StructureDefinition/medication-usage-context"
* identifier[0].value = "0001"
* identifier[=].type = OpenIMISIdentifierCS#Code
* identifier[+].value = "71EFB78B-64EE-4A68-BE29-87DAF566EB20"
* identifier[=].type = OpenIMISIdentifierCS#UUID
* code = $sct#7947003
* code.text = "ACETYLSALICYLIC ACID (ASPIRIN) TABS 300MG"
* form = $sct#385055001 "Tablet"
* amount.numerator.value = 1000
