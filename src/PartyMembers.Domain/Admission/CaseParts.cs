using PartyMembers.Domain.Accounts;
using PartyMembers.Domain.Common;
using PartyMembers.Domain.Members;

namespace PartyMembers.Domain.Admission;

/// One attendance of the awareness course on the Party: the class, attendance, the end-of-course assessment and the
/// certificate (HD06 §3.1). A person may attend again when the certificate has expired.
public sealed class AwarenessCourse : INeverDeleted
{
    public const int TextMaxLength = 200;

    private AwarenessCourse()
    {
        ClassName = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid CaseId { get; private set; }

    public string ClassName { get; private set; }

    public DateOnly StartDate { get; private set; }

    public DateOnly EndDate { get; private set; }

    public int SessionsTotal { get; private set; }

    public int SessionsAttended { get; private set; }

    /// End-of-course assessment on a 10-point scale.
    public decimal? Score { get; private set; }

    public bool Passed { get; private set; }

    public string? CertificateNumber { get; private set; }

    public DateOnly? CertificateDate { get; private set; }

    public string? CertificateIssuer { get; private set; }

    public bool HasCertificate => Passed && CertificateDate is not null;

    internal static AwarenessCourse Create(Guid caseId, CourseInput input) => new()
    {
        Id = Ids.New(),
        CaseId = caseId,
        ClassName = input.ClassName.Trim(),
        StartDate = input.StartDate,
        EndDate = input.EndDate,
        SessionsTotal = input.SessionsTotal,
        SessionsAttended = input.SessionsAttended,
        Score = input.Score,
        Passed = input.Passed,
        CertificateNumber = input.Passed ? Blank(input.CertificateNumber) : null,
        CertificateDate = input.Passed ? input.CertificateDate : null,
        CertificateIssuer = input.Passed ? Blank(input.CertificateIssuer) : null,
    };

    internal static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

/// What the cell enters for a course attendance.
public sealed record CourseInput(
    string ClassName, DateOnly StartDate, DateOnly EndDate, int SessionsTotal, int SessionsAttended, decimal? Score, bool Passed,
    string? CertificateNumber, DateOnly? CertificateDate, string? CertificateIssuer)
{
    public IEnumerable<DomainError> Validate(DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(ClassName))
        {
            yield return new DomainError("Course.ClassNameRequired", nameof(ClassName));
        }
        else if (ClassName.Trim().Length > AwarenessCourse.TextMaxLength)
        {
            yield return new DomainError("Text.TooLong", nameof(ClassName), AwarenessCourse.TextMaxLength);
        }

        if (StartDate > today)
        {
            yield return new DomainError("Date.InFuture", nameof(StartDate));
        }

        if (EndDate > today)
        {
            yield return new DomainError("Date.InFuture", nameof(EndDate));
        }
        else if (EndDate < StartDate)
        {
            yield return new DomainError("Course.EndBeforeStart", nameof(EndDate));
        }

        if (SessionsTotal is < 1 or > 100)
        {
            yield return new DomainError("Course.SessionsInvalid", nameof(SessionsTotal));
        }
        else if (SessionsAttended < 0 || SessionsAttended > SessionsTotal)
        {
            yield return new DomainError("Course.AttendedExceedsTotal", nameof(SessionsAttended), SessionsTotal);
        }

        if (Score is < 0 or > 10)
        {
            yield return new DomainError("Course.ScoreInvalid", nameof(Score));
        }

        if (!Passed)
        {
            yield break;
        }

        if (string.IsNullOrWhiteSpace(CertificateNumber))
        {
            yield return new DomainError("Course.CertificateNumberRequired", nameof(CertificateNumber));
        }
        else if (CertificateNumber.Trim().Length > LegalBasis.NumberMaxLength)
        {
            yield return new DomainError("Text.TooLong", nameof(CertificateNumber), LegalBasis.NumberMaxLength);
        }

        if (CertificateDate is null)
        {
            yield return new DomainError("Course.CertificateDateRequired", nameof(CertificateDate));
        }
        else if (CertificateDate > today)
        {
            yield return new DomainError("Date.InFuture", nameof(CertificateDate));
        }
        else if (CertificateDate < EndDate)
        {
            yield return new DomainError("Course.CertificateBeforeEnd", nameof(CertificateDate));
        }

        if (string.IsNullOrWhiteSpace(CertificateIssuer))
        {
            yield return new DomainError("Course.CertificateIssuerRequired", nameof(CertificateIssuer));
        }
        else if (CertificateIssuer.Trim().Length > LegalBasis.IssuerMaxLength)
        {
            yield return new DomainError("Text.TooLong", nameof(CertificateIssuer), LegalBasis.IssuerMaxLength);
        }
    }
}

/// A document of the dossier as received (several of a kind are kept: two introducer letters, refreshed items).
public sealed class DossierDocument : INeverDeleted
{
    public const int NoteMaxLength = 500;

