using OpenImis.Fhir.Server.OpenHim;

var builder = WebApplication.CreateBuilder(args);
builder.AddOpenHimMediator();
var app = builder.Build();
app.UseOpenHimMediator();
app.Run();
