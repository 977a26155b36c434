using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Server;
using OpenImis.Fhir.Core.Data;

namespace OpenImis.Fhir.Server.Security.Smart;

/// <summary>
/// Mode smart: OpenIddict as the server's own SMART Backend Services authorization server (token endpoint, client
/// credentials with private_key_jwt only, clients in <see cref="SmartAuthDbContext"/>), and JwtBearer validating its
/// access tokens with the server's own key, so that the caller is built from the same claims as in mode oidc.
/// </summary>
internal static class SmartSetup
{
    public const string Scheme = "SmartBearer";

    /// <summary>Asymmetric only, as in mode oidc.</summary>
    private static readonly string[] AccessTokenAlgorithms = ["RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "ES512"];

    public static void Add(IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(SmartOptions.SectionName);
        var smart = section.Get<SmartOptions>() ?? new SmartOptions();
        services.AddOptions<SmartOptions>().Bind(section)
            .Validate(o => o.AccessTokenMinutes > 0 && o.AssertionMaxMinutes > 0 && o.JwksCacheMinutes > 0 && o.JwksRefreshSeconds >= 0,
                "Auth:Smart needs AccessTokenMinutes, AssertionMaxMinutes and JwksCacheMinutes above 0.")
            .ValidateOnStart();
        services.AddDbContext<SmartAuthDbContext>((provider, options) =>
            SmartAuthDbContext.Configure(options, provider.GetRequiredService<IOptions<DatabaseOptions>>().Value));
        services.AddSingleton<SigningKeySource>();
        services.AddSingleton<JwksCache>();
        services.AddScoped<ReplayGuard>();
        services.AddScoped<ClientRegistry>();
        services.AddHostedService<SmartAuthStartup>();
        services.AddHttpClient<JwksClient>(c => c.Timeout = TimeSpan.FromSeconds(30))
            .AddStandardResilienceHandler(o =>
            {
                // A token request waits for this fetch: a few quick tries, not the default 30-second budget.
                o.AttemptTimeout.Timeout = TimeSpan.FromSeconds(5);
                o.TotalRequestTimeout.Timeout = TimeSpan.FromSeconds(12);
                o.CircuitBreaker.SamplingDuration = TimeSpan.FromSeconds(10);
                o.Retry.MaxRetryAttempts = 2;
                o.Retry.Delay = TimeSpan.FromMilliseconds(200);
            });

        services.AddOpenIddict()
            .AddCore(core => core.UseEntityFrameworkCore().UseDbContext<SmartAuthDbContext>())
            .AddServer(server =>
            {
                server.SetTokenEndpointUris(SmartEndpoints.TokenPath.TrimStart('/'))
                    .SetJsonWebKeySetEndpointUris(SmartEndpoints.JwksPath.TrimStart('/'))
                    .AllowClientCredentialsFlow()
                    .SetAccessTokenLifetime(TimeSpan.FromMinutes(smart.AccessTokenMinutes))
                    // Signed, not encrypted: the resource server is this process, and integrators may read their token.
                    .DisableAccessTokenEncryption()
                    // Nothing is stored per token: access tokens are short-lived and there are no refresh tokens.
                    .DisableTokenStorage()
                    .DisableAuthorizationStorage()
                    // SMART scopes are patterns (system/*.rs), not a registered list: ClientCredentialsHandler grants
                    // the overlap of the requested scopes with the client's, which OpenIddict's exact checks cannot.
                    .DisableScopeValidation()
                    .IgnoreScopePermissions()
                    // OpenIddict wants an encryption key although no token it issues here is encrypted.
                    .AddEphemeralEncryptionKey();
                if (smart.Issuer is { Length: > 0 } issuer)
                {
                    server.SetIssuer(new Uri(issuer));
                }

                server.AddEventHandler(AssertionKeysHandler.Descriptor);
                server.AddEventHandler(AssertionRulesHandler.Descriptor);
                server.AddEventHandler(ClientCredentialsHandler.Descriptor);
                var aspNetCore = server.UseAspNetCore();
                if (!smart.RequireHttps)
                {
                    aspNetCore.DisableTransportSecurityRequirement();
                }
            });

        services.AddOptions<OpenIddictServerOptions>().Configure<SigningKeySource>((options, keys) =>
            options.SigningCredentials.Add(new SigningCredentials(keys.Current, Algorithm(keys.Current))));

        services.AddAuthentication(Scheme).AddJwtBearer(Scheme, _ => { });
        services.AddOptions<JwtBearerOptions>(Scheme).Configure<SigningKeySource, IOptions<SmartOptions>>((options, keys, settings) =>
        {
            options.MapInboundClaims = false;
            options.TokenValidationParameters = new TokenValidationParameters
            {
                IssuerSigningKeyResolver = (_, _, _, _) => [keys.Current],
                ValidAlgorithms = AccessTokenAlgorithms,
                ValidTypes = ["at+jwt", "application/at+jwt"],
                ValidAudience = settings.Value.Audience,
                ValidateIssuer = settings.Value.Issuer is { Length: > 0 },
                ValidIssuers = settings.Value.Issuer is { Length: > 0 } issuer ? [issuer, issuer.TrimEnd('/') + "/"] : null,
                RequireExpirationTime = true,
                ClockSkew = TimeSpan.FromSeconds(30),
            };
        });
    }

    /// <summary>The algorithm OpenIddict signs with for the configured key.</summary>
    internal static string Algorithm(SecurityKey key) => key switch
    {
        ECDsaSecurityKey ec => EcdsaAlgorithm(ec.ECDsa.KeySize),
        X509SecurityKey { PublicKey: System.Security.Cryptography.ECDsa ec } => EcdsaAlgorithm(ec.KeySize),
        _ => SecurityAlgorithms.RsaSha256,
    };

    // ES256 on P-256, ES384 on P-384, ES512 on P-521: the curve fixes the hash.
    private static string EcdsaAlgorithm(int keySize) => keySize switch
    {
        256 => SecurityAlgorithms.EcdsaSha256,
        384 => SecurityAlgorithms.EcdsaSha384,
        _ => SecurityAlgorithms.EcdsaSha512,
    };

}