    private DossierDocument()
    {
    }

    public Guid Id { get; private set; }

    public Guid CaseId { get; private set; }

    public DossierItemKind Kind { get; private set; }

    public DateOnly ReceivedOn { get; private set; }

    public string? Note { get; private set; }

    internal static DossierDocument Create(Guid caseId, DossierItemKind kind, DateOnly receivedOn, string? note) => new()
    {
        Id = Ids.New(),
        CaseId = caseId,
        Kind = kind,
        ReceivedOn = receivedOn,
        Note = AwarenessCourse.Blank(note),
    };
}

/// A scan attached to a dossier document. The file lives in the file store under a generated name; only its
/// description is here.
public sealed class DossierAttachment : INeverDeleted
{
    public const int FileNameMaxLength = 150;

    private DossierAttachment()
    {
        FileName = string.Empty;
        ContentType = string.Empty;
        StorageName = string.Empty;
        Sha256 = string.Empty;
        UploadedBy = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid CaseId { get; private set; }

    public Guid DocumentId { get; private set; }

    public string FileName { get; private set; }

    public string ContentType { get; private set; }

    public long SizeBytes { get; private set; }

    public string Sha256 { get; private set; }

    public string StorageName { get; private set; }

    public DateTime UploadedAtUtc { get; private set; }

    public string UploadedBy { get; private set; }

    internal static DossierAttachment Create(Guid caseId, Guid documentId, StoredFileInfo file, ChangeStamp stamp) => new()
    {
        Id = Ids.New(),
        CaseId = caseId,
        DocumentId = documentId,
        FileName = file.FileName.Length > FileNameMaxLength ? file.FileName[..FileNameMaxLength] : file.FileName,
        ContentType = file.ContentType,
        SizeBytes = file.SizeBytes,
        Sha256 = file.Sha256,
        StorageName = file.StorageName,
        UploadedAtUtc = stamp.AtUtc,
        UploadedBy = stamp.UserName,
    };
}

/// What the file store returned for a saved file.
public sealed record StoredFileInfo(string FileName, string ContentType, long SizeBytes, string Sha256, string StorageName);

/// An official member who introduces the person, with the date from which they worked together in the same unit.
public sealed class CaseIntroducer : INeverDeleted
{
    private CaseIntroducer()
    {
        MemberName = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid CaseId { get; private set; }

    public Guid MemberId { get; private set; }

    public string MemberName { get; private set; }

    public DateOnly KnownSince { get; private set; }

    /// Assigned by the cell to replace an introducer who moved or was disciplined: the 12-month rule does not apply
    /// (Q294 §3.2.2).
    public bool IsReplacement { get; private set; }

    internal static CaseIntroducer Create(Guid caseId, IntroducerFacts facts, DateOnly knownSince, bool replacement) => new()
    {
        Id = Ids.New(),
        CaseId = caseId,
        MemberId = facts.MemberId,
        MemberName = facts.Name,
        KnownSince = knownSince,
        IsReplacement = replacement,
    };
}

/// What the registry says about an introducer on a given date: are they an official, counted member, and of a unit
/// inside the candidate's grassroots organisation?
public sealed record IntroducerFacts(Guid MemberId, string Name, bool IsOfficial, bool IsActive, bool InSameGrassroots);

/// A request to verify one person's background, or the exemption the rules allow with its reason (HD06 §3.4).
public sealed class VerificationRequest : INeverDeleted
{
    public const int TextMaxLength = 500;

