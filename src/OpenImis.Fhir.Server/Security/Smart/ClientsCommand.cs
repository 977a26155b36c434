namespace OpenImis.Fhir.Server.Security.Smart;

/// <summary>
/// The operator command for SMART clients: <c>clients add --id X (--jwks-file F | --jwks-url U) --scopes "system/*.rs"</c>,
/// <c>clients list</c>, <c>clients remove --id X</c>. It migrates the server's tables first, so it works on a new database.
/// </summary>
internal static class ClientsCommand
{
    public static async Task<bool> TryRunAsync(WebApplication app, string[] args)
    {
        if (args.Length < 2 || args[0] != "clients")
        {
            return false;
        }

        await SmartAuthStartup.MigrateAsync(app.Services, CancellationToken.None);
        await using var scope = app.Services.CreateAsyncScope();
        var registry = scope.ServiceProvider.GetService<ClientRegistry>()
            ?? throw new InvalidOperationException("The clients command needs Auth:Mode smart.");
        await RunAsync(registry, args[1..], Console.Out, CancellationToken.None);
        return true;
    }

    public static async Task RunAsync(ClientRegistry registry, string[] args, TextWriter output, CancellationToken cancellationToken)
    {
        var options = Options(args[1..]);
        switch (args[0])
        {
            case "add":
                var url = options.GetValueOrDefault("--jwks-url");
                var file = options.GetValueOrDefault("--jwks-file");
                var client = new ClientRegistration(
                    Required(options, "--id"),
                    file is null ? null : await File.ReadAllTextAsync(file, cancellationToken),
                    url is null ? null : Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http"
                        ? uri : throw new ArgumentException($"--jwks-url '{url}' is not an absolute http(s) URL."),
                    Required(options, "--scopes").Split(' ', StringSplitOptions.RemoveEmptyEntries));
                await registry.AddAsync(client, cancellationToken);
                await output.WriteLineAsync($"Added client '{client.ClientId}' with scopes {string.Join(' ', client.Scopes)}, keys from {url ?? file}.");
                break;
            case "list":
                var clients = await registry.ListAsync(cancellationToken);
                if (clients.Count == 0)
                {
                    await output.WriteLineAsync("No clients.");
                }

                foreach (var summary in clients)
                {
                    await output.WriteLineAsync($"{summary.ClientId}\tscopes: {string.Join(' ', summary.Scopes)}\t"
                        + (summary.JwksUrl is { } jwksUrl ? $"jwks-url: {jwksUrl}" : $"keys: {string.Join(", ", summary.KeyIds)}"));
                }

                break;
            case "remove":
                var id = Required(options, "--id");
                await output.WriteLineAsync(await registry.RemoveAsync(id, cancellationToken)
                    ? $"Removed client '{id}'; tokens it already holds stay valid until they expire."
                    : $"No client '{id}'.");
                break;
            default:
                throw new ArgumentException($"Unknown clients command '{args[0]}': use add, list or remove.");
        }
    }

    private static Dictionary<string, string> Options(string[] args)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length)
            {
                throw new ArgumentException($"Expected an option and its value at '{args[i]}'.");
            }

            options[args[i]] = args[++i];
        }

        return options;
    }

    private static string Required(Dictionary<string, string> options, string name) =>
        options.GetValueOrDefault(name) ?? throw new ArgumentException($"The option {name} is required.");
}
