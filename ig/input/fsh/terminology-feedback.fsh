// Feedback statuses and questions.

CodeSystem: FeedbackPayloadCS
Id: feedback-payload
Title: "Feedback Payload (CommunicationRequest | Communication)"
Description: "Indicates the Feedback Payload code for a CommunicationRequest and Communication. List defined by openIMIS. Can not be extended."
* #CareRendered "Care Rendered? (yes|no)"
* #PaymentAsked "Payment Asked? (yes|no)"
* #DrugPrescribed "Drug Prescribed? (yes|no)"
* #DrugReceived "Drug Received? (yes|no)"
* #Asessment "Asessment? (0|1|2|3|4|5)"

CodeSystem: FeedbackStatusCS
Id: feedback-status
Title: "Feedback Status (CommunicationRequest)"
Description: "Indicates the Feedback Status for a CommunicationRequest. Partial list defined by openIMIS. Can not be extended."
* #4 "Selected" "Selected for Feedback"
* #8 "Delivered" "Feedback delivered"
* #16 "Bypassed" "Feedback bypassed"

ValueSet: CommunicationRequestStatusVS
Id: communication-request-status
Title: "Claim Feedback Status (CommunicationRequest)"
Description: "Indicates the status of a feedback (Claim)."
* RequestStatus#active "Active"
* RequestStatus#revoked "Revoked"
* RequestStatus#completed "Completed"

ValueSet: FeedbackPayloadVS
Id: feedback-payload
Title: "Feedback Payload (CommunicationRequest | Communication)"
Description: "Indicates the Feedback Payload code for a CommunicationRequest and Communication. List defined by openIMIS. Can not be extended."
* include codes from system FeedbackPayloadCS

ValueSet: FeedbackStatusVS
Id: feedback-status
Title: "Feedback Status (CommunicationRequest)"
Description: "Indicates the Feedback Status for a CommunicationRequest. Partial list defined by openIMIS. Can not be extended."
* include codes from system FeedbackStatusCS
