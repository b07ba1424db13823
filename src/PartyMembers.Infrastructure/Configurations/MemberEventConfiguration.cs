using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartyMembers.Domain.Members;

namespace PartyMembers.Infrastructure.Configurations;

internal sealed class MemberEventConfiguration : IEntityTypeConfiguration<MemberEvent>
{
    public void Configure(EntityTypeBuilder<MemberEvent> builder)
    {
        builder.ToTable("MemberEvents");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Reason).HasMaxLength(StatusChange.ReasonMaxLength);
        builder.Property(e => e.RecordedByName).HasMaxLength(256).IsRequired();
        builder.ComplexProperty(e => e.Basis, b => LegalBasisMapping.Map(b, "Basis"));
        builder.HasIndex(e => new { e.MemberId, e.Sequence }).IsUnique();

        // "Is there a later event up to the date?" and "was the member official by then?" look a member's events up by
        // date; the index carries kind and type so that neither reads the table.
        builder.HasIndex(e => new { e.MemberId, e.EffectiveDate, e.Sequence, e.Kind, e.Type });

        // "State as of a date" reads the latest event per member up to the date; this index covers it.
        builder.HasIndex(e => new { e.EffectiveDate, e.MemberId, e.Sequence, e.UnitId, e.Type, e.Status, e.Kind });
    }
}
