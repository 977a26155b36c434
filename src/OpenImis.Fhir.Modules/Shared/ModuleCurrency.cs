using Hl7.Fhir.Model;
using Microsoft.Extensions.Configuration;

namespace OpenImis.Fhir.Modules.Shared;

/// <summary>
/// The currency of a module's amounts (<c>Fhir:Modules:{Name}:Currency</c>): openIMIS stores amounts without one,
/// and the guide's Money needs one. A bad code stops the start-up.
/// </summary>
internal static class ModuleCurrency
{
    public const string Default = "EUR";

    public static Money.Currencies From(IConfiguration moduleConfiguration, string module)
    {
        var configured = moduleConfiguration.GetValue("Currency", Default)!;
        return Enum.TryParse<Money.Currencies>(configured, ignoreCase: false, out var currency) && Enum.IsDefined(currency)
            ? currency
            : throw new InvalidOperationException($"Fhir:Modules:{module}:Currency must be an ISO 4217 code such as {Default}, not '{configured}'.");
    }
}
