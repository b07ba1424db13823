using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartyMembers.Domain.Admission;
using PartyMembers.Domain.Common;
using PartyMembers.Domain.Members;
using PartyMembers.Domain.Organisation;

namespace PartyMembers.Infrastructure.Configurations;

internal sealed class AdmissionCaseConfiguration : IEntityTypeConfiguration<AdmissionCase>
{
    public void Configure(EntityTypeBuilder<AdmissionCase> builder)
    {
        builder.ToTable("AdmissionCases");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.FullName).HasMaxLength(CandidateDetails.NameMaxLength).IsRequired();
        builder.Property(c => c.PersonalIdNumber).HasMaxLength(PersonalIdNumber.Length).IsUnicode(false).IsRequired();
        builder.Property(c => c.Occupation).HasMaxLength(MemberDetails.ShortTextMaxLength);
        builder.Property(c => c.Residence).HasMaxLength(MemberDetails.PlaceMaxLength);
        builder.Property(c => c.EducationException).HasMaxLength(CandidateDetails.TextMaxLength);
        builder.Property(c => c.SourceDetails).HasMaxLength(CandidateDetails.TextMaxLength);
        builder.Property(c => c.SympathiserResolution).HasMaxLength(LegalBasis.NumberMaxLength);
        builder.Property(c => c.HelperName).HasMaxLength(CandidateDetails.NameMaxLength);
        builder.Property(c => c.TestTasks).HasMaxLength(AdmissionCase.TextMaxLength);
        builder.Property(c => c.NewMemberCourseCertificate).HasMaxLength(LegalBasis.NumberMaxLength);
        builder.Property(c => c.NewMemberCourseIssuer).HasMaxLength(LegalBasis.IssuerMaxLength);
        builder.Property(c => c.ClosingReason).HasMaxLength(AdmissionCase.TextMaxLength);
        builder.Property(c => c.SearchName).HasMaxLength(Member.SearchKeyMaxLength).IsRequired();
        builder.Property(c => c.NameKey).HasMaxLength(Member.SearchKeyMaxLength).IsRequired();
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.ComplexProperty(c => c.Over60Approval, b => LegalBasisMapping.Map(b, "Over60Approval"));
        builder.ComplexProperty(c => c.DossierPermission, b => LegalBasisMapping.Map(b, "DossierPermission"));
        builder.ComplexProperty(c => c.LateCeremonyApproval, b => LegalBasisMapping.Map(b, "LateCeremonyApproval"));
        builder.Ignore(c => c.IsClosed);
        builder.Ignore(c => c.IsRecognitionPhase);
        builder.Ignore(c => c.AdmissionDecision);
        builder.Ignore(c => c.RecognitionDecision);
        builder.Ignore(c => c.Certificate);
        builder.Ignore(c => c.DueFacts);

        builder.HasOne<OrganisationUnit>().WithMany().HasForeignKey(c => c.CellId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Member>().WithMany().HasForeignKey(c => c.MemberId).OnDelete(DeleteBehavior.Restrict);

        Children(builder.HasMany(c => c.Courses).WithOne().HasForeignKey(x => x.CaseId), builder, nameof(AdmissionCase.Courses), "_courses");
        Children(builder.HasMany(c => c.Documents).WithOne().HasForeignKey(x => x.CaseId), builder, nameof(AdmissionCase.Documents), "_documents");
        Children(builder.HasMany(c => c.Attachments).WithOne().HasForeignKey(x => x.CaseId), builder, nameof(AdmissionCase.Attachments), "_attachments");
        Children(builder.HasMany(c => c.Introducers).WithOne().HasForeignKey(x => x.CaseId), builder, nameof(AdmissionCase.Introducers), "_introducers");
        Children(builder.HasMany(c => c.Verifications).WithOne().HasForeignKey(x => x.CaseId), builder, nameof(AdmissionCase.Verifications), "_verifications");
        Children(builder.HasMany(c => c.Votes).WithOne().HasForeignKey(x => x.CaseId), builder, nameof(AdmissionCase.Votes), "_votes");
        Children(builder.HasMany(c => c.Appraisals).WithOne().HasForeignKey(x => x.CaseId), builder, nameof(AdmissionCase.Appraisals), "_appraisals");
        Children(builder.HasMany(c => c.Decisions).WithOne().HasForeignKey(x => x.CaseId), builder, nameof(AdmissionCase.Decisions), "_decisions");
        Children(builder.HasMany(c => c.Steps).WithOne().HasForeignKey(x => x.CaseId), builder, nameof(AdmissionCase.Steps), "_steps");

        // Lists per cell by stage, the search by name, and "is this person already in a case?".
        builder.HasIndex(c => new { c.CellId, c.Stage, c.SearchName, c.Id });
        builder.HasIndex(c => new { c.Stage, c.CellId });
        builder.HasIndex(c => new { c.SearchName, c.Id });
        builder.HasIndex(c => c.PersonalIdNumber);
        builder.HasIndex(c => c.MemberId);
    }

    private static void Children<T>(ReferenceCollectionBuilder<AdmissionCase, T> relation, EntityTypeBuilder<AdmissionCase> builder, string navigation, string field)
        where T : class
    {
        relation.OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(navigation).HasField(field);
    }
}

internal sealed class AwarenessCourseConfiguration : IEntityTypeConfiguration<AwarenessCourse>
{
    public void Configure(EntityTypeBuilder<AwarenessCourse> builder)
    {
        builder.ToTable("AdmissionCourses");
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.ClassName).HasMaxLength(AwarenessCourse.TextMaxLength).IsRequired();
        builder.Property(x => x.Score).HasPrecision(4, 2);
        builder.Property(x => x.CertificateNumber).HasMaxLength(LegalBasis.NumberMaxLength);
        builder.Property(x => x.CertificateIssuer).HasMaxLength(LegalBasis.IssuerMaxLength);
        builder.Ignore(x => x.HasCertificate);
    }
}

