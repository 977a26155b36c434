using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using OpenImis.Fhir.Core.Data;

namespace OpenImis.Fhir.Tests.Core.Data;

public sealed class DatabaseFailuresTests
{
    private static PostgresException Postgres(string sqlState) => new("message", "FATAL", "FATAL", sqlState);

    [Theory]
    [InlineData("57P01")]
    [InlineData("57P02")]
    [InlineData("57P03")]
    [InlineData("08006")]
    [InlineData("08001")]
    [InlineData("53300")]
    public void IsUnavailable_IsTrue_WhenPostgresSaysItCannotServe(string sqlState)
    {
        Assert.True(DatabaseFailures.IsUnavailable(Postgres(sqlState)));
    }

    [Theory]
    [InlineData("23505")]
    [InlineData("22021")]
    [InlineData("42P01")]
    [InlineData("40001")]
    public void IsUnavailable_IsFalse_WhenPostgresRefusedTheRequestItself(string sqlState)
    {
        Assert.False(DatabaseFailures.IsUnavailable(Postgres(sqlState)));
    }

    [Fact]
    public void IsUnavailable_IsTrue_WhenConnectionWasRefused()
    {
        var refused = new NpgsqlException("Failed to connect", new SocketException((int)SocketError.ConnectionRefused));
        Assert.True(DatabaseFailures.IsUnavailable(refused));
    }

    [Fact]
    public void IsUnavailable_IsTrue_WhenConnectTimedOut()
    {
        Assert.True(DatabaseFailures.IsUnavailable(new NpgsqlException("Timeout", new TimeoutException())));
    }

    [Fact]
    public void IsUnavailable_IsTrue_WhenEfCoreWrappedTheOutage()
    {
        var wrapped = new DbUpdateException("save failed", new NpgsqlException("reset", new IOException("connection reset")));
        Assert.True(DatabaseFailures.IsUnavailable(wrapped));
    }

    [Fact]
    public void IsUnavailable_IsFalse_WhenNpgsqlLostProtocolSync()
    {
        Assert.False(DatabaseFailures.IsUnavailable(new NpgsqlException("Received unexpected backend message DataRow.")));
    }

    [Theory]
    [InlineData(5)]
    [InlineData(6)]
    public void IsUnavailable_IsTrue_WhenSqliteIsBusyOrLocked(int code)
    {
        Assert.True(DatabaseFailures.IsUnavailable(new SqliteException("database is locked", code)));
    }

    [Fact]
    public void IsUnavailable_IsFalse_WhenSqliteConstraintFailed()
    {
        Assert.False(DatabaseFailures.IsUnavailable(new SqliteException("constraint failed", 19)));
    }

    [Fact]
    public void IsUnavailable_IsFalse_WhenExceptionIsUnrelated()
    {
        Assert.False(DatabaseFailures.IsUnavailable(new InvalidOperationException("bug")));
    }
}