    private VerificationRequest()
    {
        PersonName = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid CaseId { get; private set; }

    public VerificationSubject Subject { get; private set; }

    public string PersonName { get; private set; }

    public bool Abroad { get; private set; }

    /// The body asked to verify (committee of the place of residence or work).
    public string? SentTo { get; private set; }

    public DateOnly? SentOn { get; private set; }

    public DateOnly? DueOn { get; private set; }

    public DateOnly? RepliedOn { get; private set; }

    public string? Conclusion { get; private set; }

    /// The reply found an issue of political standard that the competent level must conclude on.
    public bool ConcernsFound { get; private set; }

    public bool Exempt { get; private set; }

    public string? ExemptionReason { get; private set; }

    /// Replied, or exempted with a reason.
    public bool IsSettled => Exempt || RepliedOn is not null;

    internal static VerificationRequest Create(Guid caseId, VerificationSubject subject, string name, bool abroad, string? sentTo,
        DateOnly? sentOn, DateOnly? dueOn, string? exemption) => new()
    {
        Id = Ids.New(),
        CaseId = caseId,
        Subject = subject,
        PersonName = VietnameseText.Tidy(name),
        Abroad = abroad,
        SentTo = exemption is null ? AwarenessCourse.Blank(sentTo) : null,
        SentOn = exemption is null ? sentOn : null,
        DueOn = exemption is null ? dueOn : null,
        Exempt = exemption is not null,
        ExemptionReason = AwarenessCourse.Blank(exemption),
    };

    internal void RecordReply(DateOnly repliedOn, string conclusion, bool concerns)
    {
        RepliedOn = repliedOn;
        Conclusion = conclusion.Trim();
        ConcernsFound = concerns;
    }
}

/// A vote of a cell or committee, kept whether it passed or failed, with its meeting, the legal denominator and the
/// threshold applied.
public sealed class CaseVote : INeverDeleted
{
    public const int TextMaxLength = 1000;

    private readonly List<CaseVoteExclusion> _exclusions = [];

    private CaseVote()
    {
        RuleSource = string.Empty;
        RecordedBy = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid CaseId { get; private set; }

    public AdmissionPhase Phase { get; private set; }

    public VoteLevel Level { get; private set; }

    public DateOnly MeetingDate { get; private set; }

    public string? ResolutionNumber { get; private set; }

    public int Registered { get; private set; }

    public int Denominator { get; private set; }

    public int Present { get; private set; }

    public int InFavour { get; private set; }

    public int Against { get; private set; }

    public ThresholdKind ThresholdKind { get; private set; }

    public int ShareNumerator { get; private set; }

    public int ShareDenominator { get; private set; }

    public int Required { get; private set; }

    public bool Passed { get; private set; }

    public string RuleSource { get; private set; }

    public RecognitionProposal? Proposal { get; private set; }

    public string? Note { get; private set; }

    public string RecordedBy { get; private set; }

    public Role RecordedAs { get; private set; }

    public DateTime RecordedAtUtc { get; private set; }

    public IReadOnlyList<CaseVoteExclusion> Exclusions => _exclusions;

    internal static CaseVote Create(Guid caseId, AdmissionPhase phase, VoteInput input, VoteOutcome outcome, RecognitionProposal? proposal, ChangeStamp stamp)
    {
        var vote = new CaseVote
        {
            Id = Ids.New(),
            CaseId = caseId,
            Phase = phase,
            Level = input.Tally.Level,
            MeetingDate = input.MeetingDate,
            ResolutionNumber = AwarenessCourse.Blank(input.ResolutionNumber),
            Registered = input.Tally.Registered,
            Denominator = outcome.Denominator,
            Present = input.Tally.Present,
            InFavour = input.Tally.InFavour,
            Against = input.Tally.Against,
            ThresholdKind = outcome.Kind,
            ShareNumerator = outcome.Share.Numerator,
            ShareDenominator = outcome.Share.Denominator,
            Required = outcome.Required,
            Passed = outcome.Passed,
            RuleSource = outcome.RuleSource,
            Proposal = proposal,
            Note = AwarenessCourse.Blank(input.Note),
            RecordedBy = stamp.UserName,
            RecordedAs = stamp.ActingAs,
            RecordedAtUtc = stamp.AtUtc,
        };
        foreach (var entry in input.Tally.Excluded)
        {
            vote._exclusions.Add(new CaseVoteExclusion(vote.Id, VietnameseText.Tidy(entry.Name), entry.Reason));
        }

        return vote;
    }
}

/// A named person left out of a vote's denominator.
public sealed class CaseVoteExclusion : INeverDeleted
{
    internal CaseVoteExclusion(Guid voteId, string name, ExclusionReason reason)
    {
        Id = Ids.New();
        VoteId = voteId;
        Name = name;
        Reason = reason;
    }

