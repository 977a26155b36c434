// Policy, contract and premium codes.

CodeSystem: ContractPremiumCategoryCS
Id: contract-premium-category
Title: "Premium Category (Contract)"
Description: "Indicates the category of the premium for the Contract. Cannot be extended."
* #C "Contribution and Others"
* #P "Photo Fee"

CodeSystem: ContractPremiumPayerCS
Id: contract-premium-payer
Title: "Premium Payer (Contract)"
Description: "Indicates the payer of the premium for the Contract. Can be extended in openIMIS. Need to match openIMIS database payer list."
* #beneficiary "Beneficiary"

CodeSystem: ContractPremiumTypeCS
Id: contract-premium-type
Title: "Premium Type (Contract)"
Description: "Indicates the type of the premium for the Contract. Cannot be extended."
* #C "Cash"
* #B "Bank Transfer"
* #M "Mobile Phone"

CodeSystem: ContractResourcePartyRoleCS
Id: contract-resource-party-role
Title: "Resource Party Role (Contract)"
Description: "Indicates the participant engagement type for the Contract term."
* #beneficiary "Beneficiary"

CodeSystem: ContractScopeCS
Id: contract-scope
Title: "Scope (Contract)"
Description: "Indicates the scope for the Contract. Values defined by openIMIS. Cannot be extended."
* #formal "Formal Sector"
* #informal "Informal Sector"

CodeSystem: InsurancePlanCoverageBenefitLimitCS
Id: insurance-plan-coverage-benefit-limit
Title: "Coverage Benefit Limit Types (InsurancePlan)"
Description: "Indicates the Coverage Benefit Limit Types for an InsurancePlan. Values defined by openIMIS. Can not be extended."
* #period "Period" "Duration of the period in months, in which a policy with the product will be valid."
* #memberCount "Member Count" "Maximal number of members of a household/group for the product."

ValueSet: ContractPremiumCategoryVS
Id: contract-premium-category
Title: "Premium Category (Contract)"
Description: "Indicates the category of the premium for the Contract. Cannot be extended."
* include codes from system ContractPremiumCategoryCS

ValueSet: ContractPremiumPayerVS
Id: contract-premium-payer
Title: "Premium Payer (Contract)"
Description: "Indicates the payer of the premium for the Contract. Can be extended in openIMIS. Need to match openIMIS database payer list."
* include codes from system ContractPremiumPayerCS

ValueSet: ContractPremiumTypeVS
Id: contract-premium-type
Title: "Premium Type (Contract)"
Description: "Indicates the type of the premium for the Contract. Cannot be extended."
* include codes from system ContractPremiumTypeCS

ValueSet: ContractResourcePartyRoleVS
Id: contract-resource-party-role
Title: "Resource Party Role (Contract)"
Description: "Indicates the participant engagement type for the Contract term."
* include codes from system ContractResourcePartyRoleCS

ValueSet: ContractScopeVS
Id: contract-scope
Title: "Scope (Contract)"
Description: "Indicates the scope for the Contract. Values defined by openIMIS. Cannot be extended."
* include codes from system ContractScopeCS

ValueSet: ContractStatusCodesVS
Id: contract-status-codes
Title: "Status Codes (Contract)"
Description: "Indicates the status of the Contract. Values limited by openIMIS."
* ContractResourceStatusCodes#offered "Offered"
* ContractResourceStatusCodes#executed "Executed"

ValueSet: CoverageStatusVS
Id: coverage-status
Title: "Coverage Status (Coverage)"
Description: "Indicates the status of a Coverage (Policy)."
* FinancialResourceStatusCodes#active "Active"
* FinancialResourceStatusCodes#cancelled "Cancelled"
* FinancialResourceStatusCodes#draft "Draft"

ValueSet: InsurancePlanCoverageBenefitLimitVS
Id: insurance-plan-coverage-benefit-limit
Title: "Coverage Benefit Limit Types (InsurancePlan)"
Description: "Indicates the Coverage Benefit Limit Types for an InsurancePlan. Values defined by openIMIS. Can not be extended."
* include codes from system InsurancePlanCoverageBenefitLimitCS

ValueSet: InsurancePlanCoverageTypeVS
Id: insurance-plan-coverage-type
Title: "Coverage Type (InsurancePlan)"
Description: "Indicates the Coverage Type for an InsurancePlan."
* InsurancePlanType#medical "Medical"
