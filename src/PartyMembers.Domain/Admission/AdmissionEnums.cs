namespace PartyMembers.Domain.Admission;

/// Where an admission case stands (docs/domain/admission.md). The case follows a person from the register of outstanding
/// people (quần chúng ưu tú) to official membership, or to one of the closing stages.
public enum AdmissionStage
{
    /// Quần chúng ưu tú: introduced by a mass organisation or a member, on the cell's register.
    Candidate,

    /// Cảm tình Đảng: recognised by a cell resolution; a member is assigned to help and test tasks are given.
    Sympathiser,

    /// The grassroots committee allowed the admission procedure to start.
    DossierPermitted,

    /// The dossier is being assembled: application, résumé 2-KNĐ, introducers, verification.
    DossierOpen,

    /// The cell resolved to propose admission (≥ 2/3).
    CellResolved,

    /// The sub-committee (đảng ủy bộ phận) appraised the cell resolution and forwarded it.
    SubCommitteeAppraised,

    /// The grassroots committee resolved to propose admission (≥ 2/3).
    GrassrootsResolved,

    /// The organisation board appraised the dossier and forwarded it to the standing committee.
    Appraised,

    /// Three votes failed at a lower level: the competent committee decides (Q294 §4.2.3).
    Escalated,

    /// The competent committee decided to admit; the ceremony is due.
    Decided,

    /// The competent committee voted not to admit. Closed.
    NotAdmitted,

    /// The ceremony was held: the person is a probationary member.
    Probation,

    /// The cell resolved on recognition (or on removal of the probationer's name).
    RecognitionCellResolved,

    RecognitionSubCommitteeAppraised,

    RecognitionGrassrootsResolved,

    RecognitionAppraised,

    RecognitionEscalated,

    /// Recognised as an official member. Closed.
    Recognised,

    /// The probationer's name was removed from the list (xóa tên). Closed.
    RemovedFromList,

    /// The case was withdrawn before the ceremony (moved away, no longer pursued). Closed.
    Withdrawn,
}

/// What moves a case from one stage to the next; each is a page of its own.
public enum AdmissionTrigger
{
    RecogniseSympathiser,
    PermitDossier,
    OpenDossier,
    CellVote,
    SubCommitteeAppraisal,
    GrassrootsVote,
    BoardAppraisal,
    Decide,
    HoldCeremony,
    RecognitionCellVote,
    RecognitionSubCommitteeAppraisal,
    RecognitionGrassrootsVote,
    RecognitionBoardAppraisal,
    RecognitionDecide,
    Withdraw,
}

/// The half of the process a vote, appraisal or decision belongs to.
public enum AdmissionPhase
{
    Admission,
    Recognition,
}

/// Who introduced the person to the cell's register.
public enum CandidateSource
{
    YouthUnion,
    TradeUnion,
    OtherAssociation,
    PartyMember,
}

/// General education as the criteria need it (Q294 §1.2): lower-secondary or higher, or an exception with its basis.
public enum EducationLevel
{
    BelowLowerSecondary,
    LowerSecondary,
    UpperSecondary,
    College,
    University,
    Postgraduate,
}

/// How the person must be introduced (Charter Art. 4; Q294 §3.1; HNHD §2.5).
public enum IntroductionKind
{
    /// Two official members.
    TwoMembers,

    /// One official member and a resolution of the grassroots Youth Union executive committee.
    MemberAndYouthUnion,

    /// One official member and a resolution of the grassroots trade union executive committee.
    MemberAndTradeUnion,
}

/// The documents of the admission dossier (HD38 §II.1.1; HD06 §8.1).
public enum DossierItemKind
{
    /// Đơn xin vào Đảng (1-KNĐ).
    Application,

    /// Lý lịch của người xin vào Đảng (2-KNĐ).
    CandidateResume,

    /// Giấy giới thiệu của đảng viên chính thức (3-KNĐ).
    IntroducerLetter,

    /// Nghị quyết giới thiệu của Đoàn (4-KNĐ).
    YouthUnionResolution,

    /// Nghị quyết giới thiệu của Công đoàn.
    TradeUnionResolution,

    /// Tổng hợp ý kiến của đoàn thể và chi ủy nơi cư trú (5-KNĐ).
    OpinionSummary,

    /// Kết quả thẩm tra, xác minh lý lịch.
    VerificationResults,

    /// Giấy chứng nhận lớp bồi dưỡng nhận thức về Đảng.
    CourseCertificate,
}

/// The people whose background is verified (HD06 §3.4a).
public enum VerificationSubject
{
    Candidate,
    Father,
    Mother,
    Guardian,
    Spouse,
    FatherInLaw,
    MotherInLaw,
    AdultChild,
}

/// The body that votes.
public enum VoteLevel
{
    /// Chi bộ: at least 2/3 of convened official members.
    Cell,

    /// Đảng ủy cơ sở: at least 2/3 of its members.
    GrassrootsCommittee,

    /// Ban thường vụ cấp trên cơ sở: more than 1/2 of its members.
    StandingCommittee,

    /// Đảng ủy cơ sở authorised to admit: at least 2/3 of all its sitting members.
    AuthorisedGrassrootsCommittee,
}

/// Why a person is left out of a vote's denominator (Q294 §9.3.2-9.3.3).
public enum ExclusionReason
{
    /// Introduced to temporary activity elsewhere.
    TemporarilyAway,

    /// Exempted from activity and absent.
    ExemptAndAbsent,

    /// Suspended from activity.
    Suspended,

    /// Charged, prosecuted or detained.
    ChargedOrDetained,
}

/// What the cell proposes once the probation ends.
public enum RecognitionProposal
{
    Recognise,
    RemoveFromList,
}

/// What an appraisal concludes.
public enum AppraisalOutcome
{
    Forward,
    ReturnToCell,
}

/// The body that appraises.
public enum AppraisalLevel
{
    SubCommittee,
    OrganisationBoard,
}
