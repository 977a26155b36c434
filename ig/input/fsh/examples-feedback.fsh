// Examples: feedback asked and given on Claim001.

Instance: Claim001CommunicationRequest
InstanceOf: OpenIMISCommunicationRequest
Title: "Feedback requested on claim Code001"
Usage: #example
* status = #active
* statusReason = FeedbackStatusCS#4 "Selected"
* subject = Reference(john-doe)
* about = Reference(Claim001)
* recipient = Reference(Roberts-Jeb-EO)
* payload[CareRendered].extension[type].valueCodeableConcept = FeedbackPayloadCS#CareRendered
* payload[CareRendered].contentString = "Care Rendered? (yes|no)"
* payload[PaymentAsked].extension[type].valueCodeableConcept = FeedbackPayloadCS#PaymentAsked
* payload[PaymentAsked].contentString = "Payment Asked? (yes|no)"
* payload[DrugPrescribed].extension[type].valueCodeableConcept = FeedbackPayloadCS#DrugPrescribed
* payload[DrugPrescribed].contentString = "Drug Prescribed? (yes|no)"
* payload[DrugReceived].extension[type].valueCodeableConcept = FeedbackPayloadCS#DrugReceived
* payload[DrugReceived].contentString = "Drug Received? (yes|no)"
* payload[Asessment].extension[type].valueCodeableConcept = FeedbackPayloadCS#Asessment
* payload[Asessment].contentString = "Asessment? (0|1|2|3|4|5)"

Instance: Claim001Communication
InstanceOf: OpenIMISCommunication
Title: "John Doe's feedback on claim Code001"
Usage: #example
* status = #completed
* subject = Reference(john-doe)
* about = Reference(Claim001)
* payload[CareRendered].extension[type].valueCodeableConcept = FeedbackPayloadCS#CareRendered
* payload[CareRendered].contentString = "yes"
* payload[PaymentAsked].extension[type].valueCodeableConcept = FeedbackPayloadCS#PaymentAsked
* payload[PaymentAsked].contentString = "no"
* payload[DrugPrescribed].extension[type].valueCodeableConcept = FeedbackPayloadCS#DrugPrescribed
* payload[DrugPrescribed].contentString = "yes"
* payload[DrugReceived].extension[type].valueCodeableConcept = FeedbackPayloadCS#DrugReceived
* payload[DrugReceived].contentString = "yes"
* payload[Asessment].extension[type].valueCodeableConcept = FeedbackPayloadCS#Asessment
* payload[Asessment].contentString = "4"
