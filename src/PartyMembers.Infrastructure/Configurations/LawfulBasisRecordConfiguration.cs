using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartyMembers.Domain.Privacy;

namespace PartyMembers.Infrastructure.Configurations;

internal sealed class LawfulBasisRecordConfiguration : IEntityTypeConfiguration<LawfulBasisRecord>
{
    public void Configure(EntityTypeBuilder<LawfulBasisRecord> builder)
    {
        builder.ToTable("LawfulBasisRecords");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Evidence).HasMaxLength(LawfulBasisRecord.EvidenceMaxLength).IsRequired();
        builder.Property(r => r.NoticeVersion).HasMaxLength(LawfulBasisRecord.NoticeVersionMaxLength).IsRequired();
        builder.Property(r => r.Note).HasMaxLength(LawfulBasisRecord.NoteMaxLength);
        builder.Property(r => r.RecordedByName).HasMaxLength(256).IsRequired();
        builder.HasOne<Domain.Members.Member>().WithMany().HasForeignKey(r => r.MemberId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.MemberId, r.EffectiveFrom, r.RecordedAtUtc });
    }
}
