namespace PartyMembers.Domain.Meetings;

/// Kinds of party meeting (HD 42-HD/BTCTW 2025; Điều lệ Art 24(2)).
public enum MeetingKind
{
    /// Sinh hoạt thường kỳ: monthly.
    Regular,

    /// Sinh hoạt chuyên đề: at least once a quarter; does not replace the monthly meeting.
    Thematic,

    /// Thường kỳ kết hợp chuyên đề in one session: counts as both, and needs the longer minimum duration.
    RegularAndThematic,

    /// Sinh hoạt bất thường (extraordinary).
    Extraordinary,

    /// Học tập, quán triệt nghị quyết: a study session of a resolution or document, for a cell or a whole grassroots
    /// organisation.
    ResolutionStudy,
}

/// A member's attendance at a meeting, as the roll-call records it.
public enum AttendanceStatus
{
    Present,

    /// Vắng có lý do: a reason is required.
    AbsentWithReason,

    /// Vắng không lý do: counts towards the screening ground "missing meetings without reason".
    AbsentWithoutReason,

    /// Miễn sinh hoạt: not expected to attend.
    Exempt,

    /// Sinh hoạt tạm thời nơi khác: attends at the host cell, not expected here.
    AwayOnTransfer,
}

/// What happened to a meeting record, for its history.
public enum MeetingChangeKind
{
    Recorded,
    Edited,
    AttendanceRecorded,
    DocumentAdded,
    Cancelled,
}
