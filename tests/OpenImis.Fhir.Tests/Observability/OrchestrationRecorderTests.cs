using OpenImis.Fhir.Core.Observability;

namespace OpenImis.Fhir.Tests.Observability;

public sealed class OrchestrationRecorderTests
{
    [Fact]
    public void Track_RecordsNothing_WhenNothingCollects()
    {
        using (var orchestration = OrchestrationRecorder.Track("db", "SELECT", "/x"))
        {
            orchestration.Complete(200);
        }

        Assert.False(OrchestrationRecorder.IsCollecting);
    }

    [Fact]
    public void Track_RecordsCompletedWork_WhenCollecting()
    {
        using var capture = OrchestrationRecorder.StartCollection();

        using (var orchestration = OrchestrationRecorder.Track("db", "SELECT", "postgresql://db:5432/imis"))
        {
            orchestration.Complete(404);
        }

        var entry = Assert.Single(capture.Entries);
        Assert.Equal(("db", "SELECT", 404, (string?)null), (entry.Name, entry.Method, entry.StatusCode.GetValueOrDefault(), entry.Error));
    }

    [Fact]
    public void Track_RecordsFailure_WhenScopeIsDisposedWithoutCompleting()
    {
        using var capture = OrchestrationRecorder.StartCollection();

        OrchestrationRecorder.Track("db", "SELECT", "/x").Dispose();

        var entry = Assert.Single(capture.Entries);
        Assert.Null(entry.StatusCode);
        Assert.NotNull(entry.Error);
    }

    [Fact]
    public async Task Track_RecordsWorkOfAwaitedCalls_WhenCollectionStartedByCaller()
    {
        using var capture = OrchestrationRecorder.StartCollection();

        await Task.WhenAll(DoWorkAsync("a"), DoWorkAsync("b"));

        Assert.Equal(["a", "b"], capture.Entries.Select(e => e.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Dispose_StopsCollecting_WhenCaptureEnds()
    {
        var capture = OrchestrationRecorder.StartCollection();

        capture.Dispose();

        Assert.False(OrchestrationRecorder.IsCollecting);
    }

    private static async Task DoWorkAsync(string name)
    {
        await Task.Yield();
        using var orchestration = OrchestrationRecorder.Track(name, "GET", "http://peer/x");
        orchestration.Complete(200);
    }
}
