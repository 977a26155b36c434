using OpenImis.Fhir.Server.OpenHim;

namespace OpenImis.Fhir.Tests.OpenHim;

public sealed class MediatorStatusTests
{
    [Theory]
    [InlineData(200)]
    [InlineData(201)]
    [InlineData(204)]
    public void From_IsSuccessful_WhenFhirRequestSucceeded(int status) =>
        Assert.Equal("Successful", MediatorStatus.From(status, 0, false));

    [Theory]
    [InlineData(400)]
    [InlineData(401)]
    [InlineData(404)]
    [InlineData(412)]
    [InlineData(422)]
    [InlineData(304)]
    public void From_IsCompleted_WhenCallerGotAFhirError(int status) =>
        Assert.Equal("Completed", MediatorStatus.From(status, 0, false));

    [Fact]
    public void From_IsCompletedWithErrors_WhenBatchHadFailedEntries() =>
        Assert.Equal("Completed with error(s)", MediatorStatus.From(200, 2, false));

    [Fact]
    public void From_IsCompletedWithErrors_WhenASubCallFailedButRequestSucceeded() =>
        Assert.Equal("Completed with error(s)", MediatorStatus.From(200, 0, true));

    [Theory]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(503)]
    public void From_IsFailed_WhenServerFailed(int status) =>
        Assert.Equal("Failed", MediatorStatus.From(status, 0, false));
}
