// The guide's own ImplementationGuide resource. SUSHI writes none when FSHOnly is set, so it is an
// instance here; the snapshot step of tools/OpenImis.Fhir.IgBuild fills definition.resource from
// what SUSHI generated, so the list can never drift from the FSH.
// No definition.parameter: 1.0.0's copyrightyear and releaselabel codes are not R4 GuideParameterCodes.
Instance: openimis.fhir.r4
InstanceOf: ImplementationGuide
Usage: #definition
Title: "openIMIS FHIR R4 Implementation Guide"
* url = "https://openimis.github.io/openimis_fhir_r4_ig/ImplementationGuide/openimis.fhir.r4"
* version = "1.1.0"
* name = "openIMISFHIRR4"
* title = "openIMIS FHIR R4 Implementation Guide"
* status = #active
* publisher = "openIMIS Initiative"
* contact[+].name = "openIMIS Initiative"
* contact[=].telecom[+].system = #url
* contact[=].telecom[=].value = "https://www.openimis.org"
* description = "The openIMIS FHIR R4 profiles, extensions and terminology: a corrected edition of version 1.0.0 whose profiles standard validators compile."
* packageId = "openimis.fhir.r4"
* license = #CC0-1.0
* fhirVersion = #4.0.1
