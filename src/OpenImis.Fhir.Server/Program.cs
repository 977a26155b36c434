using OpenImis.Fhir.Modules;
using OpenImis.Fhir.Server.Endpoints;
using OpenImis.Fhir.Server.Hosting;
using OpenImis.Fhir.Server.OpenHim;

var builder = WebApplication.CreateBuilder(args);
builder.AddOpenImisFhir(ModuleCatalog.All);
builder.AddOpenHimMediator();

var app = builder.Build();
if (await IndexCommand.TryRunAsync(app, args))
{
    return;
}

app.UseOpenHimMediator();
app.UseFhirErrors();
app.MapGet("/", () => Results.Redirect("/fhir/metadata"));
app.MapGet("/health", () => Results.Ok("healthy"));
app.MapFhirEndpoints();
app.MapGuide();

app.Lifetime.ApplicationStarted.Register(() =>
    app.Logger.LogInformation("OpenImis.Fhir is serving FHIR R4 at {BaseUrls}", string.Join(", ", app.Urls.Select(u => $"{u}/fhir"))));
await app.RunAsync();
