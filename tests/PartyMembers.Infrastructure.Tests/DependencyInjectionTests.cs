using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PartyMembers.Infrastructure.Auditing;
using PartyMembers.Infrastructure.Persistence;
using PartyMembers.Infrastructure.Tests.Support;

namespace PartyMembers.Infrastructure.Tests;

/// The registration the web host uses, end to end on a temp content root.
public class DependencyInjectionTests
{
    private static ServiceProvider Build(string contentRoot, Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddScoped<IAuditActor>(_ => new SystemAuditActor("system:startup"));
        services.AddPartyMembersData(configuration, contentRoot);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
    }

    [Fact]
    public async Task A_relative_SQLite_path_is_created_under_the_content_root_and_initialised_with_both_interceptors()
    {
        await using var db = TestDatabase.CreateEmpty();
        string? connectionString;
        await using (var provider = Build(db.Folder, new() { ["ConnectionStrings:Sqlite"] = "Data Source=App_Data/registry.db" }))
        {
            await using (var scope = provider.CreateAsyncScope())
            {
                await scope.ServiceProvider.GetRequiredService<DatabaseInitialiser>().InitialiseAsync();

                var context = scope.ServiceProvider.GetRequiredService<PartyMembersDbContext>();
                connectionString = context.Database.GetConnectionString();
                var connection = new SqliteConnectionStringBuilder(connectionString);
                Assert.Equal(Path.Combine(db.Folder, "App_Data", "registry.db"), connection.DataSource);
                Assert.Equal(30, connection.DefaultTimeout);

                await context.Database.OpenConnectionAsync();
                try
                {
                    var open = context.Database.GetDbConnection();
                    Assert.Equal(2L, (await TestDatabase.ColumnAsync(open, "PRAGMA synchronous;")).Single());
                    Assert.Equal(1L, (await TestDatabase.ColumnAsync(open, "PRAGMA foreign_keys;")).Single());
                    Assert.Equal("wal", (await TestDatabase.ColumnAsync(open, "PRAGMA journal_mode;")).Single());
                }
                finally
                {
                    await context.Database.CloseConnectionAsync();
                }

                // The seeding went through the scope's audit interceptor and actor.
                var actors = await context.AuditEntries.AsNoTracking().Select(a => a.UserName).Distinct().ToListAsync();
                Assert.Equal(["system:startup"], actors);
            }

            Assert.True(File.Exists(Path.Combine(db.Folder, "App_Data", "registry.db")));
        }

        using var pooled = new SqliteConnection(connectionString);
        SqliteConnection.ClearPool(pooled);
    }

    [Fact]
    public void SqlServer_without_a_connection_string_is_refused_at_registration()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Database:Provider"] = "SqlServer" })
            .Build();
        var error = Assert.Throws<InvalidOperationException>(() => new ServiceCollection().AddPartyMembersData(configuration, Path.GetTempPath()));
        Assert.Contains("ConnectionStrings:SqlServer", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SqlServer_is_configured_from_the_Database_section()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = "SqlServer",
            ["ConnectionStrings:SqlServer"] = "Server=127.0.0.1,1;Database=PartyMembers;User Id=sa;Password=unused;TrustServerCertificate=True",
        };
        await using var provider = Build(Path.GetTempPath(), settings);
        await using var scope = provider.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<PartyMembersDbContext>();
        Assert.True(context.Database.IsSqlServer());
        Assert.Equal(DatabaseProvider.SqlServer, scope.ServiceProvider.GetRequiredService<DatabaseOptions>().Provider);
        Assert.False(scope.ServiceProvider.GetRequiredService<DatabaseOptions>().MigrateAtStartup);
    }
}
