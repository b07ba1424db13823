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

    private readonly string _folder;
    private readonly bool _sharesFolder;
    private bool _kestrel;

    public AppFactory()
    {
        _folder = Path.Combine(Path.GetTempPath(), "pm-web-" + Guid.NewGuid().ToString("N"));
    }

    /// A second instance of the application on the database and files of <paramref name="first"/> (which must have
    /// started): it neither migrates anything new nor seeds, like another server behind the same load balancer.
    public AppFactory(AppFactory first)
    {
        _folder = first._folder;
        _sharesFolder = true;
    }

    /// Settings added on top of the test settings (e.g. forwarded-header proxies).
    public IReadOnlyDictionary<string, string?> Settings { get; init; } = new Dictionary<string, string?>();

    public string DatabasePath => ExistingDatabase ?? Path.Combine(_folder, "app.db");

    /// An existing database file to start on (e.g. a restored backup) instead of a fresh seeded one; not seeded again.
    public string? ExistingDatabase { get; init; }

    /// Where the backup service writes (Backups:Folder), inside the factory's temp folder.
    public string BackupFolder => Path.Combine(_folder, "backups");

    /// The application's clock; null for the system clock. A test that moves time passes a clock it can move.
    public TimeProvider? Clock { get; init; }

    /// Serves the application on Kestrel at a free loopback port (migrations and the demo seed run at start-up) and
    /// returns its address, for a browser to reach over real HTTP.
    public Uri Start()
    {
        _kestrel = true;
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
        builder.UseSetting("Demo:Seed", ExistingDatabase is null && !_sharesFolder ? "true" : "false");
        builder.UseSetting("Backups:Folder", BackupFolder);

        // The in-process client speaks https (AppClient); a browser on Kestrel reaches plain http on the loopback.
        builder.UseSetting("Security:Cookies:DevelopmentHttp", _kestrel ? "true" : "false");
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
        if (disposing && !_sharesFolder)
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
