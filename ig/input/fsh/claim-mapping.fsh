// Mapping of Claim elements to openIMIS columns (kept from 1.0.0).

Mapping: openimis-claim-mapping
Id: openimis-claim-mapping
Title: "openIMIS Claim"
Source: OpenIMISClaim
Target: "https://openimis.atlassian.net/wiki/spaces/OP/pages/1448443905"
* created -> "tblClaim.DateClaimed"
