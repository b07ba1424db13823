using Microsoft.EntityFrameworkCore;
using PartyMembers.Domain.Members;

namespace PartyMembers.Infrastructure.Persistence;

/// The few places where the two providers need different mappings.
internal static class ProviderConventions
{
    public const string SqliteProvider = "Microsoft.EntityFrameworkCore.Sqlite";

    public static void Apply(ModelBuilder builder, string? providerName)
    {
        if (providerName == SqliteProvider)
        {
            // SQLite uses an index for LIKE 'prefix%' only when the column's collation is NOCASE; the keys are lower
            // case already, so nothing else changes.
            var member = builder.Entity<Member>();
            member.Property(m => m.SearchName).UseCollation("NOCASE");
            member.Property(m => m.SearchGivenName).UseCollation("NOCASE");
            member.Property(m => m.NameKey).UseCollation("NOCASE");
            member.Property(m => m.GivenNameKey).UseCollation("NOCASE");
        }
    }
}
