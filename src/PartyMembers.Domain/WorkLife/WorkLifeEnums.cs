namespace PartyMembers.Domain.WorkLife;

/// How the member carried out the year's assignment, recorded at year end as a basis for the rating (HD38 §IV.2).
public enum AssignmentOutcome
{
    Completed,
    PartlyCompleted,
    NotCompleted,
}

/// What a line of an assignment's history records.
public enum AssignmentAction
{
    Assigned,
    Adjusted,
    ResultRecorded,
}

/// Why a member asks to be exempted from work and party activity (HD38 §IV.1). Age and health are decided by the cell
/// (Q294 §7.1); the others, by analogy, by the grassroots committee (HD38 §IV.1.2).
public enum ExemptionReason
{
    Age,
    Health,

    /// Long or distant medical treatment.
    LongTreatment,

    /// Alone abroad for private reasons.
    AbroadPrivate,

    /// Working alone in a remote area without a party organisation.
    RemoteWithoutOrganisation,

    /// Mobile work under a year, unstable jobs or places without a party organisation.
    MobileWork,

    /// A civil servant on leave waiting for retirement.
    AwaitingRetirement,

    /// A woman on maternity leave.
    Maternity,

    Other,
}

/// Where an exemption case stands.
public enum ExemptionState
{
    Applied,
    CellResolved,
    Decided,
    Refused,
    Returned,
    Withdrawn,
}

/// What moves an exemption case.
public enum ExemptionTrigger
{
    CellResolve,
    Decide,
    Refuse,
    Return,
    Withdraw,
}

/// Kinds of course in a member's study record.
public enum CourseKind
{
    /// Bồi dưỡng lý luận chính trị cho đảng viên mới (HD06 §4.1).
    NewMemberCourse,

    /// A political theory programme (sơ cấp, trung cấp, cao cấp, cử nhân).
    PoliticalTheory,

    /// Bồi dưỡng, cập nhật kiến thức (refresher for party members or committee members).
    Refresher,

    /// State management (quản lý nhà nước).
    StateManagement,

    Professional,

    Other,
}

/// How a political theory programme was followed.
public enum StudyMode
{
    FullTime,
    PartTime,
}
