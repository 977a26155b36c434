using System.Net;
using Hl7.Fhir.Model;
using Hl7.Fhir.Rest;
using OpenImis.Fhir.IntegrationTests.Infrastructure;

namespace OpenImis.Fhir.IntegrationTests.Medical;

/// <summary>The CRUD story, the code rule and the searches of Medication over tblItems, driven with the Firely client.</summary>
public sealed class MedicationTests(DemoServerFixture server) : IClassFixture<DemoServerFixture>
{
    private readonly FhirClient _client = MedicalResources.Client(server);

    [Fact]
    public async System.Threading.Tasks.Task Story_CreatesReadsUpdatesKeepsHistoryAndDeletes_WhenItemIsValid()
    {
        var created = await _client.CreateAsync(MedicalResources.NewMedication("STORY TABS BEFORE"));
        var read = await _client.ReadAsync<Medication>($"Medication/{created!.Id}");
        read!.Code.Text = "STORY TABS AFTER";
        var updated = await _client.UpdateAsync(read);
        var old = await _client.ReadAsync<Medication>($"Medication/{created.Id}/_history/{created.Meta.VersionId}");
        var history = await _client.HistoryAsync($"Medication/{created.Id}");

        await _client.DeleteAsync($"Medication/{created.Id}");

        var gone = await Assert.ThrowsAsync<FhirOperationException>(() => _client.ReadAsync<Medication>($"Medication/{created.Id}"));
        Assert.Equal(
            ("STORY TABS AFTER", "STORY TABS BEFORE", 2, MedicalResources.MedicationProfile, HttpStatusCode.Gone),
            (updated!.Code.Text, old!.Code.Text, history!.Entry.Count, read.Meta.Profile.Single(), gone.Status));
    }

    [Fact]
    public async System.Threading.Tasks.Task Create_WritesTheRow_WhenItemIsValid()
    {
        var created = await _client.CreateAsync(MedicalResources.NewMedication());

        // Female | Adult = 2 | 4; AMB is outpatient; 100 per package; the price as given.
        var rows = await TestPostgres.CountAsync(server.ConnectionString,
            $"SELECT count(*) FROM \"tblItems\" WHERE \"ItemUUID\" = '{created!.Id}' AND \"ItemCode\" = '{MedicalResources.Code(created)}' AND \"ItemType\" = 'D' AND \"ItemPatCat\" = 6 AND \"ItemCareType\" = 'O' AND \"Quantity\" = 100 AND \"ItemPrice\" = 12.5 AND \"ValidityTo\" IS NULL");
        Assert.Equal(1, rows);
    }

    [Fact]
    public async System.Threading.Tasks.Task Created_ValidatesWithZeroErrors_WhenReadBack()
    {
        var created = await _client.CreateAsync(MedicalResources.NewMedication());

        var read = await _client.ReadAsync<Medication>($"Medication/{created!.Id}");

        Assert.Empty(MedicalConformance.Errors(read!, MedicalResources.MedicationProfile));
    }

    [Fact]
    public async System.Threading.Tasks.Task Create_Answers422_WhenCodeIsAnotherLiveItems()
    {
        var first = await _client.CreateAsync(MedicalResources.NewMedication());

        var ex = await Assert.ThrowsAsync<FhirOperationException>(
            () => _client.CreateAsync(MedicalResources.NewMedication("ANOTHER ITEM", MedicalResources.Code(first!))));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, ex.Status);
    }

    [Fact]
    public async System.Threading.Tasks.Task Create_ReusesCode_WhenItsItemWasDeleted()
    {
        var first = await _client.CreateAsync(MedicalResources.NewMedication());
        await _client.DeleteAsync($"Medication/{first!.Id}");

        var second = await _client.CreateAsync(MedicalResources.NewMedication("SECOND ITEM", MedicalResources.Code(first)));

        Assert.NotEqual(first.Id, second!.Id);
    }

    [Theory]
    [InlineData("0001")]
    [InlineData("0182")]
    [InlineData("NONE")]
    public async System.Threading.Tasks.Task Search_MatchesSqlCount_WhenSearchedByIdentifier(string code)
    {
        var bundle = await _client.SearchAsync<Medication>([$"identifier=Code|{code}"]);

        var expected = await TestPostgres.CountAsync(server.ConnectionString,
            $"SELECT count(*) FROM \"tblItems\" WHERE \"ItemCode\" = '{code}' AND \"ValidityTo\" IS NULL");
        Assert.Equal((expected, expected), (bundle!.Total ?? -1, bundle.Entry.Count));
        Assert.All(bundle.Entry, e => Assert.Equal(code, MedicalResources.Code((Medication)e.Resource)));
    }

    [Theory]
    [InlineData("par")]
    [InlineData("FERROUS")]
    [InlineData("nothing like it")]
    public async System.Threading.Tasks.Task Search_MatchesSqlCount_WhenSearchedByName(string name)
    {
        var bundle = await _client.SearchAsync<Medication>([$"name={name}"]);

        var expected = await TestPostgres.CountAsync(server.ConnectionString,
            $"SELECT count(*) FROM \"tblItems\" WHERE lower(\"ItemName\") LIKE '{name.ToLowerInvariant()}%' AND \"ValidityTo\" IS NULL");
        Assert.Equal((expected, expected), (bundle!.Total ?? -1, bundle.Entry.Count));
    }

    [Fact]
    public async System.Threading.Tasks.Task Search_FindsDemoItems_WhenSearchedByName()
    {
        // Guards the count test above against agreeing on zero.
        var bundle = await _client.SearchAsync<Medication>(["name=par"]);

        Assert.Contains(bundle!.Entry, e => MedicalResources.Code((Medication)e.Resource) == "0182");
    }
}
