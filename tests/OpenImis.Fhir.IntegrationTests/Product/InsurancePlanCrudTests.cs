using System.Net;
using Hl7.Fhir.Model;
using OpenImis.Fhir.IntegrationTests.Infrastructure;

namespace OpenImis.Fhir.IntegrationTests.Product;

/// <summary>The InsurancePlan CRUD story and openIMIS's product rules over PostgreSQL with the demo data.</summary>
public sealed class InsurancePlanCrudTests(DemoServerFixture server) : IClassFixture<DemoServerFixture>
{
    private const string Ig = "https://openimis.github.io/openimis_fhir_r4_ig";
    private const string Profile = Ig + "/StructureDefinition/openimis-insurance-plan";

    private readonly HttpClient _client = server.CreateClient();

    internal static InsurancePlan Plan(string code, ResourceReference? area = null) => new()
    {
        Meta = new Meta { Profile = [Profile] },
        Identifier = [new Identifier { Type = new CodeableConcept(Ig + "/CodeSystem/openimis-identifiers", "Code"), Value = code }],
        Status = PublicationStatus.Active,
        Type = [new CodeableConcept("http://terminology.hl7.org/CodeSystem/insurance-plan-type", "medical")],
        Name = "Test product " + code,
        Period = new Period(new FhirDateTime("2020-01-01"), new FhirDateTime("2099-12-31")),
        CoverageArea = [area ?? new ResourceReference { Display = "National" }],
        Coverage =
        [
            new InsurancePlan.CoverageComponent
            {
                Type = new CodeableConcept("http://terminology.hl7.org/CodeSystem/insurance-plan-type", "medical"),
                Benefit =
                [
                    new InsurancePlan.CoverageBenefitComponent
                    {
                        Type = new CodeableConcept("http://terminology.hl7.org/CodeSystem/insurance-plan-type", "medical"),
                        Limit =
                        [
                            new InsurancePlan.LimitComponent
                            {
                                Code = new CodeableConcept(Ig + "/CodeSystem/insurance-plan-coverage-benefit-limit", "period"),
                                Value = new Quantity { Value = 12, Unit = "month" },
                            },
                            new InsurancePlan.LimitComponent
                            {
                                Code = new CodeableConcept(Ig + "/CodeSystem/insurance-plan-coverage-benefit-limit", "memberCount"),
                                Value = new Quantity { Value = 6, Unit = "member" },
                            },
                        ],
                    },
                ],
            },
        ],
        Plan =
        [
            new InsurancePlan.PlanComponent
            {
                GeneralCost =
                [
                    new InsurancePlan.GeneralCostComponent
                    {
                        Type = new CodeableConcept(Ig + "/CodeSystem/insurance-plan-general-cost-type", "lumpsum"),
                        GroupSizeElement = new PositiveInt(4),
                        Cost = new Money { Value = 500m, Currency = Money.Currencies.EUR },
                    },
                ],
            },
        ],
        Extension = [new Extension(Ig + "/StructureDefinition/insurance-plan-max-installments", new UnsignedInt(2))],
    };

    internal static string NewCode() => "T" + Guid.NewGuid().ToString("N")[..7].ToUpperInvariant();

    private async Task<InsurancePlan> CreateAsync(InsurancePlan plan)
    {
        var response = await _client.PostAsync("/fhir/InsurancePlan", FhirHttp.Body(plan));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await FhirHttp.ReadAsync<InsurancePlan>(response);
    }

    private async Task<InsurancePlan> DemoAsync(string code) =>
        (InsurancePlan)(await FhirHttp.ReadAsync<Bundle>(await _client.GetAsync($"/fhir/InsurancePlan?identifier=Code|{code}"))).Entry.Single().Resource!;

