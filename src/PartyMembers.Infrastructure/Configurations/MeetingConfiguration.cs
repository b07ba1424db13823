using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartyMembers.Domain.Meetings;
using PartyMembers.Domain.Members;
using PartyMembers.Domain.Organisation;

namespace PartyMembers.Infrastructure.Configurations;

internal sealed class MeetingConfiguration : IEntityTypeConfiguration<Meeting>
{
    public void Configure(EntityTypeBuilder<Meeting> builder)
    {
        builder.ToTable("Meetings");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.Chair).HasMaxLength(Meeting.NameMaxLength).IsRequired();
        builder.Property(m => m.MinuteTaker).HasMaxLength(Meeting.NameMaxLength).IsRequired();
        builder.Property(m => m.StudiedDocument).HasMaxLength(Meeting.StudiedDocumentMaxLength);
        builder.Property(m => m.Content).HasMaxLength(Meeting.TextMaxLength);
        builder.Property(m => m.Resolutions).HasMaxLength(Meeting.TextMaxLength);
        builder.Property(m => m.CancelReason).HasMaxLength(MeetingChange.ReasonMaxLength);
        builder.Property(m => m.RecordedBy).HasMaxLength(256).IsRequired();
        builder.Property(m => m.Version).IsConcurrencyToken();
        builder.HasOne<OrganisationUnit>().WithMany().HasForeignKey(m => m.UnitId).OnDelete(DeleteBehavior.Restrict);

        builder.HasMany(m => m.Attendance).WithOne().HasForeignKey(a => a.MeetingId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(m => m.Attendance).HasField("_attendance");
        builder.HasMany(m => m.Documents).WithOne().HasForeignKey(d => d.MeetingId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(m => m.Documents).HasField("_documents");
        builder.HasMany(m => m.History).WithOne().HasForeignKey(h => h.MeetingId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(m => m.History).HasField("_history");

        // A unit's meetings by date (lists, the monthly check, rates), and the kind filter.
        builder.HasIndex(m => new { m.UnitId, m.Date, m.Id });
        builder.HasIndex(m => new { m.UnitId, m.IsCancelled, m.Kind, m.Date });
    }
}

internal sealed class MeetingAttendanceConfiguration : IEntityTypeConfiguration<MeetingAttendance>
{
    public void Configure(EntityTypeBuilder<MeetingAttendance> builder)
    {
        builder.ToTable("MeetingAttendance");
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.MemberName).HasMaxLength(MemberDetails.NameMaxLength).IsRequired();
        builder.Property(x => x.Reason).HasMaxLength(MeetingAttendance.ReasonMaxLength);
        builder.HasOne<Member>().WithMany().HasForeignKey(x => x.MemberId).OnDelete(DeleteBehavior.Restrict);

        // One line per member and meeting; a member's attendance over a period is read by member.
        builder.HasIndex(x => new { x.MeetingId, x.MemberId }).IsUnique();
        builder.HasIndex(x => new { x.MemberId, x.Status });
    }
}

internal sealed class MeetingDocumentConfiguration : IEntityTypeConfiguration<MeetingDocument>
{
    public void Configure(EntityTypeBuilder<MeetingDocument> builder)
    {
        builder.ToTable("MeetingDocuments");
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.Title).HasMaxLength(MeetingDocument.TitleMaxLength).IsRequired();
        builder.Property(x => x.FileName).HasMaxLength(MeetingDocument.FileNameMaxLength).IsRequired();
        builder.Property(x => x.ContentType).HasMaxLength(100).IsUnicode(false).IsRequired();
        builder.Property(x => x.Sha256).HasMaxLength(64).IsUnicode(false).IsRequired();
        builder.Property(x => x.StorageName).HasMaxLength(100).IsUnicode(false).IsRequired();
        builder.Property(x => x.UploadedBy).HasMaxLength(256).IsRequired();
    }
}

internal sealed class MeetingChangeConfiguration : IEntityTypeConfiguration<MeetingChange>
{
    public void Configure(EntityTypeBuilder<MeetingChange> builder)
    {
        builder.ToTable("MeetingChanges");
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.UserName).HasMaxLength(256).IsRequired();
        builder.Property(x => x.Summary).HasMaxLength(MeetingChange.SummaryMaxLength).IsRequired();
        builder.Property(x => x.Reason).HasMaxLength(MeetingChange.ReasonMaxLength);
    }
}
