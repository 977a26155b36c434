using Hangfire;
using Hangfire.AspNetCore;
using Hangfire.Dashboard;
using Hangfire.InMemory;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Microsoft.Extensions.Options;
using OpenImis.Fhir.Core.Conformance;
using OpenImis.Fhir.Core.Data;
using OpenImis.Fhir.Core.State;

namespace OpenImis.Fhir.Server.Export;

/// <summary>
/// Hangfire and bulk export. The storage is built here and handed to the client, the server and the dashboard
/// explicitly, never through Hangfire's static <c>JobStorage.Current</c>, so that several hosts in one process (the
/// tests) each keep their own.
/// </summary>
internal static class JobsHostingExtensions
{
    private const string Definitions = "http://hl7.org/fhir/uv/bulkdata/OperationDefinition/";

    public static WebApplicationBuilder AddOpenImisJobs(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<JobsOptions>().Bind(builder.Configuration.GetSection(JobsOptions.SectionName)).ValidateDataAnnotations()
            .Validate(o => o.PollLimitFitsRetryAfter, "Jobs:MaxStatusPollsPerMinute must be at least 2 × 60 / Jobs:RetryAfterSeconds: a client that polls as told must never be refused.")
            .ValidateOnStart();
        services.AddDbContext<FhirStateDbContext>((provider, options) =>
            FhirStateDbContext.Configure(options, provider.GetRequiredService<IOptions<DatabaseOptions>>().Value));
        services.AddHostedService<StateStartup>();
        Core.Subscriptions.ChangeDetectorServiceCollectionExtensions.AddChangeDetector(services, builder.Configuration);

        services.AddSingleton(provider => Storage(
            provider.GetRequiredService<IOptions<DatabaseOptions>>().Value, provider.GetRequiredService<IOptions<JobsOptions>>().Value));
        services.AddSingleton<IBackgroundJobClient>(provider => new BackgroundJobClient(provider.GetRequiredService<JobStorage>()));
        services.AddSingleton<ExportFiles>();
        services.AddScoped<ExportJobs>();
        services.AddScoped<ExportSteps>();
        services.AddScoped<ExportProgress>();
        services.AddSingleton<ExportAttempts>();
        services.AddSingleton<ExportWatch>();
        services.AddScoped<ExportChunkWriter>();
        services.AddSingleton<ExportAdmission>();
        services.AddSingleton<ExportPolling>();

        if (builder.Configuration.GetValue(JobsOptions.SectionName + ":" + nameof(JobsOptions.Worker), true))
        {
            services.AddSingleton<ExportCleanup>();
            services.AddHostedService(provider => provider.GetRequiredService<ExportCleanup>());
            services.AddHostedService<ExportWatchdog>();
            if (builder.Configuration.GetValue(JobsOptions.SectionName + ":" + nameof(JobsOptions.WarmUp), true))
            {
                services.AddHostedService<ExportWarmUp>();
            }

            services.AddHostedService(provider =>
            {
                var jobs = provider.GetRequiredService<IOptions<JobsOptions>>().Value;
                var options = new BackgroundJobServerOptions
                {
                    WorkerCount = jobs.WorkerCount,
                    Activator = new AspNetCoreJobActivator(provider.GetRequiredService<IServiceScopeFactory>()),
                    SchedulePollingInterval = TimeSpan.FromSeconds(5),
                };
                return new BackgroundJobServerHostedService(provider.GetRequiredService<JobStorage>(), options, []);
            });
        }

        services.AddSingleton(new OperationCapability("Patient", "export", Definitions + "patient-export"));
        services.AddSingleton(new OperationCapability("Group", "export", Definitions + "group-export"));
        services.AddSingleton(new SystemOperationCapability("export", Definitions + "export", "http://hl7.org/fhir/uv/bulkdata/CapabilityStatement/bulk-data"));
        return builder;
    }

    public static WebApplication UseOpenImisJobs(this WebApplication app)
    {
        var jobs = app.Services.GetRequiredService<IOptions<JobsOptions>>().Value;
        if (jobs.Dashboard)
        {
            // Read-only; open to whoever reaches it, so it is off unless configured (auth arrives with issue 12).
            app.UseHangfireDashboard("/jobs", new DashboardOptions { IsReadOnlyFunc = _ => true, Authorization = [new OpenDashboard()] }, app.Services.GetRequiredService<JobStorage>());
        }

        app.MapExport();
        return app;
    }

    private static JobStorage Storage(DatabaseOptions database, JobsOptions jobs)
    {
        if (database.Provider != DatabaseProvider.PostgreSql)
        {
            return new InMemoryStorage(new InMemoryStorageOptions());
        }

        var options = new PostgreSqlStorageOptions
        {
            SchemaName = "hangfire",
            PrepareSchemaIfNecessary = true,
            QueuePollInterval = TimeSpan.FromMilliseconds(500),
            InvisibilityTimeout = TimeSpan.FromSeconds(jobs.LeaseSeconds),
            UseSlidingInvisibilityTimeout = true,

            // A lock is a row: one whose holder lost its connection (a database restart) is honoured until it is
            // this old. Hangfire's own locks (a job's state-lock) and ours (admission, watchdog) are held for
            // milliseconds. With the 10-minute default, a job whose state was changing when PostgreSQL stopped left
            // its state-lock behind and the worker that next changed that job's state waited 10 minutes (the
            // restart test saw it at 1 minute with a 1-minute lease, in 7 runs of 10).
            DistributedLockTimeout = TimeSpan.FromSeconds(15),
        };
        return new PostgreSqlStorage(new NpgsqlConnectionFactory(database.ConnectionString, options), options);
    }

    private sealed class OpenDashboard : IDashboardAuthorizationFilter
    {
        public bool Authorize(DashboardContext context) => true;
    }
}
