namespace PartyMembers.Domain.Members;

public enum Sex
{
    Male,
    Female,
}

/// Đảng viên dự bị / chính thức.
public enum MembershipType
{
    Probationary,
    Official,
}

/// Where the member stands in the organisation's activity. Changes only through <see cref="MemberTransitions"/>.
public enum ActivityStatus
{
    /// Đang sinh hoạt: active in the home cell.
    Active,

    /// Sinh hoạt tạm thời nơi khác: away on a temporary transfer, still counted at home.
    TemporarilyAway,

    /// Miễn công tác và sinh hoạt đảng.
    Exempt,

    /// Tạm miễn sinh hoạt (mobile or far-away work, under 12 months).
    TemporarilyExempt,

    /// Đình chỉ sinh hoạt đảng.
    Suspended,

    /// Official transfer letter issued, not yet received elsewhere; no longer counted here.
    TransferringOut,

    /// Official transfer completed: the member belongs to another organisation.
    TransferredOut,

    /// Ra khỏi Đảng, with its <see cref="ExitForm"/>.
    Left,

    /// Từ trần.
    Deceased,
}

/// The legal form by which a member left the Party.
public enum ExitForm
{
    /// Xóa tên khỏi danh sách đảng viên.
    RemovedFromList,

    /// Khai trừ (discipline).
    Expelled,

    /// Xin ra khỏi Đảng / cho ra khỏi Đảng.
    LeftAtOwnRequest,

    /// Hủy quyết định kết nạp: "không được công nhận là đảng viên".
    AdmissionCancelled,
}

/// Trình độ lý luận chính trị.
public enum PoliticalTheoryLevel
{
    None,
    Elementary,
    Intermediate,
    Advanced,
    Bachelor,
}

/// Dated membership events. Each keeps the member's state after it, so that any statistic can be computed as of a
/// past date from the events alone.
public enum MemberEventKind
{
    Admitted,
    TransferredIn,
    Recognised,
    InternalTransfer,
    TemporaryTransferStarted,
    TemporaryTransferEnded,
    Exempted,
    ExemptionEnded,
    TemporarilyExempted,
    TemporaryExemptionEnded,
    Suspended,
    SuspensionLifted,
    TransferOutStarted,
    TransferOutCancelled,
    TransferredOut,
    Left,
    Died,
    Reinstated,
}
