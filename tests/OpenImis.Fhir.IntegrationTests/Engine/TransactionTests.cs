using System.Net;
using Hl7.Fhir.Model;
using OpenImis.Fhir.IntegrationTests.Infrastructure;
using static OpenImis.Fhir.IntegrationTests.Engine.EngineClient;

namespace OpenImis.Fhir.IntegrationTests.Engine;

/// <summary>POST [base] with a transaction: one database transaction, FHIR's order, references resolved, all or nothing.</summary>
public sealed class TransactionTests(DemoServerFixture server) : IClassFixture<DemoServerFixture>
{
    private readonly HttpClient _client = server.CreateClient();

    private static Bundle Transaction(params Bundle.EntryComponent[] entries) => new() { Type = Bundle.BundleType.Transaction, Entry = [.. entries] };

    [Fact]
    public async System.Threading.Tasks.Task Transaction_CreatesFamilyWithItsHead_WhenEntriesReferToEachOtherByUrn()
    {
        var head = Fixtures.Patient("TxHead");
        var group = await NewFamilyAsync(_client, "urn:uuid:6f0a8b1e-0000-4000-8000-000000000001", head.Identifier[0].Value);

        // The Group comes first in the Bundle, but refers to the Patient: the Patient must be created first.
        var (status, body) = await PostBundleAsync(_client, Transaction(
            Entry(Bundle.HTTPVerb.POST, "Group", group, "urn:uuid:6f0a8b1e-0000-4000-8000-000000000002"),
            Entry(Bundle.HTTPVerb.POST, "Patient", head, "urn:uuid:6f0a8b1e-0000-4000-8000-000000000001")));

        Assert.Equal(HttpStatusCode.OK, status);
        var response = Assert.IsType<Bundle>(body);
        Assert.Equal(Bundle.BundleType.TransactionResponse, response.Type);
        Assert.All(response.Entry, e => Assert.StartsWith("201", e.Response.Status, StringComparison.Ordinal));
        Assert.All(response.Entry, e => Assert.NotNull(e.Response.Etag));
        var patientId = response.Entry[1].Resource!.Id;
        var createdGroup = await ReadAsync<Group>(_client, $"/fhir/Group/{response.Entry[0].Resource!.Id}");
        Assert.Equal($"Patient/{patientId}", createdGroup.Member.Single().Entity.Reference);
    }

    [Fact]
    public async System.Threading.Tasks.Task Transaction_ChangesNothing_WhenAnEntryFails()
    {
        var existing = await CreatePatientAsync(_client, "TxRollback");
        var before = await ChecksumAsync(server.ConnectionString);
        existing.Name[0].Given = ["Changed"];
        var duplicate = Fixtures.Patient("TxDuplicate");
        duplicate.Identifier[0].Value = existing.Identifier[0].Value;

        var (status, body) = await PostBundleAsync(_client, Transaction(
            Entry(Bundle.HTTPVerb.POST, "Patient", Fixtures.Patient("TxFirst")),
            Entry(Bundle.HTTPVerb.PUT, $"Patient/{existing.Id}", existing),
            Entry(Bundle.HTTPVerb.POST, "Patient", duplicate),
            Entry(Bundle.HTTPVerb.DELETE, $"Patient/{(await CreatePatientAsync(_client, "TxDeleted")).Id}")));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        var outcome = Assert.IsType<OperationOutcome>(body);
        Assert.Contains(outcome.Issue, i => i.Expression.Contains("Bundle.entry[2]"));
        Assert.NotEqual(before, await ChecksumAsync(server.ConnectionString)); // the DELETE target was created since
        Assert.Equal("Frank", (await ReadAsync<Patient>(_client, $"/fhir/Patient/{existing.Id}")).Name[0].Given.Single());
    }

    [Fact]
    public async System.Threading.Tasks.Task Transaction_LeavesTablesIdentical_WhenTheLastEntryFails()
    {
        var existing = await CreatePatientAsync(_client, "TxChecksum");
        var victim = await CreatePatientAsync(_client, "TxChecksumVictim");
        var before = await ChecksumAsync(server.ConnectionString);
        existing.Name[0].Given = ["Changed"];

        var (status, _) = await PostBundleAsync(_client, Transaction(
            Entry(Bundle.HTTPVerb.DELETE, $"Patient/{victim.Id}"),
            Entry(Bundle.HTTPVerb.POST, "Patient", Fixtures.Patient("TxChecksumNew")),
            Entry(Bundle.HTTPVerb.PUT, $"Patient/{existing.Id}", existing),
            Entry(Bundle.HTTPVerb.PUT, $"Patient/{Guid.NewGuid()}", Fixtures.Patient("TxUnknown"))));

        Assert.True((int)status is >= 400 and < 500, $"Expected a 4xx, got {status}");
        Assert.Equal(before, await ChecksumAsync(server.ConnectionString));
    }

    [Fact]
    public async System.Threading.Tasks.Task Transaction_ReadsWhatItWrote_WhenAGetFollowsTheCreate()
    {
        var patient = Fixtures.Patient("TxOrder");
        var chfId = patient.Identifier[0].Value;

        // Reads run after writes whatever their place in the Bundle.
        var (status, body) = await PostBundleAsync(_client, Transaction(
            Entry(Bundle.HTTPVerb.GET, $"Patient?identifier={chfId}"),
            Entry(Bundle.HTTPVerb.POST, "Patient", patient)));

        Assert.Equal(HttpStatusCode.OK, status);
        var search = Assert.IsType<Bundle>(((Bundle)body).Entry[0].Resource);
        Assert.Single(search.Entry, e => e.Search?.Mode == Bundle.SearchEntryMode.Match);
    }

