// Feedback on a claim: the request (CommunicationRequest) and the answers (Communication).

Profile: OpenIMISCommunicationRequest
Parent: CommunicationRequest
Id: openimis-communication-request
Title: "openIMIS CommunicationRequest"
Description: "Defines a CommunicationRequest for openIMIS which maps to the Claim request for feedback in openIMIS."
* identifier ..0
* basedOn ..0
* replaces ..0
* groupIdentifier ..0
* status from CommunicationRequestStatusVS (required)
* status ^short = "active | completed | revoked"
* status ^definition = "Feedback request status:\n  * active: claim feedback selected\n  * completed: claim feedback delivered\n  * revoked: claim feedback bypassed"
* statusReason 1..
* statusReason from FeedbackStatusVS (required)
* category ..0
* priority ..0
* doNotPerform ..0
* medium ..0
* subject 1..
* subject only Reference(OpenIMISPatient)
* about 1..1
* about only Reference(OpenIMISClaim)
* encounter ..0
* payload ..5
// 1.0.0 used the FSH slice path extension[type]..., which is no FHIRPath; validators need the
// extension('url') form, and a pattern discriminator because the slices fix a CodeableConcept pattern.
* payload ^slicing.discriminator.type = #pattern
* payload ^slicing.discriminator.path = "extension('https://openimis.github.io/openimis_fhir_r4_ig/StructureDefinition/communication-payload-type').value"
* payload ^slicing.rules = #closed
* payload.extension 1..
* payload.extension contains CommunicationPayloadTypeExtension named type 1..1
// Each slice restricts content[x] to string itself: snapshot generators build a slice's children from
// the base element, so a restriction on the unsliced payload.content[x] would not reach the slices'
// string patterns (eld-7), and SUSHI leaves a slice rule out of the differential when it repeats one.
* payload contains
    CareRendered 1..1 and
    PaymentAsked 1..1 and
    DrugPrescribed 1..1 and
    DrugReceived 1..1 and
    Asessment 1..1
* payload[CareRendered].extension[type].valueCodeableConcept = FeedbackPayloadCS#CareRendered
* payload[CareRendered].content[x] only string
* payload[CareRendered].contentString 1..1
* payload[CareRendered].contentString = "Care Rendered? (yes|no)"
* payload[PaymentAsked].extension[type].valueCodeableConcept = FeedbackPayloadCS#PaymentAsked
* payload[PaymentAsked].content[x] only string
* payload[PaymentAsked].contentString 1..1
* payload[PaymentAsked].contentString = "Payment Asked? (yes|no)"
* payload[DrugPrescribed].extension[type].valueCodeableConcept = FeedbackPayloadCS#DrugPrescribed
* payload[DrugPrescribed].content[x] only string
* payload[DrugPrescribed].contentString 1..1
* payload[DrugPrescribed].contentString = "Drug Prescribed? (yes|no)"
* payload[DrugReceived].extension[type].valueCodeableConcept = FeedbackPayloadCS#DrugReceived
* payload[DrugReceived].content[x] only string
* payload[DrugReceived].contentString 1..1
* payload[DrugReceived].contentString = "Drug Received? (yes|no)"
* payload[Asessment].extension[type].valueCodeableConcept = FeedbackPayloadCS#Asessment
* payload[Asessment].content[x] only string
* payload[Asessment].contentString 1..1
* payload[Asessment].contentString = "Asessment? (0|1|2|3|4|5)"
* occurrence[x] ..0
* authoredOn ..0
* requester ..0
* recipient 1..1
* recipient only Reference(OpenIMISEnrolmentOfficerPractitioner)
* recipient ^short = "Enrolment Officer"
* recipient ^definition = "Enrolment Officer having enroled the insuree."
* sender ..0
* reasonCode ..0
* reasonReference ..0
* note ..0

Profile: OpenIMISCommunication
Parent: Communication
Id: openimis-communication
Title: "openIMIS Communication"
Description: "Defines a Communication for openIMIS which maps to the Feedback in openIMIS."
* identifier ..0
* instantiatesCanonical ..0
* instantiatesUri ..0
* basedOn ..0
* partOf ..0
* inResponseTo ..0
* status = #completed
* statusReason ..0
* category ..0
* priority ..0
* medium ..0
* subject 1..
* subject only Reference(OpenIMISPatient)
* topic ..0
* about 1..1
* about only Reference(OpenIMISClaim)
* encounter ..0
* sent ..0
* received ..0
* recipient ..0
* sender ..0
* reasonCode ..0
* reasonReference ..0
* payload ..5
// 1.0.0 used the FSH slice path extension[type]..., which is no FHIRPath; validators need the
// extension('url') form, and a pattern discriminator because the slices fix a CodeableConcept pattern.
* payload ^slicing.discriminator.type = #pattern
* payload ^slicing.discriminator.path = "extension('https://openimis.github.io/openimis_fhir_r4_ig/StructureDefinition/communication-payload-type').value"
* payload ^slicing.rules = #closed
* payload.extension 1..
* payload.extension contains CommunicationPayloadTypeExtension named type 1..1
* payload.content[x] only string
* payload contains
    CareRendered 1..1 and
    PaymentAsked 1..1 and
    DrugPrescribed 1..1 and
    DrugReceived 1..1 and
    Asessment 1..1
* payload[CareRendered].extension[type].valueCodeableConcept = FeedbackPayloadCS#CareRendered
* payload[PaymentAsked].extension[type].valueCodeableConcept = FeedbackPayloadCS#PaymentAsked
* payload[DrugPrescribed].extension[type].valueCodeableConcept = FeedbackPayloadCS#DrugPrescribed
* payload[DrugReceived].extension[type].valueCodeableConcept = FeedbackPayloadCS#DrugReceived
* payload[Asessment].extension[type].valueCodeableConcept = FeedbackPayloadCS#Asessment
* note ..0

Extension: CommunicationPayloadTypeExtension
Id: communication-payload-type
Title: "Payload Type (CommunicationRequest | Communication)"
Description: "Indicates the payload type for a Communication."
Context: Communication.payload, CommunicationRequest.payload
* . ^short = "Payload Type (CommunicationRequest | Communication)"
* . ^definition = "Indicates the payload type for a Communication."
* value[x] only CodeableConcept
* valueCodeableConcept from FeedbackPayloadVS (required)
