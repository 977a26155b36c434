using Hl7.Fhir.Model;
using OpenImis.Fhir.Core.Errors;
using OpenImis.Fhir.Core.Rest.Bundles;
using OpenImis.Fhir.Core.Rest.Interactions;

namespace OpenImis.Fhir.Tests.Core.Rest.Bundles;

public sealed class EntryRequestsTests
{
    private static readonly BundleContext Context = new("http://server.example/fhir", PreferReturn.Representation, Strict: false);

    private static InteractionRequest From(Bundle.HTTPVerb method, string url, Resource? resource = null) =>
        EntryRequests.From(new Bundle.EntryComponent { Resource = resource, Request = new Bundle.RequestComponent { Method = method, Url = url } }, 0, Context);

    [Theory]
    [InlineData("Patient", InteractionKind.Search)]
    [InlineData("Patient?family=Doe", InteractionKind.Search)]
    [InlineData("Patient/1", InteractionKind.Read)]
    [InlineData("Patient/_history", InteractionKind.HistoryType)]
    [InlineData("Patient/1/_history", InteractionKind.HistoryInstance)]
    [InlineData("Patient/1/_history/2", InteractionKind.VRead)]
    [InlineData("http://server.example/fhir/Patient/1", InteractionKind.Read)]
    public void From_ReadsTheInteraction_WhenMethodIsGet(string url, InteractionKind expected) =>
        Assert.Equal(expected, From(Bundle.HTTPVerb.GET, url).Kind);

    [Fact]
    public void From_TakesTheCriteria_WhenPutHasAQuery()
    {
        var request = From(Bundle.HTTPVerb.PUT, "Patient?identifier=x", new Patient());
        Assert.Equal((InteractionKind.Update, null, "identifier"), (request.Kind, request.Id, request.Criteria!.Single().Key));
    }

    [Fact]
    public void From_Throws400_WhenTheUrlIsOnAnotherServer()
    {
        var ex = Assert.Throws<FhirException>(() => From(Bundle.HTTPVerb.GET, "https://other.example/fhir/Patient/1"));
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, ex.Status);
    }

    [Fact]
    public void From_Throws400_WhenAPostHasNoResource()
    {
        var ex = Assert.Throws<FhirException>(() => From(Bundle.HTTPVerb.POST, "Patient"));
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, ex.Status);
    }

    [Fact]
    public void From_ReadsAJsonPatch_WhenThePatchIsABinary()
    {
        var binary = new Binary { ContentType = "application/json-patch+json", Data = System.Text.Encoding.UTF8.GetBytes("""[{"op":"remove","path":"/gender"}]""") };
        Assert.NotNull(From(Bundle.HTTPVerb.PATCH, "Patient/1", binary).Patch);
    }

    [Fact]
    public void From_Throws400_WhenThePatchIsNeitherParametersNorBinary()
    {
        var ex = Assert.Throws<FhirException>(() => From(Bundle.HTTPVerb.PATCH, "Patient/1", new Patient()));
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, ex.Status);
    }
}
