using PartyMembers.Web;
using Serilog;

var builder = WebApplication.CreateBuilder(args);
builder.AddPartyMembers();

var app = builder.Build();
if (await Commands.TryRunAsync(app, args))
{
    return;
}

await app.PrepareDatabaseAsync();
app.UsePartyMembers();

try
{
    await app.RunAsync();
}
finally
{
    await Log.CloseAndFlushAsync();
}

/// Visible to the test host (WebApplicationFactory&lt;Program&gt;).
public partial class Program;
