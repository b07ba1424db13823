using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using PartyMembers.Infrastructure;
using PartyMembers.Infrastructure.Persistence;

namespace PartyMembers.Migrations.Sqlite;

/// Lets `dotnet ef` build the context for this provider without starting the web app (docs/database.md).
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<PartyMembersDbContext>
{
    public PartyMembersDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<PartyMembersDbContext>();
        DependencyInjection.Configure(builder, DatabaseProvider.Sqlite, "Data Source=design-time.db");
        return new PartyMembersDbContext(builder.Options);
    }
}
