using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using PartyMembers.Infrastructure.Persistence;

namespace PartyMembers.Web.Tests.Support;

/// The real application on its own SQLite file with the demo data (Development environment, where the demo
/// accounts exist), reached over HTTP through the test server, or on Kestrel for a browser (<see cref="Start"/>).
/// The end-to-end project compiles this same file.
public sealed class AppFactory : WebApplicationFactory<Program>
{
    public const string Password = "Demo-PartyMembers-2026";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "pm-web-" + Guid.NewGuid().ToString("N"));

    public string DatabasePath => Path.Combine(_folder, "app.db");

    /// The application's clock; null for the system clock. A test that moves time passes a clock it can move.
    public TimeProvider? Clock { get; init; }

    /// Configuration for this instance only, applied after the defaults above (e.g. Security:TwoFactor:Required).
    public IDictionary<string, string?> Settings { get; init; } = new Dictionary<string, string?>();

    /// Serves the application on Kestrel at a free loopback port (migrations and the demo seed run at start-up) and
    /// returns its address, for a browser to reach over real HTTP.
    public Uri Start()
    {
        UseKestrel(0);
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses
            ?? throw new InvalidOperationException("Kestrel reported no addresses.");
        var address = addresses.FirstOrDefault(a => a.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
            ?? throw new InvalidOperationException("Kestrel listens on no http address: " + string.Join(", ", addresses));

        // A wildcard or "localhost" binding is reached through the IPv4 loopback address.
        var uri = new UriBuilder(address);
        if (uri.Host is "[::]" or "::" or "0.0.0.0" or "+" or "*" or "localhost")
        {
            uri.Host = "127.0.0.1";
        }

        uri.Path = "/";
        return uri.Uri;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(_folder);
        builder.UseEnvironment("Development");
        builder.UseSetting("ConnectionStrings:Sqlite", $"Data Source={DatabasePath}");
        builder.UseSetting("Logging:File:Path", Path.Combine(_folder, "logs", "app-.log"));
        builder.UseSetting("Logging:MinimumLevel", "Warning");
        builder.UseSetting("Demo:Seed", "true");
        builder.UseSetting("Demo:Password", Password);
        builder.UseSetting("Files:Root", Path.Combine(_folder, "files"));

        // The suite signs in very many clients from one address: the sign-in rate limits are tested with their own settings.
        builder.UseSetting("Security:RateLimits:PerAccount", "100000");
        builder.UseSetting("Security:RateLimits:PerAddress", "100000");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
        if (Clock is { } clock)
        {
            builder.ConfigureServices(services => services.AddSingleton(clock));
        }
    }

    /// A fresh scope on the application's services, for checking what a request saved.
    public async Task<T> WithDbAsync<T>(Func<PartyMembersDbContext, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<PartyMembersDbContext>());
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(_folder, recursive: true);
            }
            catch (IOException)
            {
                // A log file may still be held open for a moment; the temp folder is cleaned by the system.
            }
        }
    }
}
