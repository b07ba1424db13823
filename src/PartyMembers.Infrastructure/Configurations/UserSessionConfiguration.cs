using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartyMembers.Infrastructure.Identity;

namespace PartyMembers.Infrastructure.Configurations;

internal sealed class UserSessionConfiguration : IEntityTypeConfiguration<UserSession>
{
    public void Configure(EntityTypeBuilder<UserSession> builder)
    {
        builder.ToTable("UserSessions");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.KeyHash).HasMaxLength(32);
        builder.Property(s => s.SecurityStamp).HasMaxLength(UserSession.SecurityStampMaxLength).IsRequired();
        builder.Property(s => s.ClientNetwork).HasMaxLength(UserSession.ClientNetworkMaxLength).IsUnicode(false);
        builder.Property(s => s.UserAgent).HasMaxLength(UserSession.UserAgentMaxLength);

        // The per-request lookup: one row by its key (ended rows have none, so they never match).
        builder.HasIndex(s => s.KeyHash).IsUnique();
        builder.HasIndex(s => new { s.UserId, s.EndedAtUtc });
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Restrict);
    }
}
