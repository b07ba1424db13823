using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PartyMembers.Infrastructure.Auditing;
using PartyMembers.Infrastructure.Persistence;
using PartyMembers.Infrastructure.Persistence.Backups;

namespace PartyMembers.Infrastructure;

public static class DependencyInjection
{
    public const string SqliteMigrationsAssembly = "PartyMembers.Migrations.Sqlite";
    public const string SqlServerMigrationsAssembly = "PartyMembers.Migrations.SqlServer";

    /// Registers the database context for the configured provider, with the audit and SQLite interceptors.
    /// An <see cref="IAuditActor"/> must be registered by the host.
    public static IServiceCollection AddPartyMembersData(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        var options = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        services.AddSingleton(options);
        services.AddSingleton(TimeProvider.System);
        services.AddScoped<AuditInterceptor>();
        services.AddSingleton(new SqlitePragmaInterceptor(options.BusyTimeoutSeconds));

        var connectionString = options.Provider switch
        {
            DatabaseProvider.SqlServer => configuration.GetConnectionString("SqlServer")
                ?? throw new InvalidOperationException("ConnectionStrings:SqlServer is required when Database:Provider is SqlServer."),
            _ => SqliteConnectionString(configuration.GetConnectionString("Sqlite") ?? "Data Source=App_Data/partymembers.db", options, contentRoot),
        };

        services.AddDbContext<PartyMembersDbContext>((sp, builder) =>
        {
            Configure(builder, options.Provider, connectionString);
            builder.AddInterceptors(sp.GetRequiredService<AuditInterceptor>());
            if (options.Provider == DatabaseProvider.Sqlite)
            {
                builder.AddInterceptors(sp.GetRequiredService<SqlitePragmaInterceptor>());
            }
        });
        services.AddScoped<DatabaseInitialiser>();
        services.AddScoped<IAccessJournal, AccessJournal>();
        services.AddScoped<AuditVerifier>();
        var backups = configuration.GetSection(BackupOptions.Section).Get<BackupOptions>() ?? new BackupOptions();
        services.AddSingleton(new ResolvedBackupOptions(Path.GetFullPath(backups.Folder, contentRoot), backups.Keep));
        services.AddScoped<SqliteBackupService>();
        return services;
    }

    public static void Configure(DbContextOptionsBuilder builder, DatabaseProvider provider, string connectionString)
    {
        if (provider == DatabaseProvider.SqlServer)
        {
            builder.UseSqlServer(connectionString, sql =>
            {
                sql.MigrationsAssembly(SqlServerMigrationsAssembly);
                // Retries transient faults like EnableRetryOnFailure(), and lets a save run in the audit's own
                // transaction (ADR 0015).
                sql.ExecutionStrategy(dependencies => new AuditAwareSqlServerExecutionStrategy(dependencies));
            });
        }
        else
        {
            builder.UseSqlite(connectionString, sqlite => sqlite.MigrationsAssembly(SqliteMigrationsAssembly));
        }
    }

    /// Resolves a relative file name against the application's content root and creates the folder, so that a fresh
    /// clone starts without any set-up.
    public static string SqliteConnectionString(string connectionString, DatabaseOptions options, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString)
        {
            DefaultTimeout = options.BusyTimeoutSeconds,
            Pooling = true,
        };
        if (builder.DataSource != ":memory:" && builder.Mode != SqliteOpenMode.Memory)
        {
            var path = Path.GetFullPath(builder.DataSource, contentRoot);
            var folder = Path.GetDirectoryName(path);
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }

            builder.DataSource = path;
        }

        return builder.ToString();
    }
}