internal sealed class DossierDocumentConfiguration : IEntityTypeConfiguration<DossierDocument>
{
    public void Configure(EntityTypeBuilder<DossierDocument> builder)
    {
        builder.ToTable("AdmissionDocuments");
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.Note).HasMaxLength(DossierDocument.NoteMaxLength);
    }
}

internal sealed class DossierAttachmentConfiguration : IEntityTypeConfiguration<DossierAttachment>
{
    public void Configure(EntityTypeBuilder<DossierAttachment> builder)
    {
        builder.ToTable("AdmissionAttachments");
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.FileName).HasMaxLength(DossierAttachment.FileNameMaxLength).IsRequired();
        builder.Property(x => x.ContentType).HasMaxLength(100).IsUnicode(false).IsRequired();
        builder.Property(x => x.Sha256).HasMaxLength(64).IsUnicode(false).IsRequired();
        builder.Property(x => x.StorageName).HasMaxLength(100).IsUnicode(false).IsRequired();
        builder.Property(x => x.UploadedBy).HasMaxLength(256).IsRequired();
        builder.HasOne<DossierDocument>().WithMany().HasForeignKey(x => x.DocumentId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class CaseIntroducerConfiguration : IEntityTypeConfiguration<CaseIntroducer>
{
    public void Configure(EntityTypeBuilder<CaseIntroducer> builder)
    {
        builder.ToTable("AdmissionIntroducers");
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.MemberName).HasMaxLength(CandidateDetails.NameMaxLength).IsRequired();
        builder.HasOne<Member>().WithMany().HasForeignKey(x => x.MemberId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class VerificationRequestConfiguration : IEntityTypeConfiguration<VerificationRequest>
{
    public void Configure(EntityTypeBuilder<VerificationRequest> builder)
    {
        builder.ToTable("AdmissionVerifications");
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.PersonName).HasMaxLength(CandidateDetails.NameMaxLength).IsRequired();
        builder.Property(x => x.SentTo).HasMaxLength(VerificationRequest.TextMaxLength);
        builder.Property(x => x.Conclusion).HasMaxLength(AdmissionCase.TextMaxLength);
        builder.Property(x => x.ExemptionReason).HasMaxLength(VerificationRequest.TextMaxLength);
        builder.Ignore(x => x.IsSettled);

        // Dashboards look for unanswered requests by due date.
        builder.HasIndex(x => new { x.DueOn, x.RepliedOn });
    }
}

internal sealed class CaseVoteConfiguration : IEntityTypeConfiguration<CaseVote>
{
    public void Configure(EntityTypeBuilder<CaseVote> builder)
    {
        builder.ToTable("AdmissionVotes");
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.ResolutionNumber).HasMaxLength(LegalBasis.NumberMaxLength);
        builder.Property(x => x.RuleSource).HasMaxLength(300).IsRequired();
        builder.Property(x => x.Note).HasMaxLength(CaseVote.TextMaxLength);
        builder.Property(x => x.RecordedBy).HasMaxLength(256).IsRequired();
        builder.HasMany(x => x.Exclusions).WithOne().HasForeignKey(x => x.VoteId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(x => x.Exclusions).HasField("_exclusions");
    }
}

internal sealed class CaseVoteExclusionConfiguration : IEntityTypeConfiguration<CaseVoteExclusion>
{
    public void Configure(EntityTypeBuilder<CaseVoteExclusion> builder)
    {
        builder.ToTable("AdmissionVoteExclusions");
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.Name).HasMaxLength(VoteExclusionEntry.NameMaxLength).IsRequired();
    }
}

internal sealed class CaseAppraisalConfiguration : IEntityTypeConfiguration<CaseAppraisal>
{
    public void Configure(EntityTypeBuilder<CaseAppraisal> builder)
    {
        builder.ToTable("AdmissionAppraisals");
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.Conclusion).HasMaxLength(CaseAppraisal.TextMaxLength).IsRequired();
        builder.Property(x => x.RecordedBy).HasMaxLength(256).IsRequired();
    }
}

internal sealed class CaseDecisionConfiguration : IEntityTypeConfiguration<CaseDecision>
{
    public void Configure(EntityTypeBuilder<CaseDecision> builder)
    {
        builder.ToTable("AdmissionDecisions");
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.IssuerName).HasMaxLength(LegalBasis.IssuerMaxLength).IsRequired();
        builder.Property(x => x.Number).HasMaxLength(LegalBasis.NumberMaxLength).IsRequired();
        builder.Property(x => x.Signer).HasMaxLength(CaseDecision.TextMaxLength).IsRequired();
        builder.Property(x => x.ExtensionReason).HasMaxLength(CaseVote.TextMaxLength);
        builder.HasOne<OrganisationUnit>().WithMany().HasForeignKey(x => x.IssuerUnitId).OnDelete(DeleteBehavior.Restrict);

        // A decision number is used once per issuer and year.
        builder.HasIndex(x => new { x.IssuerUnitId, x.Year, x.Number }).IsUnique();
    }
}

internal sealed class AdmissionStepConfiguration : IEntityTypeConfiguration<AdmissionStep>
{
    public void Configure(EntityTypeBuilder<AdmissionStep> builder)
    {
        builder.ToTable("AdmissionSteps");
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.Action).HasMaxLength(80).IsUnicode(false).IsRequired();
        builder.Property(x => x.Reason).HasMaxLength(CaseVote.TextMaxLength);
        builder.Property(x => x.UserName).HasMaxLength(256).IsRequired();
        builder.HasIndex(x => new { x.CaseId, x.Sequence }).IsUnique();
    }
}
