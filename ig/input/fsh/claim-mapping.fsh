Mapping: openimis-claim-mapping
Id: openimis-claim-mapping
Title: "openIMIS Claim"
Source: OpenIMISClaim
Target: "https://openimis.atlassian.net/wiki/spaces/OP/pages/1448443905"
* created -> "tblClaim.DateClaimed"
