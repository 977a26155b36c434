// Code systems and value sets of medical items and services, including their usage contexts.

CodeSystem: ActivityDefinitionLevelCS
Id: activity-definition-level
Title: "Level (ActivityDefinition)"
Description: "Indicates the Level for an ActivityDefinition. Values defined by openIMIS. Can not be extended."
* #S "Simple Service"
* #V "Visit"
* #D "Day of stay"
* #H "Hospital case"

CodeSystem: ActivityDefinitionServiceTypeCS
Id: activity-definition-service-type
Title: "Service Type (ActivityDefinition)"
Description: "Indicates the Service Type for an ActivityDefinition. Values defined by openIMIS. Can not be extended."
* #C "Curative"
* #P "Preventive"

CodeSystem: ActivityDefinitionUsageContextWorkflowTypeCS
Id: activity-definition-usage-context-workflow-type
Title: "Usage Context for Workflow Type (ActivityDefinition)"
Description: "Indicates the Usage Context for Workflow Type for an ActivityDefinition. Values defined by openIMIS. Can not be extended."
* #S "Surgery"
* #C "Consultations"
* #D "Delivery"
* #A "Antenatal"
* #O "Other"

CodeSystem: MedicationItemTypeCS
Id: medication-item-type
Title: "Item Type (Medication)"
Description: "Indicates the Medical Item Type for an Medication. Values defined by openIMIS. Can not be extended."
* #D "Drug"
* #M "Medical consumable"

CodeSystem: MedicationLevelCS
Id: medication-level
Title: "Level (Medication)"
Description: "Indicates the Level for a Medication. Values defined by openIMIS. Can not be extended."
* #M "Medication"

CodeSystem: UsageContextAgeTypeCS
Id: usage-context-age-type
Title: "Usage Context for Age Type (ActivityDefinition|Medication)"
Description: "Indicates the Usage Context for Gender Type for an ActivityDefinition or Medication. Values defined by openIMIS. Can not be extended."
* #adult "Adult"
* #child "Child"

ValueSet: ActivityDefinitionLevelVS
Id: activity-definition-level
Title: "Level (ActivityDefinition)"
Description: "Indicates the Level for an ActivityDefinition. Values defined by openIMIS. Can not be extended."
* include codes from system ActivityDefinitionLevelCS

ValueSet: ActivityDefinitionServiceTypeVS
Id: activity-definition-service-type
Title: "Service Type (ActivityDefinition)"
Description: "Indicates the Service Type for an ActivityDefinition. Values defined by openIMIS. Can not be extended."
* include codes from system ActivityDefinitionServiceTypeCS

ValueSet: ActivityDefinitionUsageContextTypeVS
Id: activity-definition-usage-context-type
Title: "Usage Context Type (ActivityDefinition)"
Description: "Indicates the Usage Context Type for an ActivityDefinition."
* UsageContextType#gender "Gender"
* UsageContextType#age "Age Range"
* UsageContextType#workflow "Workflow Setting"
* UsageContextType#venue "Clinical Venue"

ValueSet: ActivityDefinitionUsageContextVenueTypeVS
Id: activity-definition-usage-context-venue-type
Title: "Usage Context for Venue Type (ActivityDefinition)"
Description: "Indicates the Usage Context for Venue Type for an ActivityDefinition."
* $v3-ActCode#AMB "ambulatory"
* $v3-ActCode#IMP "IMP"

ValueSet: ActivityDefinitionUsageContextWorkflowTypeVS
Id: activity-definition-usage-context-workflow-type
Title: "Usage Context for Workflow Type (ActivityDefinition)"
Description: "Indicates the Usage Context for Workflow Type for an ActivityDefinition. Values defined by openIMIS. Can not be extended."
* include codes from system ActivityDefinitionUsageContextWorkflowTypeCS

ValueSet: MedicationItemTypeVS
Id: medication-item-type
Title: "Item Type (Medication)"
Description: "Indicates the Medical Item Type for an Medication. Values defined by openIMIS. Can not be extended."
* include codes from system MedicationItemTypeCS

ValueSet: MedicationLevelVS
Id: medication-level
Title: "Level (Medication)"
Description: "Indicates the Level for a Medication. Values defined by openIMIS. Can not be extended."
* include codes from system MedicationLevelCS

ValueSet: UsageContextAgeTypeVS
Id: usage-context-age-type
Title: "Usage Context for Age Type (ActivityDefinition|Medication)"
Description: "Indicates the Usage Context for Age Type for an ActivityDefinition or Medication."
* include codes from system UsageContextAgeTypeCS

ValueSet: UsageContextGenderTypeVS
Id: usage-context-gender-type
Title: "Usage Context for Gender Type (ActivityDefinition|Medication)"
Description: "Indicates the Usage Context for Gender Type for an ActivityDefinition or Medication."
* AdministrativeGender#male "Male"
* AdministrativeGender#female "Female"
