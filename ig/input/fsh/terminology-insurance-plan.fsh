// Product limits, costs and types.

CodeSystem: InsurancePlanGeneralCostTypeCS
Id: insurance-plan-general-cost-type
Title: "General Cost Type (InsurancePlan)"
Description: "Indicates the General Cost Type for an InsurancePlan. Values defined by openIMIS. Can not be extended."
* #lumpsum "Lumpsum"
* #premiumAdult "Premium Adult"
* #premiumChild "Premium Child"
* #registrationLumpsum "Registration Lumpsum"
* #registrationFee "Registration Fee"
* #generalAssemblyLumpSum "General Assembly Lump Sum"
* #generalAssemblyFee "General Assembly Fee"

ValueSet: InsurancePlanGeneralCostTypeVS
Id: insurance-plan-general-cost-type
Title: "General Cost Type (InsurancePlan)"
Description: "Indicates the General Cost Type for an InsurancePlan. Values defined by openIMIS. Can not be extended."
* include codes from system InsurancePlanGeneralCostTypeCS

ValueSet: InsurancePlanPublicationStatusVS
Id: insurance-plan-publication-status
Title: "Publication Status (InsurancePlan)"
Description: "Indicates the Publication Status for an InsurancePlan."
* PublicationStatus#draft "Draft"
* PublicationStatus#active "Active"
* PublicationStatus#retired "Retired"