    public Guid Id { get; private set; }

    public Guid VoteId { get; private set; }

    public string Name { get; private set; }

    public ExclusionReason Reason { get; private set; }
}

/// What is entered for a vote.
public sealed record VoteInput(DateOnly MeetingDate, string? ResolutionNumber, VoteTally Tally, string? Note);

/// An appraisal (thẩm định) of the sub-committee or the organisation board: the checklist, the conclusion, and whether
/// the case goes forward or back to the cell with reasons.
public sealed class CaseAppraisal : INeverDeleted
{
    public const int TextMaxLength = 2000;

    private CaseAppraisal()
    {
        Conclusion = string.Empty;
        RecordedBy = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid CaseId { get; private set; }

    public AdmissionPhase Phase { get; private set; }

    public AppraisalLevel Level { get; private set; }

    public DateOnly Date { get; private set; }

    public bool DocumentsComplete { get; private set; }

    public bool StandardsMet { get; private set; }

    public bool ProcedureFollowed { get; private set; }

    public string Conclusion { get; private set; }

    public AppraisalOutcome Outcome { get; private set; }

    public string RecordedBy { get; private set; }

    public DateTime RecordedAtUtc { get; private set; }

    internal static CaseAppraisal Create(Guid caseId, AdmissionPhase phase, AppraisalLevel level, AppraisalInput input, ChangeStamp stamp) => new()
    {
        Id = Ids.New(),
        CaseId = caseId,
        Phase = phase,
        Level = level,
        Date = input.Date,
        DocumentsComplete = input.DocumentsComplete,
        StandardsMet = input.StandardsMet,
        ProcedureFollowed = input.ProcedureFollowed,
        Conclusion = input.Conclusion.Trim(),
        Outcome = input.Outcome,
        RecordedBy = stamp.UserName,
        RecordedAtUtc = stamp.AtUtc,
    };
}

/// What is entered for an appraisal. Forwarding needs every checklist item ticked; returning needs the reasons.
public sealed record AppraisalInput(DateOnly Date, bool DocumentsComplete, bool StandardsMet, bool ProcedureFollowed, string Conclusion, AppraisalOutcome Outcome);

/// A decision of the competent committee: its number in the issuer's register for the year, date, signer, and the date
/// the grassroots committee received it (the ceremony limit counts from there).
public sealed class CaseDecision : INeverDeleted
{
    public const int TextMaxLength = 200;