    [Fact]
    public async System.Threading.Tasks.Task Create_StoresEveryMappedElement_WhenPlanIsValid()
    {
        var region = (await DemoAsync("RX01")).CoverageArea[0];
        var created = await CreateAsync(Plan(NewCode(), new ResourceReference(region.Reference)));
        var read = await FhirHttp.ReadAsync<InsurancePlan>(await _client.GetAsync($"/fhir/InsurancePlan/{created.Id}"));
        Assert.Equal(region.Reference, read.CoverageArea[0].Reference);
        Assert.Equal(4, read.Plan[0].GeneralCost[0].GroupSize);
        Assert.Equal(500m, read.Plan[0].GeneralCost[0].Cost.Value);
        Assert.Equal(6m, read.Coverage[0].Benefit[0].Limit[1].Value.Value);
        Assert.Equal("2099-12-31", read.Period.End);
        Assert.Contains(Profile, read.Meta!.Profile);
    }

    [Fact]
    public async System.Threading.Tasks.Task Update_KeepsTheOldVersionInHistory_WhenNameChanges()
    {
        var created = await CreateAsync(Plan(NewCode()));
        created.Name = "Renamed";
        var response = await _client.PutAsync($"/fhir/InsurancePlan/{created.Id}", FhirHttp.Body(created));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var history = await FhirHttp.ReadAsync<Bundle>(await _client.GetAsync($"/fhir/InsurancePlan/{created.Id}/_history"));
        Assert.Equal(["Renamed", "Test product " + created.Identifier[0].Value], history.Entry.Select(e => ((InsurancePlan)e.Resource!).Name));
        var old = await _client.GetAsync($"/fhir/InsurancePlan/{created.Id}/_history/{created.Meta!.VersionId}");
        Assert.Equal(HttpStatusCode.OK, old.StatusCode);
    }

    [Fact]
    public async System.Threading.Tasks.Task Create_Answers422_WhenCodeIsAnotherLiveProducts()
    {
        var response = await _client.PostAsync("/fhir/InsurancePlan", FhirHttp.Body(Plan("NAT01")));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        await FhirHttp.OutcomeAsync(response);
    }

    [Fact]
    public async System.Threading.Tasks.Task Create_Answers422_WhenCoverageAreaIsUnknown()
    {
        var response = await _client.PostAsync("/fhir/InsurancePlan", FhirHttp.Body(Plan(NewCode(), new ResourceReference($"Location/{Guid.NewGuid()}"))));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
    }

    [Fact]
    public async System.Threading.Tasks.Task Delete_FreesTheCode_WhenProductHasNoPolicies()
    {
        var code = NewCode();
        var created = await CreateAsync(Plan(code));
        Assert.Equal(HttpStatusCode.NoContent, (await _client.DeleteAsync($"/fhir/InsurancePlan/{created.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Gone, (await _client.GetAsync($"/fhir/InsurancePlan/{created.Id}")).StatusCode);
        await CreateAsync(Plan(code));
    }

    [Fact]
    public async System.Threading.Tasks.Task Delete_Answers409_WhenProductHasLivePolicies()
    {
        var created = await CreateAsync(Plan(NewCode()));
        await TestPostgres.CountAsync(server.ConnectionString,
            "INSERT INTO \"tblPolicy\" (\"ValidityFrom\", \"PolicyUUID\", \"EnrollDate\", \"StartDate\", \"AuditUserID\", \"FamilyID\", \"ProdID\") "
            + "SELECT now(), gen_random_uuid()::text, current_date, current_date, 0, (SELECT min(\"FamilyID\") FROM \"tblFamilies\"), \"ProdID\" "
            + $"FROM \"tblProduct\" WHERE \"ProdUUID\" = '{created.Id}'; SELECT 0");
        var response = await _client.DeleteAsync($"/fhir/InsurancePlan/{created.Id}");
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync($"/fhir/InsurancePlan/{created.Id}")).StatusCode);
    }

    [Fact]
    public async System.Threading.Tasks.Task Created_ValidatesWithZeroErrors_WhenRead()
    {
        var created = await CreateAsync(Plan(NewCode()));
        var errors = SharedConformance.Validator.Validate(created, Profile).Issue
            .Where(i => i.Severity is OperationOutcome.IssueSeverity.Error or OperationOutcome.IssueSeverity.Fatal)
            .Select(i => $"{i.Details?.Text} @ {string.Join(",", i.Expression ?? [])}");
        Assert.Empty(errors);
    }
}
