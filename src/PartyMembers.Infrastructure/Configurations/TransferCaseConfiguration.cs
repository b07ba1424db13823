using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartyMembers.Domain.Common;
using PartyMembers.Domain.Members;
using PartyMembers.Domain.Organisation;
using PartyMembers.Domain.Transfers;

namespace PartyMembers.Infrastructure.Configurations;

internal sealed class TransferCaseConfiguration : IEntityTypeConfiguration<TransferCase>
{
    public void Configure(EntityTypeBuilder<TransferCase> builder)
    {
        builder.ToTable("TransferCases");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.MemberName).HasMaxLength(MemberDetails.NameMaxLength).IsRequired();
        builder.Property(c => c.SearchName).HasMaxLength(Member.SearchKeyMaxLength).IsRequired();
        builder.Property(c => c.Destination).HasMaxLength(LegalBasis.IssuerMaxLength);
        builder.Property(c => c.CellComment).HasMaxLength(TransferCase.TextMaxLength).IsRequired();
        builder.Property(c => c.LateReason).HasMaxLength(TransferCase.TextMaxLength);
        builder.Property(c => c.GrassrootsComment).HasMaxLength(TransferCase.TextMaxLength);
        builder.Property(c => c.LetterIssuerName).HasMaxLength(LegalBasis.IssuerMaxLength);
        builder.Property(c => c.LetterNumber).HasMaxLength(LegalBasis.NumberMaxLength);
        builder.Property(c => c.LetterSigner).HasMaxLength(MemberDetails.NameMaxLength);
        builder.Property(c => c.AttachedDocuments).HasMaxLength(TransferLetter.TextMaxLength);
        builder.Property(c => c.ReceivingUpperCommittee).HasMaxLength(LegalBasis.IssuerMaxLength);
        builder.Property(c => c.ReceivingGrassroots).HasMaxLength(LegalBasis.IssuerMaxLength);
        builder.Property(c => c.SenderOrganisation).HasMaxLength(LegalBasis.IssuerMaxLength);
        builder.Property(c => c.NoticeNumber).HasMaxLength(LegalBasis.NumberMaxLength);
        builder.Property(c => c.FlagEvidence).HasMaxLength(TransferCase.TextMaxLength);
        builder.Property(c => c.ClosingReason).HasMaxLength(TransferCase.TextMaxLength);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.ComplexProperty(c => c.CausingDecision, b => LegalBasisMapping.Map(b, "CausingDecision"));
        builder.Ignore(c => c.IsClosed);

        builder.HasOne<Member>().WithMany().HasForeignKey(c => c.MemberId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<OrganisationUnit>().WithMany().HasForeignKey(c => c.FromUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<OrganisationUnit>().WithMany().HasForeignKey(c => c.ToUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(c => c.Steps).WithOne().HasForeignKey(s => s.CaseId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(nameof(TransferCase.Steps)).HasField("_steps");

        // Lists per sending or receiving cell by stage, the dashboards' due dates, the member's cases, and one letter
        // number per issuer and year.
        builder.HasIndex(c => new { c.FromUnitId, c.Stage, c.SearchName, c.Id });
        builder.HasIndex(c => new { c.ToUnitId, c.Stage, c.SearchName, c.Id });
        builder.HasIndex(c => new { c.Stage, c.StartDue });
        builder.HasIndex(c => new { c.Stage, c.PresentDue });
        builder.HasIndex(c => new { c.Stage, c.NonArrivalLimit });
        builder.HasIndex(c => c.MemberId);
        builder.HasIndex(c => new { c.LetterIssuerUnitId, c.LetterYear, c.LetterNumber }).IsUnique().HasFilter("LetterNumber IS NOT NULL");
    }
}

internal sealed class TransferStepConfiguration : IEntityTypeConfiguration<TransferStep>
{
    public void Configure(EntityTypeBuilder<TransferStep> builder)
    {
        builder.ToTable("TransferSteps");
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.Action).HasMaxLength(40).IsRequired();
        builder.Property(x => x.Reason).HasMaxLength(TransferCase.TextMaxLength);
        builder.Property(x => x.UserName).HasMaxLength(256).IsRequired();
        builder.HasIndex(x => new { x.CaseId, x.Sequence }).IsUnique();
    }
}

internal sealed class MemberHoldConfiguration : IEntityTypeConfiguration<MemberHold>
{
    public void Configure(EntityTypeBuilder<MemberHold> builder)
    {
        builder.ToTable("MemberHolds");
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.Reference).HasMaxLength(MemberHold.TextMaxLength).IsRequired();
        builder.Property(x => x.OpenedBy).HasMaxLength(256).IsRequired();
        builder.Property(x => x.ClosedBy).HasMaxLength(256);
        builder.Property(x => x.ClosingNote).HasMaxLength(MemberHold.TextMaxLength);
        builder.Property(x => x.Version).IsConcurrencyToken();
        builder.Ignore(x => x.IsOpen);
        builder.HasOne<Member>().WithMany().HasForeignKey(x => x.MemberId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(x => new { x.MemberId, x.ClosedOn });
    }
}
