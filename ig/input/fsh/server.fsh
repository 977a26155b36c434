// What an openIMIS FHIR server says about itself beyond core FHIR: the extension its
// CapabilityStatement (/metadata) carries, and the search parameters it offers that FHIR R4 core
// does not define. New in 1.1.0: 1.0.0 defined neither, so a server used an extension and pointed
// at definitions that no validator could resolve.

Extension: ServerModuleExtension
Id: server-module
Title: "Server Module (CapabilityStatement)"
Description: "An openIMIS module (Location, Insuree, ...) that the server has switched on; its CapabilityStatement carries one per enabled module."
Context: CapabilityStatement
* . ^short = "Server Module (CapabilityStatement)"
* . ^definition = "An openIMIS module (Location, Insuree, ...) that the server has switched on; its CapabilityStatement carries one per enabled module."
* value[x] 1..
* value[x] only string

// FHIR R4 core has address-city, address-state and the others, but no address-district.
Instance: Patient-address-district
InstanceOf: SearchParameter
Usage: #definition
Title: "Patient address district"
* url = "https://openimis.github.io/openimis_fhir_r4_ig/SearchParameter/Patient-address-district"
* version = "1.1.0"
* name = "PatientAddressDistrict"
* status = #active
* publisher = "openIMIS Initiative"
* description = "The district of the Patient's address (openIMIS district of the insuree's village): a string search on Address.district, as address-city and address-state search Address.city and Address.state."
* code = #address-district
* base = #Patient
* type = #string
* expression = "Patient.address.district"
* xpath = "f:Patient/f:address/f:district"
* xpathUsage = #normal

// R4 core searches Location.type but not Location.physicalType, which is where the guide puts the
// openIMIS level (R, D, W, V) and health-facility sites (si): openimis-location forbids Location.type.
Instance: Location-physicalType
InstanceOf: SearchParameter
Usage: #definition
Title: "Location physical type"
* url = "https://openimis.github.io/openimis_fhir_r4_ig/SearchParameter/Location-physicalType"
* version = "1.1.0"
* name = "LocationPhysicalType"
* status = #active
* publisher = "openIMIS Initiative"
* description = "The physical type of a Location: the openIMIS level of an administrative location (location-type R, D, W, V) or a health-facility site (location-physical-type si)."
* code = #physicalType
* base = #Location
* type = #token
* expression = "Location.physicalType"
* xpath = "f:Location/f:physicalType"
* xpathUsage = #normal
