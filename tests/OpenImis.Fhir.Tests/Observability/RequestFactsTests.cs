using Facts = OpenImis.Fhir.Core.Observability.RequestFacts;
using Recorder = OpenImis.Fhir.Server.Endpoints.RequestFacts;

namespace OpenImis.Fhir.Tests.Observability;

// The REST endpoints record facts under their own constants; the mediator reads the Core ones.
// Until one set replaces the other, they must name the same HttpContext.Items keys.
public sealed class RequestFactsTests
{
    [Fact]
    public void Keys_MatchWhatEndpointsRecord() =>
        Assert.Equal(
            (Recorder.ResourceTypeKey, Recorder.InteractionKey, Recorder.ResultCountKey),
            (Facts.ResourceType, Facts.Interaction, Facts.ResultCount));
}
