Instance: Jamu-municipality
InstanceOf: OpenIMISLocation
Usage: #example
* identifier.value = "R1D1M2"
* identifier.type = OpenIMISIdentifierCS#Code
* name = "Jamu"
* physicalType = LocationTypeCS#W "Municipality/Ward"
* partOf.reference = "Location/Jimara-district"

Instance: Jamula-village
InstanceOf: OpenIMISLocation
Usage: #example
* identifier.value = "R1D1M2V1"
* identifier.type = OpenIMISIdentifierCS#Code
* name = "Jamula"
* physicalType = LocationTypeCS#V "Village"
* partOf.reference = "Location/Jamu-municipality"

Instance: Jimara-district
InstanceOf: OpenIMISLocation
Usage: #example
* identifier.value = "R1D1"
* identifier.type = OpenIMISIdentifierCS#Code
* name = "Jimara"
* physicalType = LocationTypeCS#D "District"
* partOf.reference = "Location/Upper-River-Region"

Instance: Upper-River-Region
InstanceOf: OpenIMISLocation
Usage: #example
* identifier.value = "R1"
* identifier.type = OpenIMISIdentifierCS#Code
* name = "Upper River Region"
* physicalType = LocationTypeCS#R "Region"