    [Fact]
    public async System.Threading.Tasks.Task Transaction_ResolvesConditionalReference_WhenOnePatientMatches()
    {
        var head = await CreatePatientAsync(_client, "TxConditional");
        var chfId = head.Identifier[0].Value;
        var group = await NewFamilyAsync(_client, $"Patient?identifier={chfId}", chfId);

        var (status, body) = await PostBundleAsync(_client, Transaction(Entry(Bundle.HTTPVerb.POST, "Group", group)));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal($"Patient/{head.Id}", ((Group)((Bundle)body).Entry[0].Resource!).Member.Single().Entity.Reference);
    }

    [Fact]
    public async System.Threading.Tasks.Task Transaction_Answers412_WhenConditionalReferenceMatchesNothing()
    {
        var group = await NewFamilyAsync(_client, $"Patient?identifier=nobody{Guid.NewGuid():N}"[..28], null);
        var (status, body) = await PostBundleAsync(_client, Transaction(Entry(Bundle.HTTPVerb.POST, "Group", group)));
        Assert.Equal(HttpStatusCode.PreconditionFailed, status);
        Assert.IsType<OperationOutcome>(body);
    }

    [Fact]
    public async System.Threading.Tasks.Task Transaction_Answers400_WhenOneResourceIsChangedTwice()
    {
        var patient = await CreatePatientAsync(_client, "TxTwice");
        var (status, body) = await PostBundleAsync(_client, Transaction(
            Entry(Bundle.HTTPVerb.PUT, $"Patient/{patient.Id}", patient),
            Entry(Bundle.HTTPVerb.DELETE, $"Patient/{patient.Id}")));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.IsType<OperationOutcome>(body);
    }

    [Fact]
    public async System.Threading.Tasks.Task Transaction_Answers422_WhenNewResourcesReferToEachOtherInACycle()
    {
        var patient = Fixtures.Patient("TxCycle");
        patient.Extension.Add(new Extension("https://openimis.github.io/openimis_fhir_r4_ig/StructureDefinition/patient-group-reference",
            new ResourceReference("urn:uuid:6f0a8b1e-0000-4000-8000-0000000000c2")));
        var group = await NewFamilyAsync(_client, "urn:uuid:6f0a8b1e-0000-4000-8000-0000000000c1", null);
        var (status, body) = await PostBundleAsync(_client, Transaction(
            Entry(Bundle.HTTPVerb.POST, "Patient", patient, "urn:uuid:6f0a8b1e-0000-4000-8000-0000000000c1"),
            Entry(Bundle.HTTPVerb.POST, "Group", group, "urn:uuid:6f0a8b1e-0000-4000-8000-0000000000c2")));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.IsType<OperationOutcome>(body);
    }

    [Fact]
    public async System.Threading.Tasks.Task Transaction_CreatesOnce_WhenTransactionsRaceWithTheSameIfNoneExist()
    {
        var chfId = Fixtures.NewChfId();
        var statuses = await RaceClient.AllAtOnceAsync(10, async _ =>
        {
            var patient = Fixtures.Patient("TxRace");
            patient.Identifier[0].Value = chfId;
            var entry = Entry(Bundle.HTTPVerb.POST, "Patient", patient);
            entry.Request.IfNoneExist = $"identifier={chfId}";
            var (status, body) = await PostBundleAsync(_client, Transaction(entry));
            Assert.Equal(HttpStatusCode.OK, status);
            return ((Bundle)body).Entry[0].Response.Status;
        });

        Assert.Single(statuses, s => s.StartsWith("201", StringComparison.Ordinal));
        Assert.Equal(9, statuses.Count(s => s.StartsWith("200", StringComparison.Ordinal)));
    }

    [Fact]
    public async System.Threading.Tasks.Task Bundle_Answers413_WhenItHasMoreEntriesThanTheLimit()
    {
        var bundle = new Bundle { Type = Bundle.BundleType.Batch };
        for (var i = 0; i < 501; i++)
        {
            bundle.Entry.Add(Entry(Bundle.HTTPVerb.GET, "Patient?_count=1"));
        }

        var (status, body) = await PostBundleAsync(_client, bundle);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
        Assert.IsType<OperationOutcome>(body);
    }

    [Fact]
    public async System.Threading.Tasks.Task Batch_ReportsEachFailureInItsEntry_WhenSomeEntriesFail()
    {
        var unknown = Fixtures.Patient("BatchUnknown");
        unknown.Id = Guid.NewGuid().ToString();
        var (status, body) = await PostBundleAsync(_client, new Bundle
        {
            Type = Bundle.BundleType.Batch,
            Entry =
            [
                Entry(Bundle.HTTPVerb.POST, "Patient", Fixtures.Patient("BatchOne")),
                Entry(Bundle.HTTPVerb.GET, $"Patient/{Guid.NewGuid()}"),
                Entry(Bundle.HTTPVerb.PUT, $"Patient/{unknown.Id}", unknown),
                Entry(Bundle.HTTPVerb.POST, "Patient", Fixtures.Patient("BatchTwo")),
            ],
        });

        Assert.Equal(HttpStatusCode.OK, status);
        var response = Assert.IsType<Bundle>(body);
        Assert.Equal(Bundle.BundleType.BatchResponse, response.Type);
        Assert.Equal(["201", "404", "405", "201"], response.Entry.Select(e => e.Response.Status[..3]));
        Assert.IsType<OperationOutcome>(response.Entry[1].Response.Outcome);
        Assert.IsType<OperationOutcome>(response.Entry[2].Response.Outcome);
        Assert.NotNull(response.Entry[3].Response.Location);
    }
}
