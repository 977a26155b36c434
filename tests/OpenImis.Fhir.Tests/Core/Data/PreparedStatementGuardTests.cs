using Npgsql;
using OpenImis.Fhir.Core.Data;

namespace OpenImis.Fhir.Tests.Core.Data;

public sealed class PreparedStatementGuardTests
{
    [Theory]
    [InlineData("22021")]
    [InlineData("22P02")]
    [InlineData("26000")]
    [InlineData("08P01")]
    public void MayCorruptPreparedStatements_IsTrue_WhenBindCanHaveFailed(string sqlState)
    {
        Assert.True(PreparedStatementGuard.MayCorruptPreparedStatements(new PostgresException("m", "ERROR", "ERROR", sqlState)));
    }

    [Theory]
    [InlineData("23505")]
    [InlineData("42601")]
    [InlineData("40001")]
    public void MayCorruptPreparedStatements_IsFalse_WhenFailureCameAtParseOrExecution(string sqlState)
    {
        Assert.False(PreparedStatementGuard.MayCorruptPreparedStatements(new PostgresException("m", "ERROR", "ERROR", sqlState)));
    }
}
