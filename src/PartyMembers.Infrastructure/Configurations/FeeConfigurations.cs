using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartyMembers.Domain.Fees;

namespace PartyMembers.Infrastructure.Configurations;

internal sealed class FeeBasisConfiguration : IEntityTypeConfiguration<FeeBasis>
{
    public void Configure(EntityTypeBuilder<FeeBasis> builder)
    {
        builder.ToTable("FeeBases");
        builder.HasKey(b => b.Id);
        builder.Property(b => b.Id).ValueGeneratedNever();
        builder.Property(b => b.Note).HasMaxLength(FeeBasis.NoteMaxLength);
        builder.Property(b => b.RecordedByName).HasMaxLength(256).IsRequired();
        builder.HasIndex(b => new { b.MemberId, b.ValidFrom, b.RecordedAtUtc });
    }
}

internal sealed class FeeReliefConfiguration : IEntityTypeConfiguration<FeeRelief>
{
    public void Configure(EntityTypeBuilder<FeeRelief> builder)
    {
        builder.ToTable("FeeReliefs");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Reason).HasMaxLength(FeeRelief.ReasonMaxLength).IsRequired();
        builder.Property(r => r.EndReason).HasMaxLength(FeeRelief.ReasonMaxLength);
        builder.Property(r => r.RecordedByName).HasMaxLength(256).IsRequired();
        builder.Property(r => r.EndedByName).HasMaxLength(256);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.Ignore(r => r.LastMonth);
        builder.HasIndex(r => new { r.MemberId, r.FromMonth });
    }
}

internal sealed class FeePaymentConfiguration : IEntityTypeConfiguration<FeePayment>
{
    public void Configure(EntityTypeBuilder<FeePayment> builder)
    {
        builder.ToTable("FeePayments");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.RuleApplied).HasMaxLength(300).IsRequired();
        builder.Property(p => p.RecordedByName).HasMaxLength(256).IsRequired();
        builder.Property(p => p.VoidedByName).HasMaxLength(256);
        builder.Property(p => p.VoidReason).HasMaxLength(FeePayment.ReasonMaxLength);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.Ignore(p => p.IsVoided);

        // One standing payment per member and month (VoidSequence 0); voided ones move to 1, 2...
        builder.HasIndex(p => new { p.MemberId, p.Month, p.VoidSequence }).IsUnique();

        // A cell's payments of a month (collection sheet) and of a year (arrears), without reading the table.
        builder.HasIndex(p => new { p.UnitId, p.Month, p.VoidSequence, p.MemberId });
    }
}
