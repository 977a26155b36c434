using System.Globalization;
using Hl7.Fhir.Model;
using OpenImis.Fhir.Modules.Shared;

namespace OpenImis.Fhir.Modules.Claim.Eligibility;

/// <summary>
/// Writes the openimis-coverage-eligibility-response: one insurance per covered policy, its benefit item (what is left
/// of the product's category counts and amounts; only limited ones are listed, a 0 left included) and the requested
/// item and service, each in its own slot (openIMIS swaps them).
/// </summary>
internal static class EligibilityResponseBuilder
{
    public static CoverageEligibilityResponse Build(
        EligibilityQuery query, Insuree.Data.Insuree insuree, IReadOnlyList<PolicyAnswer> answers, DateTimeOffset now)
    {
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var requestIdentifier = query.Identifier is { Value.Length: > 0 } given
            ? IgIdentifiers.Create(IgIdentifiers.Uuid, given.Value)
            : null;
        var response = new CoverageEligibilityResponse
        {
            Id = Guid.NewGuid().ToString(),
            Meta = new Meta { Profile = [EligibilityIg.ResponseProfile] },
            Identifier = [IgIdentifiers.Create(IgIdentifiers.Uuid, requestIdentifier?.Value ?? Guid.NewGuid().ToString())],
            Status = FinancialResourceStatusCodes.Active,
            Purpose = [CoverageEligibilityResponse.EligibilityResponsePurpose.Benefits],
            Patient = new ResourceReference($"Patient/{insuree.Uuid.ToLowerInvariant()}", insuree.ChfId),
            Created = now.ToString("yyyy-MM-dd'T'HH:mm:ssK", CultureInfo.InvariantCulture),
            Request = new ResourceReference { Identifier = requestIdentifier, Display = requestIdentifier is null ? "CoverageEligibilityRequest" : null },
            Outcome = ClaimProcessingCodes.Complete,
            Insurer = new ResourceReference(query.Insurer.Reference, query.Insurer.Display),
        };
        response.Insurance.AddRange(answers.Select(a => Insurance(a, today)));
        return response;
    }

    private static CoverageEligibilityResponse.InsuranceComponent Insurance(PolicyAnswer answer, DateOnly today)
    {
        var policy = answer.Policy;
        var insurance = new CoverageEligibilityResponse.InsuranceComponent
        {
            Coverage = FhirReferences.To("Coverage", policy.PolicyUuid),
            BenefitPeriod = new Period
            {
                Start = policy.StartDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                End = (policy.ExpiryDate ?? policy.CoveredUntil).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            },
        };
        insurance.Item.Add(BenefitItem(answer));
        if (answer.Item is { } item)
        {
            insurance.Item.Add(Line(EligibilityIg.Item, item, answer, today));
        }

        if (answer.Service is { } service)
        {
            insurance.Item.Add(Line(EligibilityIg.Service, service, answer, today));
        }

        return insurance;
    }

    private static CoverageEligibilityResponse.ItemsComponent BenefitItem(PolicyAnswer answer)
    {
        var product = answer.Policy.Product;
        var item = new CoverageEligibilityResponse.ItemsComponent
        {
            Category = EligibilityIg.Category(EligibilityIg.Benefit),
            Name = product.ProductCode,
            Description = product.ProductName,
        };
        foreach (var category in BenefitCategory.All)
        {
            if (answer.CountLeft(category) is { } left)
            {
                item.Benefit.Add(new() { Type = EligibilityIg.BenefitType(category.CountCode), Allowed = new UnsignedInt(left) });
            }
        }

        foreach (var category in BenefitCategory.All)
        {
            if (category.AmountCode is { } code && answer.AmountLeft(category) is { } amount)
            {
                item.Benefit.Add(new() { Type = EligibilityIg.BenefitType(code), Allowed = new Money { Value = amount } });
            }
        }

        return item;
    }

    private static CoverageEligibilityResponse.ItemsComponent Line(string slot, RequestedLine line, PolicyAnswer answer, DateOnly today)
    {
        var item = new CoverageEligibilityResponse.ItemsComponent
        {
            Category = EligibilityIg.Category(slot),
            Name = line.Code,
            Excluded = answer.Excluded(line, today),
        };
        if (answer.MinDate(line) is { } minDate)
        {
            item.Benefit.Add(new()
            {
                Type = EligibilityIg.BenefitType(EligibilityIg.MinDate),
                Allowed = new FhirString(minDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            });
        }

        if (PolicyAnswer.Left(line) is { } left)
        {
            item.Benefit.Add(new() { Type = EligibilityIg.BenefitType(EligibilityIg.ItemLeft), Allowed = new UnsignedInt(left) });
        }

        return item;
    }
}
