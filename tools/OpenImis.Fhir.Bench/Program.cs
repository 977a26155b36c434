using OpenImis.Fhir.Bench;
using OpenImis.Fhir.Bench.Eligibility;

// generate | catalog | search-catalog | load | floor | export | export-floor | conformance | validate | eligibility: see BenchArguments.Usage.
using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};

try
{
    var arguments = BenchArguments.Parse(args);
    return arguments.Command switch
    {
        "generate" => await GenerateCommand.RunAsync(arguments, cancel.Token),
        "catalog" => await CatalogCommand.RunAsync(arguments, cancel.Token),
        "search-catalog" => await SearchCatalogCommand.RunAsync(arguments, cancel.Token),
        "load" => await LoadCommand.RunAsync(arguments, cancel.Token),
        "floor" => await FloorCommand.RunAsync(arguments, cancel.Token),
        "export" => await ExportCommand.RunAsync(arguments, cancel.Token),
        "export-floor" => await ExportFloorCommand.RunAsync(arguments, cancel.Token),
        "conformance" => await ConformanceCommand.RunAsync(arguments, cancel.Token),
        "validate" => await ValidateCommand.RunAsync(arguments, cancel.Token),
        "eligibility" => await EligibilityCommand.RunAsync(arguments, cancel.Token),
        _ => throw new ArgumentException($"Unknown command '{arguments.Command}'."),
    };
}
catch (ArgumentException ex)
{
    await Console.Error.WriteLineAsync(ex.Message);
    await Console.Error.WriteLineAsync(BenchArguments.Usage);
    return 2;
}
