using System.Reflection;

namespace OpenImis.Fhir.IntegrationTests.Infrastructure;

/// <summary>
/// Runs the server's own entry point in this process with command-line arguments and reports how it ended. Tests of
/// a failing start-up use it instead of WebApplicationFactory: when the host fails to start, the entry point disposes
/// it, and the factory, which reads the host's services from another thread after the entry point built it, then
/// meets a disposed service provider (ObjectDisposedException) instead of the start-up's own exception.
/// </summary>
internal static class EntryPoint
{
    /// <summary>The exception the entry point ended with, or null when it returned; a timeout when it was still running.</summary>
    public static async Task<Exception?> RunAsync(IReadOnlyList<string> args, TimeSpan timeout)
    {
        var main = typeof(Program).Assembly.EntryPoint ?? throw new InvalidOperationException("The server has no entry point.");
        var ended = new TaskCompletionSource<Exception?>(TaskCreationOptions.RunContinuationsAsynchronously);
        var thread = new Thread(() =>
        {
            try
            {
                main.Invoke(null, [args.ToArray()]);
                ended.SetResult(null);
            }
            catch (TargetInvocationException ex)
            {
                ended.SetResult(ex.InnerException ?? ex);
            }
        })
        {
            IsBackground = true,
        };
        thread.Start();
        return await ended.Task.WaitAsync(timeout);
    }
}
