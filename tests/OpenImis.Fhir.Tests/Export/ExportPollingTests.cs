using System.Net;
using Microsoft.Extensions.Options;
using OpenImis.Fhir.Core.Errors;
using OpenImis.Fhir.Server.Export;

namespace OpenImis.Fhir.Tests.Export;

public sealed class ExportPollingTests
{
    [Fact]
    public void Check_Throws429WithRetryAfter_WhenTheLimitIsReachedWithinAMinute()
    {
        using var polling = new ExportPolling(Options.Create(new JobsOptions { MaxStatusPollsPerMinute = 5 }));
        var export = Guid.NewGuid();
        for (var i = 0; i < 5; i++)
        {
            polling.Check("client:a", export);
        }

        var refused = Assert.Throws<FhirException>(() => polling.Check("client:a", export));
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.Status);
        Assert.True(refused.RetryAfter > TimeSpan.Zero);
        Assert.Equal(Hl7.Fhir.Model.OperationOutcome.IssueType.Throttled, refused.Outcome.Issue[0].Code);
    }

    [Fact]
    public void Check_CountsEachClientAndExportApart_WhenOneIsOverItsLimit()
    {
        using var polling = new ExportPolling(Options.Create(new JobsOptions { MaxStatusPollsPerMinute = 1 }));
        var export = Guid.NewGuid();
        polling.Check("client:a", export);
        Assert.Throws<FhirException>(() => polling.Check("client:a", export));

        polling.Check("client:b", export);
        polling.Check("client:a", Guid.NewGuid());
    }

    [Theory]
    [InlineData(120, 1, true)]
    [InlineData(119, 1, false)]
    [InlineData(60, 2, true)]
    [InlineData(59, 2, false)]
    public void PollLimitFitsRetryAfter_LeavesTwiceTheObedientRate(int limit, int retryAfter, bool fits) =>
        Assert.Equal(fits, new JobsOptions { MaxStatusPollsPerMinute = limit, RetryAfterSeconds = retryAfter }.PollLimitFitsRetryAfter);
}
