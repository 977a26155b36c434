Instance: ContributionInvoiceSubscription
InstanceOf: OpenIMISSubscription
Usage: #example
* channel.type = #rest-hook
* channel.endpoint = "https://api.accounting.org/invoice/contribution"
* channel.header = "Authorization: Bearer secret-token-abc-123"
* status = #requested
* reason = "Accounting system integration"
* criteria = "Invoice?type=contribution"
