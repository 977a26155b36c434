using System.Globalization;

namespace OpenImis.Fhir.Bench;

/// <summary>The command and its <c>--name value</c> options.</summary>
internal sealed class BenchArguments
{
    public const string Usage =
        """
        usage:
          generate --connection <conn> [--provider PostgreSql|Sqlite] --families N [--seed S]
          catalog  --connection <pg conn> [--facilities 2000] [--items 5000] [--services 5000] [--seed 1]
          search-catalog --base-url http://127.0.0.1:PORT/fhir --connection <pg conn> [--only 'item name']
                   [--duration 30] [--warmup 5] [--concurrency 16] [--max-requests 5000000]
          load     --base-url http://127.0.0.1:PORT/fhir --scenario read|search|update|create --connection <pg conn>
                   [--duration 30] [--warmup 5] [--concurrency 16] [--max-requests 5000000] [--sample 2000]
          floor    --connection <pg conn> --scenario read|search
                   [--duration 30] [--warmup 5] [--concurrency 16] [--max-requests 5000000] [--sample 2000] [--count 20]
                   [--show 1: print one resource and stop]
          export   --base-url http://127.0.0.1:PORT/fhir --export-dir <server's Jobs:ExportDirectory> --server-pid PID
                   [--type Patient,Group] [--timeout 7200]
          export-floor --connection <pg conn> [--out file.ndjson]
          conformance [--profiles DIR] [--compile served|all] [--repeat 1]
          validate --base-url http://127.0.0.1:PORT/fhir [--count 100] [--profiles DIR] [--rounds 2] [--server-pid PID]
                   [--duration 30] [--warmup 5] [--concurrency 16] [--max-requests 5000000]
          eligibility --connection <pg conn> [--claims 50]
                   [--duration 30] [--warmup 5] [--concurrency 16] [--max-requests 5000000]
        """;

    private readonly Dictionary<string, string> _options;

    private BenchArguments(string command, Dictionary<string, string> options)
    {
        Command = command;
        _options = options;
    }

    public string Command { get; }

    public static BenchArguments Parse(string[] args)
    {
        if (args.Length == 0)
        {
            throw new ArgumentException("No command given.");
        }

        var options = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 1; i < args.Length; i += 2)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length)
            {
                throw new ArgumentException($"Expected '--name value' at '{args[i]}'.");
            }

            options[args[i][2..]] = args[i + 1];
        }

        return new BenchArguments(args[0], options);
    }

    public string Required(string name) =>
        _options.TryGetValue(name, out var value) ? value : throw new ArgumentException($"--{name} is required.");

    public string Text(string name, string fallback) => _options.GetValueOrDefault(name, fallback);

    public int Number(string name, int fallback)
    {
        if (!_options.TryGetValue(name, out var raw))
        {
            return fallback;
        }

        return int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= 0
            ? value
            : throw new ArgumentException($"--{name} must be a non-negative whole number, not '{raw}'.");
    }

    public Scenario Scenario() => Required("scenario") switch
    {
        "read" => Bench.Scenario.Read,
        "search" => Bench.Scenario.Search,
        "update" => Bench.Scenario.Update,
        "create" => Bench.Scenario.Create,
        var other => throw new ArgumentException($"--scenario must be read, search, update or create, not '{other}'."),
    };

    public RunSettings RunSettings() => new(
        Concurrency: Math.Max(1, Number("concurrency", 16)),
        Warmup: TimeSpan.FromSeconds(Number("warmup", 5)),
        Duration: TimeSpan.FromSeconds(Math.Max(1, Number("duration", 30))),
        MaxOperations: Number("max-requests", 5_000_000));
}
