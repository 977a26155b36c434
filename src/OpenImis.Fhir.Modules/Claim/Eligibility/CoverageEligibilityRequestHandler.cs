using Hl7.Fhir.Model;
using OpenImis.Fhir.Core.Errors;
using OpenImis.Fhir.Core.Rest;
using OpenImis.Fhir.Core.Search;

namespace OpenImis.Fhir.Modules.Claim.Eligibility;

/// <summary>
/// <c>POST CoverageEligibilityRequest</c>: answers with a CoverageEligibilityResponse and stores nothing, as openIMIS
/// does. Create is the only interaction, so the request type offers neither read nor search.
/// </summary>
internal sealed class CoverageEligibilityRequestHandler(EligibilityReader reader, TimeProvider clock)
    : ICreateHandler, ITypedResourceHandler<CoverageEligibilityRequest>
{
    public string ResourceType => "CoverageEligibilityRequest";

    public IReadOnlyList<string> Profiles { get; } = [EligibilityIg.RequestProfile];

    public IReadOnlyList<ISearchParameter> SearchParameters { get; } = [];

    public async Task<Resource> CreateAsync(Resource resource, CancellationToken cancellationToken)
    {
        var query = EligibilityQuery.From((CoverageEligibilityRequest)resource);
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var insuree = await reader.InsureeAsync(query.Patient, cancellationToken)
            ?? throw FhirException.Unprocessable($"CoverageEligibilityRequest.patient: Patient/{query.Patient} does not exist.", "CoverageEligibilityRequest.patient");
        var item = query.ItemCode is { } itemCode
            ? await reader.ItemByCodeAsync(itemCode, cancellationToken) ?? throw Unknown("item", itemCode)
            : null;
        var service = query.ServiceCode is { } serviceCode
            ? await reader.ServiceByCodeAsync(serviceCode, cancellationToken) ?? throw Unknown("service", serviceCode)
            : null;
        var adult = EligibilityFormulas.IsAdult(insuree.BirthDate, today);
        var answers = new List<PolicyAnswer>();
        foreach (var policy in await reader.CoveredPoliciesAsync(insuree.Id, today, cancellationToken))
        {
            answers.Add(new PolicyAnswer(
                policy,
                await reader.UsageAsync(insuree.Id, policy, cancellationToken),
                item is null ? null : await reader.ItemAsync(insuree.Id, adult, policy, item, cancellationToken),
                service is null ? null : await reader.ServiceAsync(insuree.Id, adult, policy, service, cancellationToken)));
        }

        return EligibilityResponseBuilder.Build(query, insuree, answers, now);
    }

    private static FhirException Unknown(string category, string code) => FhirException.Unprocessable(
        $"CoverageEligibilityRequest.item: no current medical {category} has the code '{code}'.", "CoverageEligibilityRequest.item");
}
