using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartyMembers.Infrastructure.Auditing;

namespace PartyMembers.Infrastructure.Configurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("AuditEntries");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedOnAdd();
        builder.Property(a => a.UserName).HasMaxLength(AuditEntry.UserNameMaxLength).IsRequired();
        builder.Property(a => a.Entity).HasMaxLength(AuditEntry.EntityMaxLength).IsUnicode(false).IsRequired();
        builder.Property(a => a.EntityKey).HasMaxLength(AuditEntry.KeyMaxLength).IsUnicode(false).IsRequired();
        builder.Property(a => a.Changes).IsRequired();
        builder.Property(a => a.Reason).HasMaxLength(AuditEntry.ReasonMaxLength);
        builder.Property(a => a.TraceId).HasMaxLength(64).IsUnicode(false);
        builder.Property(a => a.Hash).HasMaxLength(AuditEntry.HashLength).IsUnicode(false).IsRequired();
        builder.Property(a => a.Page).HasMaxLength(AuditEntry.PageMaxLength);

        // The chain (ADR 0015): one row per position, so two writers that forked it cannot both commit.
        builder.HasIndex(a => a.Sequence).IsUnique();
        builder.HasIndex(a => new { a.Entity, a.EntityKey, a.Id });
        builder.HasIndex(a => new { a.UserId, a.Sequence });
        builder.HasIndex(a => new { a.MemberId, a.Sequence });
        builder.HasIndex(a => new { a.UnitId, a.Sequence });
        builder.HasIndex(a => a.AtUtc);
    }
}
