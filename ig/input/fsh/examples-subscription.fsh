// Examples: a rest-hook subscription.

Instance: ContributionInvoiceSubscription
InstanceOf: OpenIMISSubscription
Title: "An accounting system subscribed to contribution invoices"
Usage: #example
* status = #requested
* reason = "Accounting system integration"
* criteria = "Invoice?type=contribution"
* channel.type = #rest-hook
* channel.endpoint = "https://api.accounting.org/invoice/contribution"
* channel.header = "Authorization: Bearer secret-token-abc-123"
