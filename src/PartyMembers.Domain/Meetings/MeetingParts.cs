using PartyMembers.Domain.Accounts;
using PartyMembers.Domain.Common;
using PartyMembers.Domain.Members;

namespace PartyMembers.Domain.Meetings;

/// One member's line of a meeting's roll-call. The name is kept as it was, so the record reads the same later.
public sealed class MeetingAttendance : INeverDeleted
{
    public const int ReasonMaxLength = 300;

    private MeetingAttendance()
    {
        MemberName = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid MeetingId { get; private set; }

    public Guid MemberId { get; private set; }

    public string MemberName { get; private set; }

    public AttendanceStatus Status { get; private set; }

    public string? Reason { get; private set; }

    /// Temporarily active here from another cell: attends without a vote on the home cell's matters.
    public bool IsGuest { get; private set; }

    internal static MeetingAttendance Create(Guid meetingId, RosterMember member) => new()
    {
        Id = Ids.New(),
        MeetingId = meetingId,
        MemberId = member.MemberId,
        MemberName = member.Name,
        IsGuest = member.IsGuest,
    };

    internal void Set(AttendanceStatus status, string? reason)
    {
        Status = status;
        Reason = status == AttendanceStatus.AbsentWithReason ? reason : null;
    }
}

/// A document of the meeting (agenda, report, minutes, resolution), kept by the file store.
public sealed class MeetingDocument : INeverDeleted
{
    public const int TitleMaxLength = 200;
    public const int FileNameMaxLength = 150;

    private MeetingDocument()
    {
        Title = string.Empty;
        FileName = string.Empty;
        ContentType = string.Empty;
        Sha256 = string.Empty;
        StorageName = string.Empty;
        UploadedBy = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid MeetingId { get; private set; }

    public string Title { get; private set; }

    public string FileName { get; private set; }

    public string ContentType { get; private set; }

    public long SizeBytes { get; private set; }

    public string Sha256 { get; private set; }

    public string StorageName { get; private set; }

    public DateTime UploadedAtUtc { get; private set; }

    public string UploadedBy { get; private set; }

    internal static MeetingDocument Create(Guid meetingId, string title, Admission.StoredFileInfo file, ChangeStamp stamp) => new()
    {
        Id = Ids.New(),
        MeetingId = meetingId,
        Title = title,
        FileName = file.FileName.Length > FileNameMaxLength ? file.FileName[..FileNameMaxLength] : file.FileName,
        ContentType = file.ContentType,
        SizeBytes = file.SizeBytes,
        Sha256 = file.Sha256,
        StorageName = file.StorageName,
        UploadedAtUtc = stamp.AtUtc,
        UploadedBy = stamp.UserName,
    };
}

/// A line of a meeting's history: who changed what, when and why. <see cref="Summary"/> is a list of
/// "Key" or "Key=Value" tokens separated by ';' (changed fields, or attendance counts), translated for display.
public sealed class MeetingChange : INeverDeleted
{
    public const int ReasonMaxLength = 500;
    public const int SummaryMaxLength = 400;

    private MeetingChange()
    {
        UserName = string.Empty;
        Summary = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid MeetingId { get; private set; }

    public MeetingChangeKind Kind { get; private set; }

    public DateTime AtUtc { get; private set; }

    public Guid? UserId { get; private set; }

    public string UserName { get; private set; }

    public Role Role { get; private set; }

    public string Summary { get; private set; }

    public string? Reason { get; private set; }

    internal static MeetingChange Create(Guid meetingId, MeetingChangeKind kind, string summary, string? reason, ChangeStamp stamp) => new()
    {
        Id = Ids.New(),
        MeetingId = meetingId,
        Kind = kind,
        AtUtc = stamp.AtUtc,
        UserId = stamp.UserId,
        UserName = stamp.UserName,
        Role = stamp.ActingAs,
        Summary = summary.Length > SummaryMaxLength ? summary[..SummaryMaxLength] : summary,
        Reason = reason,
    };
}
