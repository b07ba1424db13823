using PartyMembers.Domain.Accounts;
using PartyMembers.Domain.Common;
using PartyMembers.Domain.Members;
using PartyMembers.Domain.Organisation;

namespace PartyMembers.Domain.Admission;

/// One person's way into the Party, from the cell's register of outstanding people to official membership
/// (docs/domain/admission.md). The stage changes only through the named methods below, each checked against
/// <see cref="AdmissionTransitions"/> for the stage, the chain of bodies and the acting role, and each recorded as an
/// <see cref="AdmissionStep"/>. Votes, appraisals and decisions are kept whether they passed or not. Never deleted.
public sealed partial class AdmissionCase : IVersioned, INeverDeleted
{
    private readonly List<AwarenessCourse> _courses = [];
    private readonly List<DossierDocument> _documents = [];
    private readonly List<DossierAttachment> _attachments = [];
    private readonly List<CaseIntroducer> _introducers = [];
    private readonly List<VerificationRequest> _verifications = [];
    private readonly List<CaseVote> _votes = [];
    private readonly List<CaseAppraisal> _appraisals = [];
    private readonly List<CaseDecision> _decisions = [];
    private readonly List<AdmissionStep> _steps = [];

    private AdmissionCase()
    {
        FullName = string.Empty;
        PersonalIdNumber = string.Empty;
        SearchName = string.Empty;
        NameKey = string.Empty;
    }

    public Guid Id { get; private set; }

    /// The cell that keeps the case (and, after the ceremony, the member).
    public Guid CellId { get; private set; }

    public string FullName { get; private set; }

    public Sex Sex { get; private set; }

    public DateOnly DateOfBirth { get; private set; }

    public string PersonalIdNumber { get; private set; }

    public string? Occupation { get; private set; }

    public string? Residence { get; private set; }

    public EducationLevel Education { get; private set; }

    public string? EducationException { get; private set; }

    public CandidateSource Source { get; private set; }

    public string? SourceDetails { get; private set; }

    public DateOnly IntroducedOn { get; private set; }

    public bool UnitHasYouthUnion { get; private set; }

    public bool UnitHasTradeUnion { get; private set; }

    public bool IsYouthUnionMember { get; private set; }

    public bool IsTradeUnionMember { get; private set; }

    public bool Married { get; private set; }

    /// The provincial-level approval needed to admit a person over 60 (Q294 §1.1.2).
    public LegalBasis? Over60Approval { get; private set; }

    public AdmissionStage Stage { get; private set; }

    /// The cell's resolution recognising the person as a sympathiser (ngày được công nhận là quần chúng cảm tình Đảng).
    public DateOnly? SympathiserSince { get; private set; }

    public string? SympathiserResolution { get; private set; }

    /// The official member the cell assigned to help the person (and, after the ceremony, the probationer).
    public Guid? HelperMemberId { get; private set; }

    public string? HelperName { get; private set; }

    public string? TestTasks { get; private set; }

    public DateOnly? DossierPermittedOn { get; private set; }

    public LegalBasis? DossierPermission { get; private set; }

    public DateOnly? DossierOpenedOn { get; private set; }

    /// The date of the cell's admission resolution (the 45-day limit counts from here).
    public DateOnly? CellResolutionDate { get; private set; }

    public DateOnly? CeremonyDate { get; private set; }

    /// The direct upper committee's approval of a ceremony held after 30 working days (Q294 §4.1).
    public LegalBasis? LateCeremonyApproval { get; private set; }

    /// The member created at the ceremony.
    public Guid? MemberId { get; private set; }

    public string? NewMemberCourseCertificate { get; private set; }

    public DateOnly? NewMemberCourseDate { get; private set; }

    public string? NewMemberCourseIssuer { get; private set; }

    public DateOnly? RecognitionCellResolutionDate { get; private set; }

    public RecognitionProposal? RecognitionProposal { get; private set; }

    /// Failed votes at the current stage; at the limit the case goes to the competent level (Q294 §4.2.3).
    public int FailedVotesAtStage { get; private set; }

    public string? ClosingReason { get; private set; }

    public string SearchName { get; private set; }

    public string NameKey { get; private set; }

    public int StepCount { get; private set; }

    public DateOnly LastStepDate { get; private set; }

    public Guid Version { get; private set; }

    public IReadOnlyList<AwarenessCourse> Courses => _courses;

    public IReadOnlyList<DossierDocument> Documents => _documents;

    public IReadOnlyList<DossierAttachment> Attachments => _attachments;

    public IReadOnlyList<CaseIntroducer> Introducers => _introducers;

    public IReadOnlyList<VerificationRequest> Verifications => _verifications;

    public IReadOnlyList<CaseVote> Votes => _votes;

    public IReadOnlyList<CaseAppraisal> Appraisals => _appraisals;

    public IReadOnlyList<CaseDecision> Decisions => _decisions;

    public IReadOnlyList<AdmissionStep> Steps => _steps;

    public bool IsClosed => AdmissionTransitions.IsClosed(Stage);

    public bool IsRecognitionPhase => Stage >= AdmissionStage.Probation && Stage != AdmissionStage.Withdrawn;

    public CaseDecision? AdmissionDecision => _decisions.LastOrDefault(d => d.Phase == AdmissionPhase.Admission);

    public CaseDecision? RecognitionDecision => _decisions.LastOrDefault(d => d.Phase == AdmissionPhase.Recognition);

    /// The newest course with a certificate.
    public AwarenessCourse? Certificate => _courses.Where(c => c.HasCertificate).MaxBy(c => c.CertificateDate);

