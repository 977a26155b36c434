Instance: Claim001Communication
InstanceOf: OpenIMISCommunication
Usage: #example
* status = #completed
* payload[0].extension.url = "https://openimis.github.io/openimis_fhir_r4_ig/StructureDefinition/communication-payload-type"
* payload[=].extension.valueCodeableConcept = FeedbackPayloadCS#CareRendered
* payload[=].contentString = "yes"
* payload[+].extension.url = "https://openimis.github.io/openimis_fhir_r4_ig/StructureDefinition/communication-payload-type"
* payload[=].extension.valueCodeableConcept = FeedbackPayloadCS#PaymentAsked
* payload[=].contentString = "no"
* payload[+].extension.url = "https://openimis.github.io/openimis_fhir_r4_ig/StructureDefinition/communication-payload-type"
* payload[=].extension.valueCodeableConcept = FeedbackPayloadCS#DrugPrescribed
* payload[=].contentString = "yes"
* payload[+].extension.url = "https://openimis.github.io/openimis_fhir_r4_ig/StructureDefinition/communication-payload-type"
* payload[=].extension.valueCodeableConcept = FeedbackPayloadCS#DrugReceived
* payload[=].contentString = "yes"
* payload[+].extension.url = "https://openimis.github.io/openimis_fhir_r4_ig/StructureDefinition/communication-payload-type"
* payload[=].extension.valueCodeableConcept = FeedbackPayloadCS#Asessment
* payload[=].contentString = "4"
* subject.reference = "Patient/john-doe"
* about.reference = "Claim/Claim001"

Instance: Claim001CommunicationRequest
InstanceOf: OpenIMISCommunicationRequest
Usage: #example
* payload[0].contentString = "Care Rendered? (yes|no)"
* payload[=].extension.url = "https://openimis.github.io/openimis_fhir_r4_ig/StructureDefinition/communication-payload-type"
* payload[=].extension.valueCodeableConcept = FeedbackPayloadCS#CareRendered
* payload[+].contentString = "Payment Asked? (yes|no)"
* payload[=].extension.url = "https://openimis.github.io/openimis_fhir_r4_ig/StructureDefinition/communication-payload-type"
* payload[=].extension.valueCodeableConcept = FeedbackPayloadCS#PaymentAsked
* payload[+].contentString = "Drug Prescribed? (yes|no)"
* payload[=].extension.url = "https://openimis.github.io/openimis_fhir_r4_ig/StructureDefinition/communication-payload-type"
* payload[=].extension.valueCodeableConcept = FeedbackPayloadCS#DrugPrescribed
* payload[+].contentString = "Drug Received? (yes|no)"
* payload[=].extension.url = "https://openimis.github.io/openimis_fhir_r4_ig/StructureDefinition/communication-payload-type"
* payload[=].extension.valueCodeableConcept = FeedbackPayloadCS#DrugReceived
* payload[+].contentString = "Asessment? (0|1|2|3|4|5)"
* payload[=].extension.url = "https://openimis.github.io/openimis_fhir_r4_ig/StructureDefinition/communication-payload-type"
* payload[=].extension.valueCodeableConcept = FeedbackPayloadCS#Asessment
* status = #active
* statusReason = FeedbackStatusCS#4 "Selected"
* subject.reference = "Patient/john-doe"
* about.reference = "Claim/Claim001"
* recipient.reference = "Practitioner/Roberts-Jeb-EO"
