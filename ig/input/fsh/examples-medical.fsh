// Examples: a medical item and a medical service.

Instance: AspirinMedication
InstanceOf: OpenIMISMedication
Title: "Medical item 0001: aspirin tablets"
Usage: #example
* insert ExampleCode(0001)
* insert ExampleUuid(71EFB78B-64EE-4A68-BE29-87DAF566EB20)
* extension[unitPrice].valueMoney.value = 10
* extension[unitPrice].valueMoney.currency = #EUR
* extension[type].valueCodeableConcept = MedicationItemTypeCS#D "Drug"
* extension[timing].valueTiming.repeat.frequency = 1
* extension[timing].valueTiming.repeat.period = 0
* extension[timing].valueTiming.repeat.periodUnit = #d
* extension[useContext].extension[Gender].valueUsageContext.code = $usage-context-type#gender "Gender"
* extension[useContext].extension[Gender].valueUsageContext.valueCodeableConcept.coding[+] = $administrative-gender#male "Male"
* extension[useContext].extension[Gender].valueUsageContext.valueCodeableConcept.coding[+] = $administrative-gender#female "Female"
* extension[useContext].extension[Age].valueUsageContext.code = $usage-context-type#age "Age Range"
* extension[useContext].extension[Age].valueUsageContext.valueCodeableConcept.coding[+] = UsageContextAgeTypeCS#adult "Adult"
* extension[useContext].extension[Age].valueUsageContext.valueCodeableConcept.coding[+] = UsageContextAgeTypeCS#child "Child"
* extension[useContext].extension[CareType].valueUsageContext.code = $usage-context-type#venue "Clinical Venue"
* extension[useContext].extension[CareType].valueUsageContext.valueCodeableConcept = $v3-ActCode#AMB "ambulatory"
* extension[level].valueCodeableConcept = MedicationLevelCS#M "Medication"
* code = $sct#7947003 "Aspirin"
* code.text = "ACETYLSALICYLIC ACID (ASPIRIN) TABS 300MG"
* form = $sct#385055001 "Tablet"
// 1000 tablets per package; the denominator (one package) is required by rat-1 since 1.1.0.
* amount.numerator.value = 1000
* amount.denominator.value = 1

Instance: GeneralConsultationService
InstanceOf: OpenIMISActivityDefinition
Title: "Medical service A1: general consultation"
Usage: #example
* insert ExampleCode(A1)
* insert ExampleUuid(db2c3a6c-af07-49bd-8f6a-96aa1fc2bcf9)
* extension[unitPrice].valueMoney.value = 40
* extension[unitPrice].valueMoney.currency = #EUR
* extension[level].valueCodeableConcept = ActivityDefinitionLevelCS#S "Simple Service"
* name = "A1"
* title = "General Consultation"
* status = #active
* date = "2020-01-01"
* useContext[Gender].code = $usage-context-type#gender "Gender"
* useContext[Gender].valueCodeableConcept.coding[+] = $administrative-gender#male "Male"
* useContext[Gender].valueCodeableConcept.coding[+] = $administrative-gender#female "Female"
* useContext[Age].code = $usage-context-type#age "Age Range"
* useContext[Age].valueCodeableConcept.coding[+] = UsageContextAgeTypeCS#adult "Adult"
* useContext[Age].valueCodeableConcept.coding[+] = UsageContextAgeTypeCS#child "Child"
* useContext[Category].code = $usage-context-type#workflow "Workflow Setting"
* useContext[Category].valueCodeableConcept = ActivityDefinitionUsageContextWorkflowTypeCS#C "Consultations"
* useContext[CareType].code = $usage-context-type#venue "Clinical Venue"
* useContext[CareType].valueCodeableConcept = $v3-ActCode#AMB "ambulatory"
* topic = ActivityDefinitionServiceTypeCS#P "Preventive"
* kind = #ServiceRequest
* timingTiming.repeat.frequency = 1
* timingTiming.repeat.period = 0
* timingTiming.repeat.periodUnit = #d
