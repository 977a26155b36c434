using Hl7.Fhir.Model;
using OpenImis.Fhir.Core.Errors;
using OpenImis.Fhir.Core.Rest.Bundles;
using OpenImis.Fhir.Core.Rest.Interactions;

namespace OpenImis.Fhir.Tests.Core.Rest.Bundles;

public sealed class TransactionOrderTests
{
    private static readonly BundleContext Context = new("http://server.example/fhir", PreferReturn.Representation, Strict: false);

    private static IReadOnlyList<int> Order(params Bundle.EntryComponent[] entries) =>
        TransactionOrder.Of(entries, [.. entries.Select((e, i) => EntryRequests.From(e, i, Context))]);

    private static Bundle.EntryComponent Entry(Bundle.HTTPVerb method, string url, Resource? resource = null, string? fullUrl = null) =>
        new() { FullUrl = fullUrl, Resource = resource, Request = new Bundle.RequestComponent { Method = method, Url = url } };

    private static Group FamilyOf(string member) => new() { Member = [new Group.MemberComponent { Entity = new ResourceReference(member) }] };

    [Fact]
    public void Of_RunsDeletesThenCreatesThenUpdatesThenReads_WhenTheBundleMixesThem() =>
        Assert.Equal([2, 1, 3, 0], Order(
            Entry(Bundle.HTTPVerb.GET, "Patient/1"),
            Entry(Bundle.HTTPVerb.POST, "Patient", new Patient()),
            Entry(Bundle.HTTPVerb.DELETE, "Patient/2"),
            Entry(Bundle.HTTPVerb.PUT, "Patient/3", new Patient { Id = "3" })));

    [Fact]
    public void Of_CreatesTheReferencedResourceFirst_WhenACreateRefersToALaterOne() =>
        Assert.Equal([1, 0], Order(
            Entry(Bundle.HTTPVerb.POST, "Group", FamilyOf("urn:uuid:a"), "urn:uuid:b"),
            Entry(Bundle.HTTPVerb.POST, "Patient", new Patient(), "urn:uuid:a")));

    [Fact]
    public void Of_KeepsTheBundlesOrder_WhenCreatesAreUnrelated() =>
        Assert.Equal([0, 1, 2], Order(
            Entry(Bundle.HTTPVerb.POST, "Patient", new Patient(), "urn:uuid:a"),
            Entry(Bundle.HTTPVerb.POST, "Patient", new Patient(), "urn:uuid:b"),
            Entry(Bundle.HTTPVerb.POST, "Patient", new Patient(), "urn:uuid:c")));

    [Fact]
    public void Of_Throws422_WhenCreatesReferToEachOtherInACycle()
    {
        var ex = Assert.Throws<FhirException>(() => Order(
            Entry(Bundle.HTTPVerb.POST, "Group", FamilyOf("urn:uuid:b"), "urn:uuid:a"),
            Entry(Bundle.HTTPVerb.POST, "Group", FamilyOf("urn:uuid:a"), "urn:uuid:b")));
        Assert.Equal(System.Net.HttpStatusCode.UnprocessableEntity, ex.Status);
    }
}
