namespace OpenImis.Fhir.Server.Security;

/// <summary>Mode none serves health data to anyone who can connect: allowed on loopback, elsewhere only on purpose.</summary>
internal static class AnonymousGuard
{
    public static void Check(IReadOnlyList<string> urls, AuthOptions auth)
    {
        var network = urls.Where(u => !ListenAddresses.IsLoopback(u)).ToList();
        if (auth.Mode == AuthMode.None && network.Count > 0 && !auth.AllowAnonymousOnNetwork)
        {
            throw new InvalidOperationException(
                $"Auth:Mode is none (no authentication) but the server listens on {string.Join(", ", network)}, beyond loopback. "
                + "Set Auth:Mode to oidc (an external OpenID Connect provider: Auth:Authority, Auth:Audience) or smart (the built-in "
                + "SMART Backend Services server: register clients with the 'clients add' command) to protect it, "
                + "listen on loopback only (Urls=http://localhost:8080), or accept an open server on the network with "
                + "Auth:AllowAnonymousOnNetwork=true (environment: Auth__AllowAnonymousOnNetwork=true).");
        }
    }

    public static void Log(ILogger logger, IReadOnlyList<string> urls, AuthOptions auth)
    {
        if (auth.IsOn)
        {
            logger.LogInformation("Authentication is on (Auth:Mode {Mode}): FHIR endpoints need a bearer token", auth.Mode);
        }
        else if (urls.All(ListenAddresses.IsLoopback))
        {
            logger.LogInformation("Authentication is off (Auth:Mode none): the server is open to anyone on this machine, and listens on loopback only");
        }
        else
        {
            logger.LogWarning("Authentication is off (Auth:Mode none) and Auth:AllowAnonymousOnNetwork is true: anyone who reaches {Urls} may read and change all data",
                string.Join(", ", urls));
        }
    }
}
