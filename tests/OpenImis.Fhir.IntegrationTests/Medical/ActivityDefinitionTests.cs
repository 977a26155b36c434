using System.Net;
using Hl7.Fhir.Model;
using Hl7.Fhir.Rest;
using OpenImis.Fhir.IntegrationTests.Infrastructure;

namespace OpenImis.Fhir.IntegrationTests.Medical;

/// <summary>The CRUD story, the code rule and the searches of ActivityDefinition over tblServices, driven with the Firely client.</summary>
public sealed class ActivityDefinitionTests(DemoServerFixture server) : IClassFixture<DemoServerFixture>
{
    private readonly FhirClient _client = MedicalResources.Client(server);

    [Fact]
    public async System.Threading.Tasks.Task Story_CreatesReadsUpdatesKeepsHistoryAndDeletes_WhenServiceIsValid()
    {
        var created = await _client.CreateAsync(MedicalResources.NewActivityDefinition("Story before"));
        var read = await _client.ReadAsync<ActivityDefinition>($"ActivityDefinition/{created!.Id}");
        read!.Title = "Story after";
        var updated = await _client.UpdateAsync(read);
        var old = await _client.ReadAsync<ActivityDefinition>($"ActivityDefinition/{created.Id}/_history/{created.Meta.VersionId}");
        var history = await _client.HistoryAsync($"ActivityDefinition/{created.Id}");

        await _client.DeleteAsync($"ActivityDefinition/{created.Id}");

        var gone = await Assert.ThrowsAsync<FhirOperationException>(() => _client.ReadAsync<ActivityDefinition>($"ActivityDefinition/{created.Id}"));
        Assert.Equal(
            ("Story after", "Story before", 2, MedicalResources.ActivityDefinitionProfile, HttpStatusCode.Gone),
            (updated!.Title, old!.Title, history!.Entry.Count, read.Meta.Profile.Single(), gone.Status));
    }

    [Fact]
    public async System.Threading.Tasks.Task Create_WritesTheRow_WhenServiceIsValid()
    {
        var created = await _client.CreateAsync(MedicalResources.NewActivityDefinition());

        // No Gender or Age use context is no restriction (15); AMB is outpatient; a single service.
        var rows = await TestPostgres.CountAsync(server.ConnectionString,
            $"SELECT count(*) FROM \"tblServices\" WHERE \"ServiceUUID\" = '{created!.Id}' AND \"ServCode\" = '{MedicalResources.Code(created)}' AND \"ServType\" = 'P' AND \"ServLevel\" = 'S' AND \"ServPatCat\" = 15 AND \"ServCareType\" = 'O' AND \"ServPrice\" = 20 AND \"ServPackageType\" = 'S' AND \"ValidityFrom\" IS NOT NULL AND \"ValidityTo\" IS NULL");
        Assert.Equal(1, rows);
    }

    [Fact]
    public async System.Threading.Tasks.Task Created_ValidatesWithZeroErrors_WhenReadBack()
    {
        var created = await _client.CreateAsync(MedicalResources.NewActivityDefinition());

        var read = await _client.ReadAsync<ActivityDefinition>($"ActivityDefinition/{created!.Id}");

        Assert.Empty(MedicalConformance.Errors(read!, MedicalResources.ActivityDefinitionProfile));
    }

    [Fact]
    public async System.Threading.Tasks.Task Create_Answers422_WhenCodeIsAnotherLiveServices()
    {
        var first = await _client.CreateAsync(MedicalResources.NewActivityDefinition());

        var ex = await Assert.ThrowsAsync<FhirOperationException>(
            () => _client.CreateAsync(MedicalResources.NewActivityDefinition("Another service", MedicalResources.Code(first!))));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, ex.Status);
    }

    [Fact]
    public async System.Threading.Tasks.Task Update_Answers422_WhenCodeIsTakenFromAnotherLiveService()
    {
        var first = await _client.CreateAsync(MedicalResources.NewActivityDefinition());
        var second = await _client.CreateAsync(MedicalResources.NewActivityDefinition());
        var code = MedicalResources.Code(first!);
        second!.Identifier.Single(i => i.Type.Coding[0].Code == "Code").Value = code;
        second.Name = code;

        var ex = await Assert.ThrowsAsync<FhirOperationException>(() => _client.UpdateAsync(second));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, ex.Status);
    }

    [Theory]
    [InlineData("A1")]
    [InlineData("H1")]
    [InlineData("NONE")]
    public async System.Threading.Tasks.Task Search_MatchesSqlCount_WhenSearchedByIdentifier(string code)
    {
        var bundle = await _client.SearchAsync<ActivityDefinition>([$"identifier=Code|{code}"]);

        var expected = await TestPostgres.CountAsync(server.ConnectionString,
            $"SELECT count(*) FROM \"tblServices\" WHERE \"ServCode\" = '{code}' AND \"ValidityTo\" IS NULL");
        Assert.Equal((expected, expected), (bundle!.Total ?? -1, bundle.Entry.Count));
        Assert.All(bundle.Entry, e => Assert.Equal(code, MedicalResources.Code((ActivityDefinition)e.Resource)));
    }

    [Theory]
    [InlineData("A")]
    [InlineData("s1")]
    [InlineData("ZZ")]
    public async System.Threading.Tasks.Task Search_MatchesSqlCount_WhenSearchedByName(string name)
    {
        // The guide puts the service code in ActivityDefinition.name.
        var bundle = await _client.SearchAsync<ActivityDefinition>([$"name={name}"]);

        var expected = await TestPostgres.CountAsync(server.ConnectionString,
            $"SELECT count(*) FROM \"tblServices\" WHERE lower(\"ServCode\") LIKE '{name.ToLowerInvariant()}%' AND \"ValidityTo\" IS NULL");
        Assert.Equal((expected, expected), (bundle!.Total ?? -1, bundle.Entry.Count));
    }

    [Theory]
    [InlineData("hosp")]
    [InlineData("Normal")]
    public async System.Threading.Tasks.Task Search_MatchesSqlCount_WhenSearchedByTitle(string title)
    {
        var bundle = await _client.SearchAsync<ActivityDefinition>([$"title={title}"]);

        var expected = await TestPostgres.CountAsync(server.ConnectionString,
            $"SELECT count(*) FROM \"tblServices\" WHERE lower(\"ServName\") LIKE '{title.ToLowerInvariant()}%' AND \"ValidityTo\" IS NULL");
        Assert.True(expected > 0, "The demo services should hold a match.");
        Assert.Equal((expected, expected), (bundle!.Total ?? -1, bundle.Entry.Count));
    }
}
