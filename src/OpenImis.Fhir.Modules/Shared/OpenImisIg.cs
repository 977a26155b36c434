namespace OpenImis.Fhir.Modules.Shared;

/// <summary>The canonical URLs of the openIMIS IG that the insuree mapping writes and reads.</summary>
internal static class OpenImisIg
{
    public const string Base = "https://openimis.github.io/openimis_fhir_r4_ig";

    public const string PatientProfile = Base + "/StructureDefinition/openimis-patient";
    public const string GroupProfile = Base + "/StructureDefinition/openimis-group";

    public const string IdentifierTypeSystem = Base + "/CodeSystem/openimis-identifiers";

    public const string IsHead = Base + "/StructureDefinition/patient-is-head";
    public const string EducationLevel = Base + "/StructureDefinition/patient-education-level";
    public const string Profession = Base + "/StructureDefinition/patient-profession";
    public const string Identification = Base + "/StructureDefinition/patient-identification";
    public const string CardIssued = Base + "/StructureDefinition/patient-card-issued";
    public const string GroupReference = Base + "/StructureDefinition/patient-group-reference";
    public const string Vulnerability = Base + "/StructureDefinition/patient-vulnerability-status";

    public const string Municipality = Base + "/StructureDefinition/address-municipality";
    public const string LocationReference = Base + "/StructureDefinition/address-location-reference";

    public const string GroupAddress = Base + "/StructureDefinition/group-address";
    public const string GroupPoverty = Base + "/StructureDefinition/group-poverty-status";
    public const string GroupType = Base + "/StructureDefinition/group-type";
    public const string GroupConfirmation = Base + "/StructureDefinition/group-confirmation";

    // Health facilities (HealthFacility module).
    public const string HealthFacilityOrganizationProfile = Base + "/StructureDefinition/openimis-health-facility-organization";
    public const string HealthFacilityLocationProfile = Base + "/StructureDefinition/openimis-health-facility-location";
    public const string HealthFacilityLegalForm = Base + "/StructureDefinition/organization-hf-legal-form";
    public const string HealthFacilityLevel = Base + "/StructureDefinition/organization-hf-level";
    public const string HealthFacilityCareType = Base + "/StructureDefinition/organization-hf-care-type";
    public const string HealthFacilityLegalFormSystem = Base + "/CodeSystem/organization-hf-legal-form";
    public const string HealthFacilityLevelSystem = Base + "/CodeSystem/organization-hf-level";
    public const string HealthFacilityCareTypeSystem = Base + "/CodeSystem/organization-hf-care-type";

    // Product (InsurancePlan).
    public const string InsurancePlanProfile = Base + "/StructureDefinition/openimis-insurance-plan";
    public const string InsurancePlanConversion = Base + "/StructureDefinition/insurance-plan-conversion";
    public const string InsurancePlanMaxInstallments = Base + "/StructureDefinition/insurance-plan-max-installments";
    public const string InsurancePlanStartCycle = Base + "/StructureDefinition/insurance-plan-start-cycle";
    public const string InsurancePlanAdministrationPeriod = Base + "/StructureDefinition/insurance-plan-administration-period";
    public const string InsurancePlanGracePeriodPayment = Base + "/StructureDefinition/insurance-plan-grace-period-payment";
    public const string InsurancePlanGracePeriodRenewal = Base + "/StructureDefinition/insurance-plan-grace-period-renewal";
    public const string InsurancePlanGracePeriodEnrolment = Base + "/StructureDefinition/insurance-plan-grace-period-enrolment";
    public const string InsurancePlanRenewalDiscount = Base + "/StructureDefinition/insurance-plan-renewal-discount";
    public const string InsurancePlanEnrolmentDiscount = Base + "/StructureDefinition/insurance-plan-enrolment-discount";
    public const string InsurancePlanBenefitLimitSystem = Base + "/CodeSystem/insurance-plan-coverage-benefit-limit";
    public const string InsurancePlanGeneralCostSystem = Base + "/CodeSystem/insurance-plan-general-cost-type";

    public const string ConceptMapBase = Base + "/ConceptMap/";

    // Location
    public const string LocationProfile = Base + "/StructureDefinition/openimis-location";
    public const string LocationTypeSystem = Base + "/CodeSystem/location-type";
    // Claim administrators, enrolment officers, the insurer and policy holders.
    public const string ClaimAdministratorPractitionerProfile = Base + "/StructureDefinition/openimis-claim-administrator-practitioner";
    public const string ClaimAdministratorRoleProfile = Base + "/StructureDefinition/openimis-claim-administrator-practitioner-role";
    public const string EnrolmentOfficerPractitionerProfile = Base + "/StructureDefinition/openimis-enrolment-officer-practitioner";
    public const string EnrolmentOfficerRoleProfile = Base + "/StructureDefinition/openimis-enrolment-officer-practitioner-role";
    public const string InsuranceOrganizationProfile = Base + "/StructureDefinition/openimis-insurance-organization";
    public const string PolicyHolderOrganizationProfile = Base + "/StructureDefinition/openimis-policy-holder-organization";
    public const string QualificationTypeSystem = Base + "/CodeSystem/practitioner-qualification-type";
    public const string RoleSubstitution = Base + "/StructureDefinition/practitioner-role-substitution-reference";
    public const string PolicyHolderLegalForm = Base + "/StructureDefinition/organization-ph-legal-form";
    public const string PolicyHolderActivity = Base + "/StructureDefinition/organization-ph-activity";
    public const string PolicyHolderLegalFormSystem = Base + "/CodeSystem/organization-ph-legal-form";
    public const string PolicyHolderActivitySystem = Base + "/CodeSystem/organization-ph-activity";

    // Medical items and services.
    public const string MedicationProfile = Base + "/StructureDefinition/openimis-medication";
    public const string ActivityDefinitionProfile = Base + "/StructureDefinition/openimis-activitiy-definition";
    public const string UnitPrice = Base + "/StructureDefinition/unit-price";
    public const string MedicationType = Base + "/StructureDefinition/medication-type";
    public const string MedicationFrequency = Base + "/StructureDefinition/medication-frequency";
    public const string MedicationLevel = Base + "/StructureDefinition/medication-level";
    public const string MedicationUsageContext = Base + "/StructureDefinition/medication-usage-context";
    public const string ActivityDefinitionLevel = Base + "/StructureDefinition/activity-definition-level";
    public const string MedicationLevelSystem = Base + "/CodeSystem/medication-level";

    // Code systems fed by openIMIS lookup tables (served with the table's rows).
    public const string ProfessionSystem = Base + "/CodeSystem/patient-profession";
    public const string EducationLevelSystem = Base + "/CodeSystem/patient-education-level";
    public const string IdentificationTypeSystem = Base + "/CodeSystem/patient-identification-type";
    public const string ContactRelationshipSystem = Base + "/CodeSystem/patient-contact-relationship";
    public const string GroupTypeSystem = Base + "/CodeSystem/group-type";
    public const string GroupConfirmationTypeSystem = Base + "/CodeSystem/group-confirmation-type";
    public const string DiagnosisSystem = Base + "/CodeSystem/diagnosis-ICD10-level1";
}
