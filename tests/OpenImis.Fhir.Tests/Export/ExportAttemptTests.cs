using OpenImis.Fhir.Server.Export;

namespace OpenImis.Fhir.Tests.Export;

public sealed class ExportAttemptTests
{
    [Fact]
    public void Beat_MovesTheLastBeatToNow_WhenTheClockHasAdvanced()
    {
        var clock = new ManualClock();
        var attempts = new ExportAttempts(clock);
        using var attempt = attempts.Start(Guid.NewGuid(), "chunk 1", CancellationToken.None);
        Assert.Equal(clock.Now, attempt.LastBeat);

        clock.Now += TimeSpan.FromSeconds(42);
        Assert.Equal(attempt.Started, attempt.LastBeat);
        attempt.Beat();

        Assert.Equal(clock.Now, attempt.LastBeat);
    }

    [Fact]
    public void CancelAsStalled_CancelsTheTokenAndAnswersTrueOnlyOnce_WhenCalledTwice()
    {
        var attempts = new ExportAttempts(new ManualClock());
        using var attempt = attempts.Start(Guid.NewGuid(), "planning", CancellationToken.None);

        Assert.True(attempt.CancelAsStalled());
        Assert.False(attempt.CancelAsStalled());
        Assert.True(attempt.Token.IsCancellationRequested);
        Assert.True(attempt.Stalled);
    }

    [Fact]
    public void Token_IsCancelledWithoutStall_WhenTheJobTokenIsCancelled()
    {
        using var job = new CancellationTokenSource();
        var attempts = new ExportAttempts(new ManualClock());
        using var attempt = attempts.Start(Guid.NewGuid(), "chunk 2", job.Token);

        job.Cancel();

        Assert.True(attempt.Token.IsCancellationRequested);
        Assert.False(attempt.Stalled);
    }

    [Fact]
    public void Running_ListsAnAttemptUntilItIsDisposed()
    {
        var attempts = new ExportAttempts(new ManualClock());
        var export = Guid.NewGuid();
        var attempt = attempts.Start(export, "chunk 3", CancellationToken.None);
        Assert.Equal(export, Assert.Single(attempts.Running).ExportId);

        attempt.Dispose();

        Assert.Empty(attempts.Running);
    }

    [Theory]
    [InlineData(2, 1)]
    [InlineData(8, 2)]
    [InlineData(90, 22.5)]
    [InlineData(3600, 30)]
    public void Interval_IsAQuarterOfTheStallTimeoutBetween1And30Seconds(int stallTimeoutSeconds, double expectedSeconds)
    {
        Assert.Equal(TimeSpan.FromSeconds(expectedSeconds), ExportWatchdog.Interval(new JobsOptions { StallTimeoutSeconds = stallTimeoutSeconds }));
    }

    private sealed class ManualClock : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = new(2026, 12, 6, 22, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
