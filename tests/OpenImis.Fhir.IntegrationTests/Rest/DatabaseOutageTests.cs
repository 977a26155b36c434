using System.Net;
using Hl7.Fhir.Model;

namespace OpenImis.Fhir.IntegrationTests.Rest;

/// <summary>A database that goes away answers 503 with Retry-After, loses no acknowledged write, and the server recovers.</summary>
public sealed class DatabaseOutageTests(DatabaseOutageFixture outage) : IClassFixture<DatabaseOutageFixture>
{
    [Fact]
    public void Requests_Answer503_WhileDatabaseIsDown()
    {
        Assert.All(outage.DuringOutage, answer => Assert.Equal(HttpStatusCode.ServiceUnavailable, answer.Status));
    }

    [Fact]
    public void Requests_CarryRetryAfter_WhileDatabaseIsDown()
    {
        Assert.All(outage.DuringOutage, answer => Assert.True(answer.RetryAfter > TimeSpan.Zero));
    }

    [Fact]
    public void Requests_SayTransient_WhileDatabaseIsDown()
    {
        Assert.All(outage.DuringOutage, answer => Assert.Equal(OperationOutcome.IssueType.Transient, answer.Code));
    }

    [Fact]
    public void Batch_Answers503InEachEntry_WhileDatabaseIsDown()
    {
        Assert.Equal(HttpStatusCode.OK, outage.BatchDuringOutage.Status);
        Assert.Equal(["503 Service Unavailable", "503 Service Unavailable"], outage.BatchDuringOutage.Entries);
    }

    [Fact]
    public void Ready_Answers503_WhileDatabaseIsDown()
    {
        Assert.Equal(HttpStatusCode.ServiceUnavailable, outage.ReadyDuringOutage);
    }

    [Fact]
    public void Writes_Succeed_WhenDatabaseIsBack()
    {
        Assert.Equal(Enumerable.Repeat(HttpStatusCode.Created, 5), outage.WritesAfter);
    }

    [Fact]
    public void AcknowledgedWrites_AreAllKept_WhenDatabaseWasDownBetweenThem()
    {
        Assert.Equal(10, outage.Acknowledged.Count);
        Assert.Equal(Enumerable.Repeat(HttpStatusCode.OK, 10), outage.ReadsOfAcknowledged);
    }

    [Fact]
    public void Rows_CountEveryAcknowledgedWrite_WhenDatabaseIsBack()
    {
        // Writes answered 503 were refused before PostgreSQL saw them (connection refused), so none was added either.
        Assert.Equal(outage.Acknowledged.Count, outage.LivePatientRows);
    }
}
