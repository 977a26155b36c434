// Invariants used by the profiles.

Invariant: insureeCodeMustBeUnder13Chars
Description: "Length MUST be <= 12."
* severity = #error
* expression = "$this.length() <= 12"

Invariant: patientPhotoUrlOrData
Description: "A photo is sent either by URL, with its size, or as data, never both."
* severity = #error
* expression = "(url.exists() and size.exists() and data.empty()) or (data.exists() and url.empty())"
