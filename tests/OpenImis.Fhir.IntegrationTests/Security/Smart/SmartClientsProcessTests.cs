using System.Diagnostics;
using OpenImis.Fhir.IntegrationTests.Infrastructure;

namespace OpenImis.Fhir.IntegrationTests.Security.Smart;

/// <summary>The operator command run as an operator runs it: the server executable in a process of its own.</summary>
public sealed class SmartClientsProcessTests(SmartServerFixture server) : IClassFixture<SmartServerFixture>
{
    [Fact]
    public async Task ClientsAdd_RegistersAClientTheRunningServerGivesTokensTo_WhenRunAsTheServerExecutable()
    {
        using var client = new SmartTestClient();
        var file = Path.Combine(Path.GetTempPath(), $"jwks-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, client.Jwks());
        string added;
        string listed;
        try
        {
            added = await RunAsync("clients", "add", "--id", client.ClientId, "--jwks-file", file, "--scopes", "system/Patient.rs");
            listed = await RunAsync("clients", "list");
        }
        finally
        {
            File.Delete(file);
        }

        using var http = server.CreateClient();
        var answer = await SmartTestClient.RequestTokenAsync(http, client.Assertion(), "system/Patient.rs");

        Assert.Contains($"Added client '{client.ClientId}'", added, StringComparison.Ordinal);
        Assert.Contains(client.ClientId, listed, StringComparison.Ordinal);
        Assert.True(answer.Status == 200, answer.ToString());
    }

    private async Task<string> RunAsync(params string[] command)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(RepositoryPaths.ServerOutput, "OpenImis.Fhir.Server.dll"));
        foreach (var argument in command)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["Auth__Mode"] = "smart";
        start.Environment["Database__Provider"] = "PostgreSql";
        start.Environment["Database__ConnectionString"] = server.ConnectionString;
        start.Environment.Remove("ASPNETCORE_ENVIRONMENT");
        start.Environment.Remove("DOTNET_ENVIRONMENT");
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        Assert.True(process.ExitCode == 0, await error);
        return await output;
    }
}
