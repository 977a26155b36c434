using System.Net;
using System.Net.Sockets;
using Hl7.Fhir.Model;
using Npgsql;
using OpenImis.Fhir.Core.Errors;

namespace OpenImis.Fhir.Tests.Core.Errors;

public sealed class ExceptionOutcomesTests
{
    private static readonly NpgsqlException Refused = new("Failed to connect", new SocketException((int)SocketError.ConnectionRefused));

    [Fact]
    public void Map_Answers503_WhenDatabaseIsUnavailable()
    {
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ExceptionOutcomes.Map(Refused).Status);
    }

    [Fact]
    public void Map_SaysTransient_WhenDatabaseIsUnavailable()
    {
        Assert.Equal(OperationOutcome.IssueType.Transient, ExceptionOutcomes.Map(Refused).Outcome.Issue.Single().Code);
    }

    [Fact]
    public void Map_GivesRetryDelay_WhenDatabaseIsUnavailable()
    {
        Assert.Equal(ExceptionOutcomes.DatabaseRetryAfter, ExceptionOutcomes.Map(Refused).RetryAfter);
    }

    [Fact]
    public void Map_KeepsStatusAndOutcome_WhenExceptionIsFhirException()
    {
        var conflict = FhirException.Conflict("taken");
        var failure = ExceptionOutcomes.Map(conflict);
        Assert.Equal((HttpStatusCode.Conflict, conflict.Outcome, (TimeSpan?)null), (failure.Status, failure.Outcome, failure.RetryAfter));
    }

    [Fact]
    public void Map_Answers500ToBeLogged_WhenExceptionIsUnexpected()
    {
        var failure = ExceptionOutcomes.Map(new InvalidOperationException("bug"));
        Assert.Equal((HttpStatusCode.InternalServerError, true), (failure.Status, failure.IsUnexpected));
    }
}
