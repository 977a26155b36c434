using OpenImis.Fhir.Core.Conformance;

namespace OpenImis.Fhir.Server.Security;

/// <summary>Wires <c>Auth:Mode</c>: token validation, the caller of each request, discovery and the rate limiter.</summary>
internal static class SecurityHostingExtensions
{
    public static WebApplicationBuilder AddOpenImisSecurity(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var section = builder.Configuration.GetSection(AuthOptions.SectionName);
        var auth = section.Get<AuthOptions>() ?? new AuthOptions();
        services.AddOptions<AuthOptions>().Bind(section);
        services.AddOptions<RateLimitOptions>().Bind(builder.Configuration.GetSection(RateLimitOptions.SectionName))
            .Validate(o => o.PermitLimit > 0 && o.WindowSeconds > 0, "RateLimit needs PermitLimit > 0 and WindowSeconds > 0.")
            .ValidateOnStart();
        services.AddOptions<TokenRateLimitOptions>().Bind(builder.Configuration.GetSection(TokenRateLimitOptions.SectionName))
            .Validate(o => o.PermitLimit > 0 && o.AddressPermitLimit > 0 && o.WindowSeconds > 0,
                "RateLimit:Token needs PermitLimit > 0, AddressPermitLimit > 0 and WindowSeconds > 0.")
            .ValidateOnStart();
        services.AddSingleton<SmartEndpoints>();
        switch (auth.Mode)
        {
            case AuthMode.None:
                AnonymousGuard.Check(ListenAddresses.Read(builder.Configuration), auth);
                break;
            case AuthMode.Oidc:
                OidcSetup.Add(services, auth);
                break;
            case AuthMode.Smart:
                Smart.SmartSetup.Add(services, builder.Configuration);
                break;
        }

        if (auth.IsOn)
        {
            services.AddSingleton<IRestSecuritySource, SmartCapability>();
        }

        var rateLimit = builder.Configuration.GetSection(RateLimitOptions.SectionName).Get<RateLimitOptions>() ?? new RateLimitOptions();
        if (rateLimit.Enabled ?? auth.IsOn)
        {
            ClientRateLimiter.Add(services, rateLimit);
        }

        // The token endpoint's limiter brings its own options (TokenRateLimiter); the middleware needs the services.
        services.AddRateLimiter(_ => { });

        return builder;
    }

    /// <summary>Before the FHIR endpoints: the caller is known before any interaction runs.</summary>
    public static WebApplication UseOpenImisSecurity(this WebApplication app)
    {
        var auth = app.Configuration.GetSection(AuthOptions.SectionName).Get<AuthOptions>() ?? new AuthOptions();
        AnonymousGuard.Log(app.Logger, ListenAddresses.Read(app.Configuration), auth);
        // Before authentication: OpenIddict answers the token endpoint there, and a throttled request must not reach it.
        var tokenLimit = app.Configuration.GetSection(TokenRateLimitOptions.SectionName).Get<TokenRateLimitOptions>() ?? new TokenRateLimitOptions();
        var rateLimit = app.Configuration.GetSection(RateLimitOptions.SectionName).Get<RateLimitOptions>() ?? new RateLimitOptions();
        if (auth.Mode == AuthMode.Smart && (tokenLimit.Enabled ?? rateLimit.Enabled ?? true))
        {
            TokenRateLimiter.Use(app, tokenLimit);
        }

        if (auth.IsOn)
        {
            app.UseAuthentication();
            app.UseMiddleware<CallerMiddleware>();
            app.MapSmartConfiguration();
        }

        if (rateLimit.Enabled ?? auth.IsOn)
        {
            app.UseRateLimiter();
        }

        return app;
    }
}
