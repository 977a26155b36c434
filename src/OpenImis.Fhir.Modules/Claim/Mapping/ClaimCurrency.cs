using Hl7.Fhir.Model;
using Microsoft.Extensions.Configuration;

namespace OpenImis.Fhir.Modules.Claim.Mapping;

/// <summary>openIMIS stores amounts without a currency; the guide's Money needs one (Fhir:Modules:Claim:Currency, EUR by default, as Product).</summary>
internal static class ClaimCurrency
{
    public static Money.Currencies From(IConfiguration moduleConfiguration, string module)
    {
        var configured = moduleConfiguration.GetValue("Currency", Product.ProductModule.DefaultCurrency)!;
        return Enum.TryParse<Money.Currencies>(configured, ignoreCase: false, out var currency) && Enum.IsDefined(currency)
            ? currency
            : throw new InvalidOperationException($"Fhir:Modules:{module}:Currency must be an ISO 4217 code such as {Product.ProductModule.DefaultCurrency}, not '{configured}'.");
    }
}
