using OpenImis.Fhir.Modules;
using OpenImis.Fhir.Server.Audit;
using OpenImis.Fhir.Server.Endpoints;
using OpenImis.Fhir.Server.Export;
using OpenImis.Fhir.Server.Hosting;
using OpenImis.Fhir.Server.OpenHim;
using OpenImis.Fhir.Server.Security;
using OpenImis.Fhir.Server.Security.Smart;
using OpenImis.Fhir.Server.Subscriptions;
using OpenImis.Fhir.Server.Subscriptions.Delivery;

// The content root is the server's own folder, not the working folder: started from anywhere (a service manager
// starts it from /), it reads its appsettings.json and places a relative SQLite file beside itself.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
builder.AddOpenImisSubscriptions(); // before AddOpenImisFhir, which builds the handler registry
builder.AddOpenImisAudit(); // likewise: AuditEvent is a served type
builder.AddOpenImisFhir(ModuleCatalog.All);
builder.AddOpenHimMediator();
builder.AddOpenImisJobs();
builder.AddSubscriptionDelivery();
builder.AddOpenImisSecurity();

var app = builder.Build();
if (await IndexCommand.TryRunAsync(app, args) || await ClientsCommand.TryRunAsync(app, args))
{
    return;
}

app.UseOpenHimMediator();
app.UseOpenImisAudit();
app.UseFhirErrors();
app.UseMiddleware<InputGuard>();
app.UseOpenImisSecurity();
app.MapGet("/", () => Results.Redirect("/fhir/metadata"));
app.MapFhirHealth();
app.UseOpenImisJobs();
app.MapSubscriptionOperations();
app.MapFhirEndpoints();
app.MapGuide();

app.Lifetime.ApplicationStarted.Register(() =>
    app.Logger.LogInformation("OpenImis.Fhir is serving FHIR R4 at {BaseUrls}", string.Join(", ", app.Urls.Select(u => $"{u}/fhir"))));
await app.RunAsync();
