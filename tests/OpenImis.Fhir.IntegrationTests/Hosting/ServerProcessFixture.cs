using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using OpenImis.Fhir.IntegrationTests.Infrastructure;

namespace OpenImis.Fhir.IntegrationTests.Hosting;

/// <summary>
/// The built server started as a service manager starts it: <c>dotnet OpenImis.Fhir.Server.dll</c> from another
/// working folder, with its shipped settings (only the port and the name of a fresh SQLite file given, the file
/// relative). It runs until the tests of the class are done; its log is kept.
/// </summary>
public sealed partial class ServerProcessFixture : IAsyncLifetime
{
    private readonly StringBuilder _log = new();
    private Process? _process;

    public string WorkingFolder { get; } = Path.Combine(Path.GetTempPath(), $"cwd-{Guid.NewGuid():N}");

    public string DatabaseFile { get; } = $"edge-test-{Guid.NewGuid():N}.db";

    public Uri? BaseUrl { get; private set; }

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

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(WorkingFolder);
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = WorkingFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        string[] arguments =
        [
            Path.Combine(RepositoryPaths.ServerOutput, "OpenImis.Fhir.Server.dll"), "--Urls=http://127.0.0.1:0",
            $"--Database:ConnectionString=Data Source={DatabaseFile}",
        ];
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // The test host's own environment must not leak into the child: it names the settings we want defaulted.
        start.Environment.Remove("ASPNETCORE_ENVIRONMENT");
        start.Environment.Remove("DOTNET_ENVIRONMENT");
        _process = Process.Start(start)!;
        var listening = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        _process.OutputDataReceived += (_, e) => Append(e.Data, listening);
        _process.ErrorDataReceived += (_, e) => Append(e.Data, listening);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        BaseUrl = await listening.Task.WaitAsync(TimeSpan.FromMinutes(2));
    }

    public async Task DisposeAsync()
    {
        if (_process is not null)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
            _process.Dispose();
        }

        foreach (var file in Directory.EnumerateFiles(RepositoryPaths.ServerOutput, DatabaseFile + "*"))
        {
            File.Delete(file);
        }

        Directory.Delete(WorkingFolder, recursive: true);
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
            listening.TrySetResult(new Uri(match.Groups[1].Value));
        }
    }

    [GeneratedRegex(@"serving FHIR R4 at (http://\S+)/fhir")]
    private static partial Regex ServingAt();
}
