// The location levels.

CodeSystem: LocationTypeCS
Id: location-type
Title: "Location Type (Location)"
Description: "Indicates the location type. Values defined by openIMIS. Cannot be extended."
* #R "Region" "Regional location level"
* #D "District" "District location level"
* #W "Municipality/Ward" "Municipality/Ward location level"
* #V "City/Village" "City/Village location level"

ValueSet: LocationTypeVS
Id: location-type
Title: "Location Type (Location)"
Description: "Indicates the location type. Values defined by openIMIS. Cannot be extended."
* LocationTypeCS#R "Region"
* LocationTypeCS#D "District"
* LocationTypeCS#W "Municipality/Ward"
* LocationTypeCS#V "City/Village"
* exclude codes from valueset LocationType
