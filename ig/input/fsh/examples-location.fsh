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
