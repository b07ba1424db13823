namespace PartyMembers.Domain.Transfers;

/// The kind of a transfer of party activity (docs/domain/transfers.md), which decides the letter and the path.
public enum TransferKind
{
    /// Official transfer out of the upper committee ("cắt đảng số"): 10-box letter and two notices (HD38 §II.4).
    OfficialOut,

    /// Official transfer between grassroots organisations or cells of the same upper committee: 7-box letter.
    Internal,

    /// Temporary transfer ("không cắt đảng số"): 8-box letter; the member stays counted at home (Q294 §6.3.2).
    Temporary,

    /// A member coming from outside the upper committee on a notice and a letter; the receiving cell accepts.
    Incoming,
}

/// Where a transfer case stands.
public enum TransferStage
{
    /// The cell asked for the transfer, with the cell's comment.
    Requested,

    /// The grassroots committee commented on the member's self-review and sealed the file.
    Commented,

    /// The organisation board issued the letter (and, going out, the two notices); the member must present it.
    LetterIssued,

    /// Temporary transfer under way: the member is active at the host cell.
    Away,

    /// The member came back from a temporary transfer. Closed.
    Returned,

    /// Transfer done: accepted by the receiving cell, or presented at the destination. Closed.
    Completed,

    /// A notice of an incoming member was received; the member's file has not arrived yet.
    NoticeReceived,

    /// More than three months after the notice without the file: proposed for removal for leaving party activity
    /// without permission (HD38 §II.4.3.1d). The removal itself is decided elsewhere; the member may still arrive.
    FlaggedForRemoval,

    /// Stopped, with the reason. Closed.
    Cancelled,
}

/// What moves a case from one stage to another.
public enum TransferTrigger
{
    Comment,
    IssueLetter,
    ConfirmArrival,
    Accept,
    Extend,
    Return,
    FlagNonArrival,
    Cancel,
}

/// Why the member moves: the decision that causes an official transfer (job, retirement, residence...) or the reason
/// for a temporary one (Q294 §6.3.1a, §6.3.2a).
public enum TransferReason
{
    JobChange,
    Retirement,
    Residence,
    Secondment,
    Study,
    Other,
}

/// Something open against a member that bars an official transfer (Q294 §6.3.1đ).
public enum HoldKind
{
    /// Under inspection or audit (kiểm tra, giám sát).
    Inspection,

    /// A complaint or denunciation being handled (khiếu nại, tố cáo).
    Complaint,
}
