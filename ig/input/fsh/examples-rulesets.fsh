// Rule sets shared by the examples.

RuleSet: ExampleCode(value)
* identifier[Code].type = OpenIMISIdentifierCS#Code
* identifier[Code].value = "{value}"

RuleSet: ExampleUuid(value)
* identifier[UUID].type = OpenIMISIdentifierCS#UUID
* identifier[UUID].value = "{value}"

// The village address every Doe family example shares.
RuleSet: JamulaAddress(path, line)
* {path}.extension[municipality].valueString = "Jamu"
* {path}.extension[location].valueReference = Reference(Jamula-village)
* {path}.line = "{line}"
* {path}.city = "Jamula"
* {path}.district = "Rapta"
* {path}.state = "Ultha"
