using Hl7.Fhir.Model;
using OpenImis.Fhir.Core.Errors;
using OpenImis.Fhir.Modules.Policy.Data;

namespace OpenImis.Fhir.Modules.Policy.Contract;

/// <summary>
/// A contribution (<c>tblPremium</c>) as the guide's contract-premium extension, mapped as the official Contract
/// converter does: payer beneficiary, category C (contribution) or P (photo fee), amount, receipt, date, type.
/// </summary>
internal static class PremiumExtension
{
    public const string Element = "Contract.term.asset.extension[premium]";

    public static Extension ToFhir(Premium premium, Money.Currencies currency)
    {
        var extension = new Extension { Url = PolicyIg.Premium };
        extension.Extension.Add(new Extension("payer", PolicyIg.Concept(PolicyIg.PremiumPayerSystem, "beneficiary", "Beneficiary")));
        extension.Extension.Add(new Extension("category", premium.IsPhotoFee == true
            ? PolicyIg.Concept(PolicyIg.PremiumCategorySystem, "P", "Photo Fee")
            : PolicyIg.Concept(PolicyIg.PremiumCategorySystem, "C", "Contribution and Others")));
        extension.Extension.Add(new Extension("amount", new Money { Value = premium.Amount, Currency = currency }));
        extension.Extension.Add(new Extension("receipt", new FhirString(premium.Receipt)));
        extension.Extension.Add(new Extension("date", PolicyDates.Date(premium.PayDate)));
        extension.Extension.Add(new Extension("type", PolicyIg.Concept(PolicyIg.PremiumTypeSystem, premium.PayType, TypeDisplay(premium.PayType))));
        return extension;
    }

    /// <summary>What a client sends; a 422 naming the element for anything openIMIS would refuse (§4.6 input codes).</summary>
    public static PremiumInput Read(Extension extension)
    {
        var category = Code(extension, "category", PolicyIg.PremiumCategorySystem);
        var type = Code(extension, "type", PolicyIg.PremiumTypeSystem);
        var amount = (extension.GetExtension("amount")?.Value as Money)?.Value;
        var receipt = (extension.GetExtension("receipt")?.Value as FhirString)?.Value?.Trim();
        var date = PolicyDates.Parse((extension.GetExtension("date")?.Value as Date)?.Value);
        if (category is not ("C" or "P"))
        {
            throw Invalid("category", "must be C (contribution) or P (photo fee)");
        }

        if (type is not (PolicyCodes.PayTypeCash or PolicyCodes.PayTypeBank or PolicyCodes.PayTypeMobile))
        {
            throw Invalid("type", "must be C (cash), B (bank transfer) or M (mobile phone)");
        }

        if (amount is not > 0)
        {
            throw Invalid("amount", "must be a positive amount");
        }

        if (string.IsNullOrEmpty(receipt) || receipt.Length > 50)
        {
            throw Invalid("receipt", "is required (at most 50 characters)");
        }

        return date is { } payDate
            ? new PremiumInput(amount.Value, receipt, payDate, type, category == "P")
            : throw Invalid("date", "is required (the payment date)");
    }

    private static string? Code(Extension extension, string name, string system) =>
        (extension.GetExtension(name)?.Value as CodeableConcept)?.Coding.FirstOrDefault(c => c.System is null || c.System == system)?.Code;

    private static FhirException Invalid(string name, string why) =>
        FhirException.Unprocessable($"{Element}.extension[{name}] {why}.", $"{Element}.extension[{name}]");

    private static string TypeDisplay(string payType) => payType switch
    {
        PolicyCodes.PayTypeBank => "Bank Transfer",
        PolicyCodes.PayTypeMobile => "Mobile Phone",
        PolicyCodes.PayTypeFunding => "Funding",
        _ => "Cash",
    };
}
