// Rule sets shared by the profiles.

// Every openIMIS resource carries its business Code and/or its UUID as identifiers, told apart by
// Identifier.type (code system openimis-identifiers); Identifier.system is not used.
RuleSet: IdentifierSlicing
* identifier ^slicing.discriminator.type = #value
* identifier ^slicing.discriminator.path = "type.coding.code"
* identifier ^slicing.rules = #closed
* identifier.type 1..
* identifier.type.coding.code from OpenIMISIdentifierVS (required)
* identifier.value 1..

// One identifier slice: {name} is Code or UUID, which is also its type code.
RuleSet: IdentifierSlice(name, card, short, definition)
* identifier contains {name} {card}
* identifier[{name}].type.coding.code 1..
* identifier[{name}].type.coding.code = #{name}
* identifier[{name}].type.coding.code ^short = "{short}"
* identifier[{name}].type.coding.code ^definition = "{definition}"
