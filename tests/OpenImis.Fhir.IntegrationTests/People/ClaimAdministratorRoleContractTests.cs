using System.Globalization;
using System.Net;
using Hl7.Fhir.Model;
using Hl7.Fhir.Rest;
using OpenImis.Fhir.IntegrationTests.Contract;
using OpenImis.Fhir.IntegrationTests.Infrastructure;
using OpenImis.Fhir.Modules.Shared;

namespace OpenImis.Fhir.IntegrationTests.People;

/// <summary>
/// The claim administrator's role is the administrator's own row: it comes with its Practitioner, is changed by
/// update (its health facility) and goes with its Practitioner. Create and delete assert those rules instead.
/// </summary>
public sealed class ClaimAdministratorRoleContractTests(DemoServerFixture server)
    : VersionedResourceContract<PractitionerRole>(new ContractServer(server.Factory)), IClassFixture<DemoServerFixture>
{
    private readonly List<string> _facilities = [];

    protected override string? SourceProfile => OpenImisIg.ClaimAdministratorRoleProfile;

    protected override Task<PractitionerRole> NewAsync(FhirClient client) =>
        throw new NotSupportedException("A claim administrator's role is created with its Practitioner.");

    protected override async Task<PractitionerRole> CreateNewAsync(FhirClient client)
    {
        var facilities = await client.SearchAsync<Organization>(["type=prov", "_count=2"]);
        _facilities.AddRange(facilities!.Entry.Select(e => e.Resource!.Id!));
        var practitioner = await client.CreateAsync(
            PeopleTests.ClaimAdministrator("R" + Random.Shared.Next(0, 10_000_000).ToString("D7", CultureInfo.InvariantCulture)));
        var role = (await client.ReadAsync<PractitionerRole>($"PractitionerRole/{practitioner!.Id}"))!;

        // A new administrator has no health facility, and its role then breaks the profile (see the skipped test):
        // the story starts from a role with one.
        role.Organization = new ResourceReference($"Organization/{_facilities[0]}");
        return (await client.UpdateAsync(role))!;
    }

    // A claim administrator created as a Practitioner has no health facility yet (tblClaimAdmin.HFId null); its role
    // says the organization is unknown (data-absent-reason), which the profile's organization 1..1 accepts.
    [Fact]
    public async System.Threading.Tasks.Task Read_Conforms_WhenAdministratorHasNoFacilityYet()
    {
        using var client = Server.Client();
        var practitioner = await client.CreateAsync(
            PeopleTests.ClaimAdministrator("N" + Random.Shared.Next(0, 10_000_000).ToString("D7", CultureInfo.InvariantCulture)));

        var role = await client.ReadAsync<PractitionerRole>($"PractitionerRole/{practitioner!.Id}");

        ContractServer.AssertConforms(role!, OpenImisIg.ClaimAdministratorRoleProfile);
    }

    // Moves the administrator to the other of two demo health facilities.
    protected override void Change(PractitionerRole resource)
    {
        var next = resource.Organization?.Reference == $"Organization/{_facilities[0]}" ? _facilities[1] : _facilities[0];
        resource.Organization = new ResourceReference($"Organization/{next}");
    }

    [Fact]
    public override async System.Threading.Tasks.Task Create_Answers201WithLocationETagAndProfile_WhenResourceIsValid()
    {
        using var client = Server.Client();
        var (created, _) = await CreateAsync(client);
        var copy = (PractitionerRole)created.DeepCopy();
        copy.Id = null;

        Assert.Equal(HttpStatusCode.UnprocessableEntity, await ContractServer.FailureAsync(() => client.CreateAsync(copy)));
    }

    [Fact]
    public override async System.Threading.Tasks.Task Delete_MakesReadAndVreadOfTheDeletionAnswer410_WhenResourceExists()
    {
        using var client = Server.Client();
        var (created, _) = await CreateAsync(client);

        Assert.Equal(HttpStatusCode.Conflict, await ContractServer.FailureAsync(() => client.DeleteAsync($"PractitionerRole/{created.Id}")));
        await client.DeleteAsync($"Practitioner/{created.Id}");

        Assert.Equal(HttpStatusCode.Gone, await ContractServer.FailureAsync(() => client.ReadAsync<PractitionerRole>($"PractitionerRole/{created.Id}")));
    }

    // The role's history starts with its Practitioner's creation, before the story gave it a health facility.
    [Fact]
    public override async System.Threading.Tasks.Task History_ListsEveryVersionNewestFirst_WhenResourceWasUpdatedTwice()
    {
        using var client = Server.Client();
        var (created, profile) = await CreateAsync(client);
        var second = await UpdateAsync(client, created, profile);
        var third = await UpdateAsync(client, second, profile);

        var history = await client.HistoryAsync($"PractitionerRole/{created.Id}");

        var versions = history!.Entry.Select(e => e.Resource!.Meta!.VersionId).ToList();
        Assert.Equal([third.Meta!.VersionId, second.Meta!.VersionId, created.Meta!.VersionId], versions.Take(3));
        Assert.Equal(Bundle.HTTPVerb.POST, history.Entry[^1].Request.Method);
        Assert.All(history.Entry.Take(3), e => ContractServer.AssertConforms(e.Resource!, profile));
    }
}
