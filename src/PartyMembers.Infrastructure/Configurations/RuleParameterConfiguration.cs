using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartyMembers.Domain.Rules;

namespace PartyMembers.Infrastructure.Configurations;

internal sealed class RuleParameterConfiguration : IEntityTypeConfiguration<RuleParameter>
{
    public void Configure(EntityTypeBuilder<RuleParameter> builder)
    {
        builder.ToTable("RuleParameters");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Key).HasMaxLength(RuleParameter.KeyMaxLength).IsUnicode(false).IsRequired();
        builder.Property(p => p.Value).HasMaxLength(RuleParameter.ValueMaxLength).IsRequired();
        builder.Property(p => p.Source).HasMaxLength(RuleParameter.SourceMaxLength).IsRequired();
        builder.Property(p => p.Note).HasMaxLength(RuleParameter.NoteMaxLength);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.HasIndex(p => new { p.Key, p.ValidFrom }).IsUnique();
    }
}
