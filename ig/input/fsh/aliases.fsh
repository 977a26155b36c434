// Code systems and value sets defined outside this guide.
Alias: $v3-ActCode = http://terminology.hl7.org/CodeSystem/v3-ActCode
Alias: $v3-MaritalStatus = http://terminology.hl7.org/CodeSystem/v3-MaritalStatus
Alias: $v3-NullFlavor = http://terminology.hl7.org/CodeSystem/v3-NullFlavor
Alias: $usage-context-type = http://terminology.hl7.org/CodeSystem/usage-context-type
Alias: $administrative-gender = http://hl7.org/fhir/administrative-gender
Alias: $restful-security-service = http://terminology.hl7.org/CodeSystem/restful-security-service
Alias: $processpriority = http://terminology.hl7.org/CodeSystem/processpriority
Alias: $coverage-class = http://terminology.hl7.org/CodeSystem/coverage-class
Alias: $insurance-plan-type = http://terminology.hl7.org/CodeSystem/insurance-plan-type
Alias: $sct = http://snomed.info/sct
Alias: $organization-type = http://terminology.hl7.org/CodeSystem/organization-type
Alias: $contactentity-type = http://terminology.hl7.org/CodeSystem/contactentity-type
Alias: $location-physical-type = http://terminology.hl7.org/CodeSystem/location-physical-type
