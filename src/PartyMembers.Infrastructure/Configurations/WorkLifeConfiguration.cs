using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartyMembers.Domain.Common;
using PartyMembers.Domain.Members;
using PartyMembers.Domain.Organisation;
using PartyMembers.Domain.WorkLife;

namespace PartyMembers.Infrastructure.Configurations;

internal sealed class WorkAssignmentConfiguration : IEntityTypeConfiguration<WorkAssignment>
{
    public void Configure(EntityTypeBuilder<WorkAssignment> builder)
    {
        builder.ToTable("WorkAssignments");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.Tasks).HasMaxLength(WorkAssignment.TasksMaxLength).IsRequired();
        builder.Property(x => x.FollowUpName).HasMaxLength(WorkAssignment.NameMaxLength).IsRequired();
        builder.Property(x => x.OutcomeComment).HasMaxLength(WorkAssignment.CommentMaxLength);
        builder.Property(x => x.Version).IsConcurrencyToken();
        builder.ComplexProperty(x => x.Resolution, b => LegalBasisMapping.Map(b, "Resolution"));
        builder.HasOne<Member>().WithMany().HasForeignKey(x => x.MemberId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Member>().WithMany().HasForeignKey(x => x.FollowUpMemberId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<OrganisationUnit>().WithMany().HasForeignKey(x => x.CellId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(x => x.Changes).WithOne().HasForeignKey(x => x.AssignmentId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(x => x.Changes).HasField("_changes");

        // One assignment per member and year; the "without an assignment" report probes it with NOT EXISTS.
        builder.HasIndex(x => new { x.MemberId, x.Year }).IsUnique();
        builder.HasIndex(x => new { x.CellId, x.Year });
    }
}

internal sealed class WorkAssignmentChangeConfiguration : IEntityTypeConfiguration<WorkAssignmentChange>
{
    public void Configure(EntityTypeBuilder<WorkAssignmentChange> builder)
    {
        builder.ToTable("WorkAssignmentChanges");
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.Tasks).HasMaxLength(WorkAssignment.TasksMaxLength).IsRequired();
        builder.Property(x => x.FollowUpName).HasMaxLength(WorkAssignment.NameMaxLength).IsRequired();
        builder.Property(x => x.Reason).HasMaxLength(WorkAssignment.CommentMaxLength);
        builder.Property(x => x.UserName).HasMaxLength(256).IsRequired();
        builder.HasIndex(x => new { x.AssignmentId, x.Sequence }).IsUnique();
    }
}

internal sealed class ExemptionCaseConfiguration : IEntityTypeConfiguration<ExemptionCase>
{
    public void Configure(EntityTypeBuilder<ExemptionCase> builder)
    {
        builder.ToTable("ExemptionCases");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.Details).HasMaxLength(ExemptionCase.TextMaxLength);
        builder.Property(x => x.ClosingReason).HasMaxLength(ExemptionCase.TextMaxLength);
        builder.Property(x => x.Version).IsConcurrencyToken();
        builder.ComplexProperty(x => x.CellResolution, b => LegalBasisMapping.Map(b, "CellResolution"));
        builder.ComplexProperty(x => x.Decision, b => LegalBasisMapping.Map(b, "Decision"));
        builder.Ignore(x => x.Decider);
        builder.Ignore(x => x.IsOpen);
        builder.HasOne<Member>().WithMany().HasForeignKey(x => x.MemberId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<OrganisationUnit>().WithMany().HasForeignKey(x => x.CellId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(x => x.Steps).WithOne().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(x => x.Steps).HasField("_steps");

        // Lists per cell by state; dashboards by state and end of period; "does this member have an open case?".
        builder.HasIndex(x => new { x.CellId, x.State, x.Id });
        builder.HasIndex(x => new { x.State, x.PeriodTo });
        builder.HasIndex(x => new { x.MemberId, x.State });
    }
}

internal sealed class ExemptionStepConfiguration : IEntityTypeConfiguration<ExemptionStep>
{
    public void Configure(EntityTypeBuilder<ExemptionStep> builder)
    {
        builder.ToTable("ExemptionSteps");
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.Action).HasMaxLength(40).IsUnicode(false).IsRequired();
        builder.Property(x => x.Basis).HasMaxLength(LegalBasis.NumberMaxLength + LegalBasis.IssuerMaxLength + 30);
        builder.Property(x => x.Reason).HasMaxLength(ExemptionCase.TextMaxLength);
        builder.Property(x => x.UserName).HasMaxLength(256).IsRequired();
        builder.HasIndex(x => new { x.CaseId, x.Sequence }).IsUnique();
    }
}

internal sealed class StudyRecordConfiguration : IEntityTypeConfiguration<StudyRecord>
{
    public void Configure(EntityTypeBuilder<StudyRecord> builder)
    {
        builder.ToTable("StudyRecords");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.Version).IsConcurrencyToken();
        builder.HasOne<Member>().WithMany().HasForeignKey(x => x.MemberId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(x => x.MemberId).IsUnique();
        builder.HasMany(x => x.Levels).WithOne().HasForeignKey(x => x.RecordId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(x => x.Levels).HasField("_levels");
        builder.HasMany(x => x.Courses).WithOne().HasForeignKey(x => x.RecordId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(x => x.Courses).HasField("_courses");
    }
}

internal sealed class TheoryLevelEntryConfiguration : IEntityTypeConfiguration<TheoryLevelEntry>
{
    public void Configure(EntityTypeBuilder<TheoryLevelEntry> builder)
    {
        builder.ToTable("StudyTheoryLevels");
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.CertificateNumber).HasMaxLength(StudyRecord.NumberMaxLength);
        builder.Property(x => x.Institution).HasMaxLength(StudyRecord.TextMaxLength).IsRequired();
        builder.Property(x => x.RecordedBy).HasMaxLength(256).IsRequired();
        builder.HasIndex(x => new { x.RecordId, x.Sequence }).IsUnique();
    }
}

internal sealed class StudyCourseConfiguration : IEntityTypeConfiguration<StudyCourse>
{
    public void Configure(EntityTypeBuilder<StudyCourse> builder)
    {
        builder.ToTable("StudyCourses");
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.Name).HasMaxLength(StudyRecord.TextMaxLength).IsRequired();
        builder.Property(x => x.Institution).HasMaxLength(StudyRecord.TextMaxLength).IsRequired();
        builder.Property(x => x.Result).HasMaxLength(StudyRecord.TextMaxLength);
        builder.Property(x => x.CertificateNumber).HasMaxLength(StudyRecord.NumberMaxLength);
        builder.Property(x => x.RecordedBy).HasMaxLength(256).IsRequired();
        builder.HasIndex(x => new { x.RecordId, x.Sequence }).IsUnique();
    }
}
