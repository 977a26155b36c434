// Invariants used by the profiles.

Invariant: insureeCodeMustBeUnder13Chars
Description: "Length MUST be <= 12."
* severity = #error
* expression = "$this.length() <= 12"
