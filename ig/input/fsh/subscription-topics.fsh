// The topics the server publishes (R5 Backport 1.1.0: topics are named by canonical URL on R4 servers). An R4
// guide cannot carry R5 SubscriptionTopic resources, so each topic is a concept here; its canonical URL is
// https://openimis.github.io/openimis_fhir_r4_ig/SubscriptionTopic/<code>. The server's TopicCatalog holds the same
// list (a unit test compares them); the page subscriptions documents triggers, conditions and filters.

CodeSystem: SubscriptionTopicCS
Id: subscription-topic
Title: "openIMIS subscription topics"
Description: "The subscription topics an openIMIS FHIR server publishes. Each concept's topic canonical URL is https://openimis.github.io/openimis_fhir_r4_ig/SubscriptionTopic/ followed by its code; subscribers name it in Subscription.criteria (Subscriptions R5 Backport 1.1.0)."
* ^caseSensitive = true
* ^content = #complete
* #claim-submitted "Claim submitted" "Claim created or updated with claim-status 4 (checked). Filters: patient (Claim.patient), health-facility (Claim.provider)."
* #claim-adjudicated "Claim adjudicated" "ClaimResponse created or updated with outcome complete (valuated or rejected). Filters: patient, health-facility (the claim's provider)."
* #policy-activated-or-expired "Policy activated or expired" "Coverage created or updated with status active (openIMIS Active or Expired). Filter: patient (the family head, Coverage.beneficiary)."
* #insuree-created-or-updated "Insuree created or updated" "Patient created or updated. Filters: patient (the insuree), location (a part of the address)."
* #insuree-deleted "Insuree deleted" "Patient deleted (openIMIS soft delete). Filter: patient (the insuree)."
* #family-membership-changed "Family membership changed" "Group created or updated. Filter: patient (a live member)."