    private CaseDecision()
    {
        Number = string.Empty;
        Signer = string.Empty;
        IssuerName = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid CaseId { get; private set; }

    public AdmissionPhase Phase { get; private set; }

    public Guid IssuerUnitId { get; private set; }

    public string IssuerName { get; private set; }

    public int Year { get; private set; }

    public string Number { get; private set; }

    public DateOnly Date { get; private set; }

    public string Signer { get; private set; }

    public DateOnly ReceivedOn { get; private set; }

    /// Why the decision came after the 45 (or 30) working days (Q294 §4.3.1).
    public string? ExtensionReason { get; private set; }

    public LegalBasis AsBasis() => new(Number, Date, IssuerName);

    internal static CaseDecision Create(Guid caseId, AdmissionPhase phase, DecisionInput input) => new()
    {
        Id = Ids.New(),
        CaseId = caseId,
        Phase = phase,
        IssuerUnitId = input.IssuerUnitId,
        IssuerName = input.IssuerName.Trim(),
        Year = input.Date.Year,
        Number = input.Number.Trim(),
        Date = input.Date,
        Signer = VietnameseText.Tidy(input.Signer),
        ReceivedOn = input.ReceivedOn,
        ExtensionReason = AwarenessCourse.Blank(input.ExtensionReason),
    };
}

/// What is entered for a decision.
public sealed record DecisionInput(Guid IssuerUnitId, string IssuerName, string Number, DateOnly Date, string Signer, DateOnly ReceivedOn, string? ExtensionReason)
{
    public IEnumerable<DomainError> Validate(DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(Number))
        {
            yield return new DomainError("Decision.NumberRequired", nameof(Number));
        }
        else if (Number.Trim().Length > LegalBasis.NumberMaxLength)
        {
            yield return new DomainError("Text.TooLong", nameof(Number), LegalBasis.NumberMaxLength);
        }

        if (Date > today)
        {
            yield return new DomainError("Date.InFuture", nameof(Date));
        }

        if (string.IsNullOrWhiteSpace(Signer))
        {
            yield return new DomainError("Decision.SignerRequired", nameof(Signer));
        }
        else if (Signer.Trim().Length > CaseDecision.TextMaxLength)
        {
            yield return new DomainError("Text.TooLong", nameof(Signer), CaseDecision.TextMaxLength);
        }

        if (ReceivedOn > today)
        {
            yield return new DomainError("Date.InFuture", nameof(ReceivedOn));
        }
        else if (ReceivedOn < Date)
        {
            yield return new DomainError("Decision.ReceivedBeforeDecision", nameof(ReceivedOn));
        }

        if (ExtensionReason is { Length: > CaseVote.TextMaxLength })
        {
            yield return new DomainError("Text.TooLong", nameof(ExtensionReason), CaseVote.TextMaxLength);
        }
    }
}

/// One line of the case's history: who did what, when, and why. Appended, never changed.
public sealed class AdmissionStep : INeverDeleted
{
    private AdmissionStep()
    {
        Action = string.Empty;
        UserName = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid CaseId { get; private set; }

    public int Sequence { get; private set; }

    /// A trigger name, or the name of a recording action (course, document, verification...).
    public string Action { get; private set; }

    public AdmissionStage FromStage { get; private set; }

    public AdmissionStage ToStage { get; private set; }

    /// The date the step is about (meeting, decision, ceremony...).
    public DateOnly Date { get; private set; }

    public string? Reason { get; private set; }

    public Guid? UserId { get; private set; }

    public string UserName { get; private set; }

    public Role ActingAs { get; private set; }

    public DateTime AtUtc { get; private set; }

    internal static AdmissionStep Create(Guid caseId, int sequence, string action, AdmissionStage from, AdmissionStage to, DateOnly date,
        string? reason, ChangeStamp stamp) => new()
    {
        Id = Ids.New(),
        CaseId = caseId,
        Sequence = sequence,
        Action = action,
        FromStage = from,
        ToStage = to,
        Date = date,
        Reason = reason is { Length: > CaseVote.TextMaxLength } ? reason[..CaseVote.TextMaxLength] : AwarenessCourse.Blank(reason),
        UserId = stamp.UserId,
        UserName = stamp.UserName,
        ActingAs = stamp.ActingAs,
        AtUtc = stamp.AtUtc,
    };
}
