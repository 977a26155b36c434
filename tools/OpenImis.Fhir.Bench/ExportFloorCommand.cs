using System.Diagnostics;
using System.Globalization;
using Hl7.Fhir.Serialization;
using Npgsql;

namespace OpenImis.Fhir.Bench;

/// <summary>
/// <c>export-floor</c>: the bare streaming export the server's <c>$export</c> is measured against (EX-B1): one
/// Npgsql reader over every live insuree, each row built into a Firely Patient and written as one NDJSON line, on
/// one thread, with this process's RSS sampled each second and its CPU time.
/// </summary>
internal static class ExportFloorCommand
{
    private static readonly byte[] NewLine = "\n"u8.ToArray();

    public static async Task<int> RunAsync(BenchArguments arguments, CancellationToken cancellationToken)
    {
        var output = arguments.Text("out", Path.Combine(Path.GetTempPath(), "export-floor.ndjson"));
        await using var dataSource = NpgsqlDataSource.Create(arguments.Required("connection"));
        var serializer = new FhirJsonSerializer();
        await using var rss = new RssSampler(Environment.ProcessId);
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        long count = 0;
        await using (var file = new FileStream(output, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
        {
            await using var command = dataSource.CreateCommand(FloorQueries.All);
            command.CommandTimeout = 0;
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                file.Write(serializer.SerializeToBytes(FloorPatient.From(reader)));
                file.Write(NewLine);
                count++;
            }
        }

        var seconds = clock.Elapsed.TotalSeconds;
        var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;
        var megabytes = new FileInfo(output).Length / 1048576.0;
        await rss.DisposeAsync();
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"export-floor: {count} Patients in {seconds:F1} s = {count / seconds:F0} resources/s, {megabytes / seconds:F1} MB/s ({megabytes:F0} MB); RSS {rss.Baseline:F0} MB -> peak {rss.Peak:F0} MB; CPU {cpu:F1} s = {count / Math.Max(cpu, 0.001):F0} resources per CPU-second"));
        File.Delete(output);
        return 0;
    }
}
