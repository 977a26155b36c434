using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenImis.Fhir.Server.Export;

namespace OpenImis.Fhir.IntegrationTests.Export;

/// <summary>The export path is run over the first rows of each type after start-up, so that a first export finds it compiled.</summary>
public sealed class ExportWarmUpTests(ExportServerFixture server) : IClassFixture<ExportServerFixture>
{
    [Fact]
    public async System.Threading.Tasks.Task WarmUp_ReadsTheFirstRowsOfEachType_WhenTheServerStarts()
    {
        var warmUp = server.Factory.Services.GetServices<IHostedService>().OfType<ExportWarmUp>().Single();
        await warmUp.ExecuteTask!.WaitAsync(TimeSpan.FromMinutes(2));

        // At most 64 rows a type: the demo's 88 insurees are cut, its families and products are not.
        (string Type, string Sql)[] counted =
        [
            ("Patient", """SELECT count(*) FROM "tblInsuree" WHERE "ValidityTo" IS NULL"""),
            ("Group", """SELECT count(*) FROM "tblFamilies" WHERE "ValidityTo" IS NULL"""),
            ("InsurancePlan", """SELECT count(*) FROM "tblProduct" WHERE "ValidityTo" IS NULL"""),
        ];
        foreach (var (type, sql) in counted)
        {
            var live = await Sql.CountAsync(server.ConnectionString, sql);
            Assert.True(warmUp.Warmed.TryGetValue(type, out var rows), $"{type} was not warmed up");
            Assert.Equal(Math.Min(64, live), rows);
        }

        Assert.Equal(64, warmUp.Warmed["Patient"]);
    }
}
