using Hl7.Fhir.Rest;
using OpenImis.Fhir.IntegrationTests.Infrastructure;
using OpenImis.Fhir.Modules.Policy.Data;
using static OpenImis.Fhir.IntegrationTests.Eligibility.EligibilityData;

namespace OpenImis.Fhir.IntegrationTests.Eligibility;

/// <summary>
/// A server whose database holds one insuree with an Active policy (effective 60 days ago) and a history of claims
/// that do and do not count, an Idle and an expired Active policy that must not appear, and an insuree without
/// cover. <see cref="EligibilityTests"/> states the expected counters.
/// </summary>
public sealed class EligibilityServerFixture : ServerFixture
{
    public const string CoveredItem = "ELI1";
    public const string UncoveredItem = "ELI2";
    public const string Consultation = "ELS1";
    public const string Surgery = "ELS2";

    public string InsureeUuid { get; private set; } = "";
    public string ChfId { get; } = "ELG000001";
    public string UncoveredUuid { get; private set; } = "";
    public string PolicyUuid { get; private set; } = "";

    public FhirClient Client() =>
        new("http://localhost/fhir", new FhirClientSettings { PreferredFormat = ResourceFormat.Json }, Factory.Server.CreateHandler());

    protected override Task SeedAsync(HttpClient client) => WithAsync(Factory.Services, async data =>
    {
        var today = data.Today;
        var facility = await data.FacilityAsync("ELHF01");
        var item = await data.ItemAsync(CoveredItem);
        await data.ItemAsync(UncoveredItem);
        var consultation = await data.ServiceAsync(Consultation, "C");
        var surgery = await data.ServiceAsync(Surgery, "S");
        var product = await data.ProductAsync("ELP1", p =>
        {
            p.MaxNoConsultation = 3;
            p.MaxNoHospitalization = 2;
            p.MaxAmountConsultation = 1000m;
        });
        await data.CoverAsync(product, item, 10, null);
        await data.CoverAsync(product, consultation, 5, 0);
        await data.CoverAsync(product, surgery, null, 12);

        var insuree = await data.InsureeAsync(ChfId, new DateOnly(1980, 5, 17));
        InsureeUuid = insuree.Uuid;
        var start = today.AddDays(-60);
        var policy = await data.PolicyAsync(insuree, product, PolicyCodes.StatusActive, start, today.AddDays(300));
        PolicyUuid = policy.Uuid;
        await data.PolicyAsync(insuree, product, PolicyCodes.StatusIdle, start, today.AddDays(300));
        await data.PolicyAsync(insuree, product, PolicyCodes.StatusActive, today.AddDays(-400), today.AddDays(-1));

        // Counted: two consultations (checked, valuated) and one admission whose only line was rejected.
        var first = await data.ClaimAsync(insuree, facility, 4, "C", today.AddDays(-30), [Service(consultation, 2)]);
        var second = await data.ClaimAsync(insuree, facility, 16, "C", today.AddDays(-20), [Service(consultation, 3, approved: 1)], [Item(item, 4)]);
        await data.ClaimAsync(insuree, facility, 4, "H", today.AddDays(-10), [Service(consultation, 7, status: 2)]);
        await data.BookAsync(first, policy, 300m, 0m);
        await data.BookAsync(second, policy, 150m, 0m);

        // Not counted: entered, rejected, and before the insuree's coverage began.
        await data.ClaimAsync(insuree, facility, 2, "C", today.AddDays(-5), [Service(consultation, 5)], [Item(item, 5)]);
        await data.ClaimAsync(insuree, facility, 1, "C", today.AddDays(-5), [Service(consultation, 5)]);
        await data.ClaimAsync(insuree, facility, 4, "C", today.AddDays(-90), [Service(consultation, 5)]);

        var uncovered = await data.InsureeAsync("ELG000002", new DateOnly(1990, 1, 1));
        UncoveredUuid = uncovered.Uuid;
        return 0;
    });
}