    /// Puts a person on the cell's register of outstanding people.
    public static Result<AdmissionCase> Register(CandidateDetails details, Guid cellId, UnitType cellType, ChangeStamp stamp)
    {
        var d = details.Normalised();
        var errors = d.Validate(stamp.Today).ToList();
        if (!UnitTypeRules.CanHoldMembers(cellType))
        {
            errors.Add(new DomainError("Member.UnitCannotHoldMembers", "CellId"));
        }

        if (stamp.ActingAs != Role.CellSecretary)
        {
            errors.Add(new DomainError("Admission.RoleCannotRecord", null, "Register", stamp.ActingAs));
        }

        if (errors.Count > 0)
        {
            return Result<AdmissionCase>.Fail(errors);
        }

        var created = new AdmissionCase
        {
            Id = Ids.New(),
            CellId = cellId,
            Stage = AdmissionStage.Candidate,
            Version = Guid.NewGuid(),
        };
        created.Apply(d);
        created.Step("Register", AdmissionStage.Candidate, d.IntroducedOn, null, stamp, stageChange: true);
        return Result<AdmissionCase>.Ok(created);
    }

    /// Corrects the person's details while they are not yet a member.
    public Result UpdateDetails(CandidateDetails details, string reason, ChangeStamp stamp)
    {
        var d = details.Normalised();
        var errors = d.Validate(stamp.Today).ToList();
        errors.AddRange(Open(stamp, Role.CellSecretary, "UpdateDetails"));
        if (IsRecognitionPhase)
        {
            errors.Add(new DomainError("Admission.AlreadyMember"));
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            errors.Add(new DomainError("Admission.ReasonRequired", "Reason"));
        }

        if (errors.Count > 0)
        {
            return Result.Fail(errors);
        }

        Apply(d);
        Step("UpdateDetails", Stage, stamp.Today, reason, stamp);
        return Result.Success();
    }

    /// The transitions a role may record now.
    public IEnumerable<AdmissionTransition> Available(AdmissionChain chain, Role role) =>
        AdmissionTransitions.Available(Stage, chain, role);

    private void Apply(CandidateDetails d)
    {
        FullName = d.FullName;
        Sex = d.Sex;
        DateOfBirth = d.DateOfBirth;
        PersonalIdNumber = d.PersonalIdNumber;
        Occupation = d.Occupation;
        Residence = d.Residence;
        Education = d.Education;
        EducationException = d.EducationException;
        Source = d.Source;
        SourceDetails = d.SourceDetails;
        IntroducedOn = d.IntroducedOn;
        UnitHasYouthUnion = d.UnitHasYouthUnion;
        UnitHasTradeUnion = d.UnitHasTradeUnion;
        IsYouthUnionMember = d.IsYouthUnionMember;
        IsTradeUnionMember = d.IsTradeUnionMember;
        Married = d.Married;
        SearchName = Truncate(VietnameseText.Fold(d.FullName));
        NameKey = Truncate(VietnameseText.Lower(d.FullName));
    }

    private static string Truncate(string key) => key.Length <= Member.SearchKeyMaxLength ? key : key[..Member.SearchKeyMaxLength];

    /// Appends a history line. Only stage changes move <see cref="LastStepDate"/>: data entered late (a document, an
    /// introducer) must not stop a meeting held before it was typed in from being recorded.
    private void Step(string action, AdmissionStage from, DateOnly date, string? reason, ChangeStamp stamp, bool stageChange = false)
    {
        StepCount++;
        _steps.Add(AdmissionStep.Create(Id, StepCount, action, from, Stage, date, reason, stamp));
        if (stageChange && date > LastStepDate)
        {
            LastStepDate = date;
        }
    }

    /// Errors when the case is closed or the role may not record this kind of data.
    private List<DomainError> Open(ChangeStamp stamp, Role allowed, string action)
    {
        var errors = new List<DomainError>();
        if (IsClosed)
        {
            errors.Add(new DomainError("Admission.Closed"));
        }

        if (stamp.ActingAs != allowed)
        {
            errors.Add(new DomainError("Admission.RoleCannotRecord", null, action, stamp.ActingAs));
        }

        return errors;
    }

    /// Checks a stage change: the table allows it from the current stage in this chain for the acting role.
    private (AdmissionTransition? Transition, List<DomainError> Errors) Check(AdmissionTrigger trigger, AdmissionChain chain, ChangeStamp stamp, DateOnly date, string dateField)
    {
        var errors = new List<DomainError>();
        var transition = AdmissionTransitions.Find(Stage, trigger, chain);
        if (transition is null)
        {
            errors.Add(new DomainError("Admission.TransitionNotAllowed", null, trigger, Stage));
            return (null, errors);
        }

        if (!AdmissionTransitions.RoleFor(transition, chain).Contains(stamp.ActingAs))
        {
            errors.Add(new DomainError("Admission.RoleCannotRecord", null, trigger, stamp.ActingAs));
        }

        if (date > stamp.Today)
        {
            errors.Add(new DomainError("Date.InFuture", dateField));
        }
        else if (date < LastStepDate)
        {
            errors.Add(new DomainError("Admission.DateBeforeLastStep", dateField, LastStepDate));
        }

        return (transition, errors);
    }

    private void Move(AdmissionTrigger trigger, AdmissionStage to, DateOnly date, string? reason, ChangeStamp stamp)
    {
        var from = Stage;
        Stage = to;
        FailedVotesAtStage = 0;
        Step(trigger.ToString(), from, date, reason, stamp, stageChange: true);
    }
}
