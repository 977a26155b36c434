// Examples: one branch of the location tree.

Instance: Upper-River-Region
InstanceOf: OpenIMISLocation
Title: "Region Upper River"
Usage: #example
* insert ExampleCode(R1)
* name = "Upper River Region"
* physicalType = LocationTypeCS#R "Region"

Instance: Jimara-district
InstanceOf: OpenIMISLocation
Title: "District Jimara"
Usage: #example
* insert ExampleCode(R1D1)
* name = "Jimara"
* physicalType = LocationTypeCS#D "District"
* partOf = Reference(Upper-River-Region)

Instance: Jamu-municipality
InstanceOf: OpenIMISLocation
Title: "Municipality Jamu"
Usage: #example
* insert ExampleCode(R1D1M2)
* name = "Jamu"
* physicalType = LocationTypeCS#W "Municipality/Ward"
* partOf = Reference(Jimara-district)

Instance: Jamula-village
InstanceOf: OpenIMISLocation
Title: "Village Jamula"
Usage: #example
* insert ExampleCode(R1D1M2V1)
* name = "Jamula"
* physicalType = LocationTypeCS#V "City/Village"
* partOf = Reference(Jamu-municipality)

Instance: RaptaDistrictHospital-site
InstanceOf: OpenIMISHealthFacilityLocation
Title: "Rapta District Hospital as a site"
Usage: #example
* insert ExampleCode(RAHOS001)
* insert ExampleUuid(D8A25F21-F36A-4D4D-9E58-1DB8FFBE7036)
* name = "Rapta District Hospital"
* type = http://terminology.hl7.org/CodeSystem/v3-RoleCode#HOSP "Hospital"
* physicalType = $location-physical-type#si "Site"
* managingOrganization = Reference(RaptaDistrictHospital)
* partOf = Reference(Jimara-district)
