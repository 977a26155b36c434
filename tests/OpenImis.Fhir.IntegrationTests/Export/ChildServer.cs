using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using OpenImis.Fhir.IntegrationTests.Infrastructure;

namespace OpenImis.Fhir.IntegrationTests.Export;

/// <summary>The built server as a child process over a given PostgreSQL database, to be killed with SIGKILL.</summary>
internal sealed partial class ChildServer : IAsyncDisposable
{
    private readonly StringBuilder _log = new();
    private readonly Process _process;

    private ChildServer(Process process) => _process = process;

    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>The process id, which Hangfire puts in the id of the server that ran a job.</summary>
    public int ProcessId => _process.Id;

    public string Log
    {
        get
        {
            lock (_log)
            {
                return _log.ToString();
            }
        }
    }

    public static async Task<ChildServer> StartAsync(IReadOnlyDictionary<string, string> settings)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(RepositoryPaths.ServerOutput, "OpenImis.Fhir.Server.dll"));
        start.ArgumentList.Add("--Urls=http://127.0.0.1:0");
        foreach (var (key, value) in settings)
        {
            start.ArgumentList.Add($"--{key}={value}");
        }

        start.Environment.Remove("ASPNETCORE_ENVIRONMENT");
        start.Environment.Remove("DOTNET_ENVIRONMENT");
        var server = new ChildServer(Process.Start(start)!);
        var listening = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        server._process.OutputDataReceived += (_, e) => server.Append(e.Data, listening);
        server._process.ErrorDataReceived += (_, e) => server.Append(e.Data, listening);
        server._process.EnableRaisingEvents = true;
        server._process.Exited += (_, _) => listening.TrySetException(new TimeoutException("The child server exited."));
        server._process.BeginOutputReadLine();
        server._process.BeginErrorReadLine();
        try
        {
            server.BaseUrl = await listening.Task.WaitAsync(TimeSpan.FromMinutes(5));
        }
        catch (TimeoutException)
        {
            await System.Threading.Tasks.Task.Delay(500); // the last lines of a process that exited

            await server.DisposeAsync();
            throw new TimeoutException("The child server did not start: " + server.Log);
        }

        return server;
    }

    public HttpClient CreateClient() => new() { BaseAddress = BaseUrl };

    /// <summary>SIGKILL: no shutdown, no job handed back.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            await KillAsync();
        }

        _process.Dispose();
    }

    private void Append(string? line, TaskCompletionSource<Uri> listening)
    {
        if (line is null)
        {
            return;
        }

        lock (_log)
        {
            _log.AppendLine(line);
        }

        if (ServingAt().Match(line) is { Success: true } match)
        {
            listening.TrySetResult(new Uri(match.Groups[1].Value + "/"));
        }
    }

    [GeneratedRegex(@"serving FHIR R4 at (http://\S+)/fhir")]
    private static partial Regex ServingAt();
}
