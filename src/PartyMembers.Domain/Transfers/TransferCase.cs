using PartyMembers.Domain.Accounts;
using PartyMembers.Domain.Common;
using PartyMembers.Domain.Members;
using PartyMembers.Domain.Organisation;

namespace PartyMembers.Domain.Transfers;

/// One transfer of a member's party activity (docs/domain/transfers.md): official out of the upper committee,
/// internal between its cells, temporary, or incoming from outside. The stage changes only through the named methods
/// below, each checked against <see cref="TransferTransitions"/> for the kind, the stage and the acting role, and
/// recorded as a <see cref="TransferStep"/>; the member's own status changes through <see cref="Member"/>'s methods,
/// so the member's events (and every count as of a date) follow the case. Never deleted.
public sealed class TransferCase : IVersioned, INeverDeleted
{
    public const int TextMaxLength = TransferRequest.TextMaxLength;

    private readonly List<TransferStep> _steps = [];

    private TransferCase()
    {
        MemberName = string.Empty;
        SearchName = string.Empty;
        CellComment = string.Empty;
    }

    public Guid Id { get; private set; }

    public TransferKind Kind { get; private set; }

    public TransferStage Stage { get; private set; }

    /// The member; null for an incoming member until the receiving cell accepts.
    public Guid? MemberId { get; private set; }

    public string MemberName { get; private set; }

    public string SearchName { get; private set; }

    public Sex Sex { get; private set; }

    public DateOnly DateOfBirth { get; private set; }

    /// The member's home cell when the case started; null for incoming.
    public Guid? FromUnitId { get; private set; }

    /// The receiving cell (internal, incoming) or temporary host cell, when inside this organisation.
    public Guid? ToUnitId { get; private set; }

    /// The receiving organisation in words when outside (official out, temporary host outside).
    public string? Destination { get; private set; }

    public TransferReason Reason { get; private set; }

    public LegalBasis? CausingDecision { get; private set; }

    public DateOnly? CausedOn { get; private set; }

    public DateOnly RequestedOn { get; private set; }

    /// The last day to start the procedure (60 working days after <see cref="CausedOn"/>), kept for lists.
    public DateOnly? StartDue { get; private set; }

    public string CellComment { get; private set; }

    public string? LateReason { get; private set; }

    public string? GrassrootsComment { get; private set; }

    public DateOnly? CommentedOn { get; private set; }

    public Guid? LetterIssuerUnitId { get; private set; }

    public string? LetterIssuerName { get; private set; }

    public int? LetterYear { get; private set; }

    public string? LetterNumber { get; private set; }

    public DateOnly? LetterDate { get; private set; }

    public string? LetterSigner { get; private set; }

    /// "Đã đóng đảng phí đến hết tháng": the first day of that month.
    public DateOnly? FeesPaidTo { get; private set; }

    public string? AttachedDocuments { get; private set; }

    /// The addressees of the two notices (phiếu báo) of an official transfer out.
    public string? ReceivingUpperCommittee { get; private set; }

    public string? ReceivingGrassroots { get; private set; }

    /// The last day to present the letter (30 working days after its date).
    public DateOnly? PresentDue { get; private set; }

    /// The day the member presented the letter and was accepted (or, going out, the arrival was confirmed).
    public DateOnly? ArrivedOn { get; private set; }

    public DateOnly? PeriodFrom { get; private set; }

    public DateOnly? PeriodTo { get; private set; }

    public bool Study { get; private set; }

    public int Extensions { get; private set; }

    public DateOnly? ReturnedOn { get; private set; }

    public string? SenderOrganisation { get; private set; }

    public string? NoticeNumber { get; private set; }

    public DateOnly? NoticeDate { get; private set; }

    public DateOnly? NoticeReceivedOn { get; private set; }

    /// The last day within the 3 months after the notice; from the next day the member is on the removal watch.
    public DateOnly? NonArrivalLimit { get; private set; }

    public DateOnly? FlaggedOn { get; private set; }

    /// The evidence recorded with the flag: the notice's number and dates and the time elapsed.
    public string? FlagEvidence { get; private set; }

    public string? ClosingReason { get; private set; }

    public int StepCount { get; private set; }

    public Guid Version { get; private set; }

    public IReadOnlyList<TransferStep> Steps => _steps;

    public bool IsClosed => TransferTransitions.IsClosed(Stage);

    /// The cell asks for a transfer of one of its members. An official transfer is refused while an inspection or a
    /// complaint about the member is open (Q294 §6.3.1đ); a request after the 60 working days needs the reason.
    public static Result<TransferCase> Request(
        Member member, TransferRequest request, UnitType? toUnitType, bool holdOpen, TransferDeadlines deadlines, ChangeStamp stamp)
    {
        var errors = request.Validate(stamp.Today, deadlines).ToList();
        if (!TransferTransitions.RequestRoles.Contains(stamp.ActingAs))
        {
            errors.Add(new DomainError("Transfer.RoleCannotRecord", null, "Request", stamp.ActingAs));
        }

        if (member.Status != ActivityStatus.Active)
        {
            errors.Add(new DomainError("Transfer.MemberNotActive", null, member.Status));
        }

        if (TransferTransitions.IsOfficial(request.Kind) && holdOpen)
        {
            errors.Add(new DomainError("Transfer.HoldOpen"));
        }

        if (request.ToUnitId is { } to)
        {
            if (to == member.HomeUnitId)
            {
                errors.Add(new DomainError("Member.AlreadyInUnit", nameof(TransferRequest.ToUnitId)));
            }
            else if (toUnitType is not { } type || !UnitTypeRules.CanHoldMembers(type))
            {
                errors.Add(new DomainError("Member.UnitCannotHoldMembers", nameof(TransferRequest.ToUnitId)));
            }
        }

        if (errors.Count > 0)
        {
            return Result<TransferCase>.Fail(errors);
        }

        var created = new TransferCase
        {
            Id = Ids.New(),
            Kind = request.Kind,
            Stage = TransferStage.Requested,
            MemberId = member.Id,
            MemberName = member.FullName,
            SearchName = member.SearchName,
            Sex = member.Sex,
            DateOfBirth = member.DateOfBirth,
            FromUnitId = member.HomeUnitId,
            ToUnitId = request.ToUnitId,
            Destination = Blank(request.Destination),
            Reason = request.Reason,
            CausingDecision = request.CausingDecision,
            CausedOn = request.Kind == TransferKind.Temporary ? null : request.CausedOn,
            RequestedOn = request.RequestedOn,
            StartDue = request.Kind == TransferKind.Temporary || request.CausedOn is null ? null : deadlines.StartDue(request.CausedOn.Value),
            CellComment = request.CellComment.Trim(),
            LateReason = Blank(request.LateReason),
            PeriodFrom = request.Kind == TransferKind.Temporary ? request.PeriodFrom : null,
            PeriodTo = request.Kind == TransferKind.Temporary ? request.PeriodTo : null,
            Study = request.Kind == TransferKind.Temporary && request.Study,
            Version = Guid.NewGuid(),
        };
        created.Step("Request", TransferStage.Requested, TransferStage.Requested, request.RequestedOn, request.CellComment, stamp);
        return Result<TransferCase>.Ok(created);
    }

    /// The receiving side records the notice of a member coming from outside; the 3-month watch starts.
    public static Result<TransferCase> RecordNotice(IncomingNotice notice, UnitType toUnitType, TransferDeadlines deadlines, ChangeStamp stamp)
    {
        var errors = notice.Validate(stamp.Today).ToList();
        if (!TransferTransitions.NoticeRoles.Contains(stamp.ActingAs))
        {
            errors.Add(new DomainError("Transfer.RoleCannotRecord", null, "Notice", stamp.ActingAs));
        }

        if (!UnitTypeRules.CanHoldMembers(toUnitType))
        {
            errors.Add(new DomainError("Member.UnitCannotHoldMembers", nameof(IncomingNotice.ToUnitId)));
        }

        if (errors.Count > 0)
        {
            return Result<TransferCase>.Fail(errors);
        }

        var name = VietnameseText.Tidy(notice.FullName);
        var created = new TransferCase
        {
            Id = Ids.New(),
            Kind = TransferKind.Incoming,
            Stage = TransferStage.NoticeReceived,
            MemberName = name,
            SearchName = Truncate(VietnameseText.Fold(name)),
            Sex = notice.Sex,
            DateOfBirth = notice.DateOfBirth,
            ToUnitId = notice.ToUnitId,
            Reason = TransferReason.Other,
            RequestedOn = notice.ReceivedOn,
            CellComment = string.Empty,
            SenderOrganisation = notice.SenderOrganisation.Trim(),
            NoticeNumber = notice.NoticeNumber.Trim(),
            NoticeDate = notice.NoticeDate,
            NoticeReceivedOn = notice.ReceivedOn,
            NonArrivalLimit = deadlines.NonArrivalLimit(notice.ReceivedOn),
            Version = Guid.NewGuid(),
        };
        created.Step("Notice", TransferStage.NoticeReceived, TransferStage.NoticeReceived, notice.ReceivedOn, null, stamp);
        return Result<TransferCase>.Ok(created);
    }

    /// The grassroots committee comments on the member's self-review and seals the file (letter boxes 2-3).
    public Result Comment(DateOnly date, string comment, ChangeStamp stamp)
    {
        var errors = Check(TransferTrigger.Comment, date, stamp).ToList();
        errors.AddRange(Text(comment, "Comment", required: true));
        if (errors.Count > 0)
        {
            return Result.Fail(errors);
        }

        GrassrootsComment = comment.Trim();
        CommentedOn = date;
        return Move(TransferTrigger.Comment, date, comment, stamp);
    }

    /// The organisation board (or, for a temporary transfer, the grassroots committee) issues the letter. Going out
    /// of the upper committee the member leaves its count from the letter (Q294 §6.3.1); a temporary transfer starts.
    public Result IssueLetter(Member member, TransferLetter letter, bool holdOpen, TransferDeadlines deadlines, ChangeStamp stamp)
    {
        var errors = Check(TransferTrigger.IssueLetter, letter.Date, stamp).ToList();
        errors.AddRange(letter.Validate(stamp.Today, Kind));
        errors.AddRange(SameMember(member));
        if (TransferTransitions.IsOfficial(Kind) && holdOpen)
        {
            errors.Add(new DomainError("Transfer.HoldOpen"));
        }

        if (CommentedOn is { } commented && letter.Date < commented)
        {
            errors.Add(new DomainError("Transfer.LetterBeforeComment", nameof(TransferLetter.Date)));
        }

        if (errors.Count > 0)
        {
            return Result.Fail(errors);
        }

        var change = new StatusChange(letter.Date, letter.AsBasis(), LetterReason(letter));
        var effect = Kind switch
        {
            TransferKind.OfficialOut => member.StartTransferOut(change, stamp),
            TransferKind.Temporary => member.StartTemporaryTransfer(change, stamp, ToUnitId),
            _ => Result.Success(),
        };
        if (!effect.Succeeded)
        {
            return effect;
        }

        LetterIssuerUnitId = letter.IssuerUnitId;
        LetterIssuerName = letter.IssuerName;
        LetterYear = letter.Date.Year;
        LetterNumber = letter.Number.Trim();
        LetterDate = letter.Date;
        LetterSigner = VietnameseText.Tidy(letter.Signer);
        FeesPaidTo = letter.FeesPaidTo;
        AttachedDocuments = Blank(letter.AttachedDocuments);
        ReceivingUpperCommittee = Kind == TransferKind.OfficialOut ? Blank(letter.ReceivingUpperCommittee) : null;
        ReceivingGrassroots = Kind == TransferKind.OfficialOut ? Blank(letter.ReceivingGrassroots) : null;
        PresentDue = Kind == TransferKind.Temporary ? null : deadlines.PresentDue(letter.Date);
        return Move(TransferTrigger.IssueLetter, letter.Date, LetterNumber, stamp);
    }

    /// The sending board records that the member presented the letter at the destination: the transfer out is done.
    public Result ConfirmArrival(Member member, DateOnly date, string? note, ChangeStamp stamp)
    {
        var errors = Check(TransferTrigger.ConfirmArrival, date, stamp).Concat(SameMember(member)).Concat(Text(note, "Note")).ToList();
        errors.AddRange(NotBeforeLetter(date));
        if (errors.Count > 0)
        {
            return Result.Fail(errors);
        }

        var effect = member.CompleteTransferOut(new StatusChange(date, null, Blank(note) ?? Destination), stamp);
        if (!effect.Succeeded)
        {
            return effect;
        }

        ArrivedOn = date;
        return Move(TransferTrigger.ConfirmArrival, date, note, stamp);
    }

    /// The receiving cell accepts a member transferred inside the upper committee: the member's home cell changes and
    /// the history continues (letter boxes 5-7).
    public Result Accept(Member member, UnitType toUnitType, DateOnly date, string? note, ChangeStamp stamp)
    {
        var errors = Check(TransferTrigger.Accept, date, stamp).Concat(SameMember(member)).Concat(NotBeforeLetter(date)).Concat(Text(note, "Note")).ToList();
        if (Kind != TransferKind.Internal)
        {
            errors.Add(new DomainError("Transfer.TransitionNotAllowed", null, TransferTrigger.Accept, Stage));
        }

        if (errors.Count > 0)
        {
            return Result.Fail(errors);
        }

        var basis = new LegalBasis(LetterNumber!, LetterDate!.Value, LetterIssuerName!);
        var effect = member.AcceptTransferFromCase(ToUnitId!.Value, toUnitType, new StatusChange(date, basis, Blank(note)), stamp);
        if (!effect.Succeeded)
        {
            return effect;
        }

        ArrivedOn = date;
        return Move(TransferTrigger.Accept, date, note, stamp);
    }

    /// The receiving cell accepts a member coming from outside: the member enters the registry with the admission and
    /// official dates from the file, so that party age continues, and the arrival as of the acceptance.
    public Result<Member> AcceptIncoming(MemberDetails details, MembershipRecord record, UnitType toUnitType, DateOnly date, ChangeStamp stamp)
    {
        var errors = Check(TransferTrigger.Accept, date, stamp).ToList();
        if (Kind != TransferKind.Incoming)
        {
            errors.Add(new DomainError("Transfer.TransitionNotAllowed", null, TransferTrigger.Accept, Stage));
        }

        if (errors.Count > 0)
        {
            return Result<Member>.Fail(errors);
        }

        var registered = Member.Register(details, record with { JoinedOrganisationOn = date }, ToUnitId!.Value, toUnitType, stamp);
        if (!registered.Succeeded)
        {
            return registered;
        }

        var member = registered.Value!;
        MemberId = member.Id;
        MemberName = member.FullName;
        SearchName = member.SearchName;
        ArrivedOn = date;
        Move(TransferTrigger.Accept, date, null, stamp);
        return registered;
    }

    /// A temporary transfer is extended (under a year more, written on the letter; HD38 §II.4.3.2c).
    public Result Extend(DateOnly date, DateOnly newEnd, string? reason, TransferDeadlines deadlines, ChangeStamp stamp)
    {
        var errors = Check(TransferTrigger.Extend, date, stamp).Concat(Text(reason, "Reason")).ToList();
        if (PeriodTo is { } end && deadlines.ExtensionError(end, newEnd) is { } code)
        {
            errors.Add(new DomainError(code, "NewEnd"));
        }

        if (errors.Count > 0)
        {
            return Result.Fail(errors);
        }

        var from = PeriodTo;
        PeriodTo = newEnd;
        Extensions++;
        return Move(TransferTrigger.Extend, date, $"{from:dd/MM/yyyy} → {newEnd:dd/MM/yyyy}" + (Blank(reason) is { } r ? ": " + r : string.Empty), stamp);
    }

    /// The member comes back from a temporary transfer (letter boxes 5-8).
    public Result Return(Member member, DateOnly date, string? note, ChangeStamp stamp)
    {
        var errors = Check(TransferTrigger.Return, date, stamp).Concat(SameMember(member)).Concat(Text(note, "Note")).ToList();
        if (errors.Count > 0)
        {
            return Result.Fail(errors);
        }

        var effect = member.EndTemporaryTransfer(new StatusChange(date, null, Blank(note)), stamp);
        if (!effect.Succeeded)
        {
            return effect;
        }

        ReturnedOn = date;
        return Move(TransferTrigger.Return, date, note, stamp);
    }

    /// More than 3 months after the notice without the file: the member is put on the list for removal for leaving
    /// party activity without permission, with the evidence. The removal itself is decided elsewhere.
    public Result FlagNonArrival(TransferDeadlines deadlines, ChangeStamp stamp)
    {
        var today = stamp.Today;
        var errors = Check(TransferTrigger.FlagNonArrival, today, stamp).ToList();
        if (NoticeReceivedOn is { } received && !deadlines.NonArrivalOverdue(received, today))
        {
            errors.Add(new DomainError("Transfer.NonArrivalNotDue", null, deadlines.NonArrivalLimit(received)));
        }

        if (errors.Count > 0)
        {
            return Result.Fail(errors);
        }

        FlaggedOn = today;
        FlagEvidence = $"Phiếu báo số {NoticeNumber} ngày {NoticeDate:dd/MM/yyyy} của {SenderOrganisation}, nhận ngày "
            + $"{NoticeReceivedOn:dd/MM/yyyy}; quá hạn {NonArrivalLimit:dd/MM/yyyy} chưa nộp hồ sơ.";
        return Move(TransferTrigger.FlagNonArrival, today, FlagEvidence, stamp);
    }

    /// Stops the case with the reason. Once the letter is issued only the board cancels; the member returns to the
    /// organisation's count (the letter is recovered).
    public Result Cancel(Member? member, DateOnly date, string reason, ChangeStamp stamp)
    {
        var errors = Check(TransferTrigger.Cancel, date, stamp).Concat(Text(reason, "Reason", required: true)).ToList();
        if (member is not null)
        {
            errors.AddRange(SameMember(member));
        }

        if (errors.Count > 0)
        {
            return Result.Fail(errors);
        }

        if (Kind == TransferKind.OfficialOut && Stage == TransferStage.LetterIssued)
        {
            var effect = member is null ? Result.Fail("Transfer.MemberMismatch")
                : member.CancelTransferOut(new StatusChange(date, null, reason.Trim()), stamp);
            if (!effect.Succeeded)
            {
                return effect;
            }
        }

        ClosingReason = reason.Trim();
        return Move(TransferTrigger.Cancel, date, reason, stamp);
    }

    /// The trigger's row for this case, if any.
    public TransferTransition? Transition(TransferTrigger trigger) => TransferTransitions.Find(Kind, Stage, trigger);

    private IEnumerable<DomainError> Check(TransferTrigger trigger, DateOnly date, ChangeStamp stamp)
    {
        var transition = Transition(trigger);
        if (transition is null)
        {
            yield return new DomainError("Transfer.TransitionNotAllowed", null, trigger, Stage);
            yield break;
        }

        if (!transition.Roles.Contains(stamp.ActingAs))
        {
            yield return new DomainError("Transfer.RoleCannotRecord", null, trigger, stamp.ActingAs);
        }

        if (date > stamp.Today)
        {
            yield return new DomainError("Date.InFuture", "Date");
        }
        else if (date < RequestedOn)
        {
            yield return new DomainError("Transfer.DateBeforeRequest", "Date", RequestedOn);
        }
    }

    private IEnumerable<DomainError> SameMember(Member member)
    {
        if (member.Id != MemberId)
        {
            yield return new DomainError("Transfer.MemberMismatch");
        }
    }

    private IEnumerable<DomainError> NotBeforeLetter(DateOnly date)
    {
        if (LetterDate is { } letter && date < letter)
        {
            yield return new DomainError("Transfer.DateBeforeLetter", "Date", letter);
        }
    }

    private static IEnumerable<DomainError> Text(string? text, string field, bool required = false)
    {
        if (required && string.IsNullOrWhiteSpace(text))
        {
            yield return new DomainError("Transfer.TextRequired", field);
        }
        else if (text is { Length: > TextMaxLength })
        {
            yield return new DomainError("Text.TooLong", field, TextMaxLength);
        }
    }

    private string LetterReason(TransferLetter letter) => Kind switch
    {
        TransferKind.Temporary => $"Chuyển sinh hoạt tạm thời đến {Destination ?? string.Empty} ({PeriodFrom:dd/MM/yyyy} - {PeriodTo:dd/MM/yyyy})",
        _ => $"Chuyển sinh hoạt chính thức đến {Destination ?? letter.ReceivingGrassroots ?? string.Empty}",
    };

    private Result Move(TransferTrigger trigger, DateOnly date, string? reason, ChangeStamp stamp)
    {
        var transition = Transition(trigger)!;
        var from = Stage;
        Stage = transition.To;
        Step(trigger.ToString(), from, Stage, date, reason, stamp);
        return Result.Success();
    }

    private void Step(string action, TransferStage from, TransferStage to, DateOnly date, string? reason, ChangeStamp stamp)
    {
        StepCount++;
        _steps.Add(TransferStep.Create(Id, StepCount, action, from, to, date, reason, stamp));
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static string Truncate(string key) => key.Length <= Member.SearchKeyMaxLength ? key : key[..Member.SearchKeyMaxLength];
}

/// One line of a transfer's history: who did what, when, and why. Appended, never changed.
public sealed class TransferStep : INeverDeleted
{
    private TransferStep()
    {
        Action = string.Empty;
        UserName = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid CaseId { get; private set; }

    public int Sequence { get; private set; }

    public string Action { get; private set; }

    public TransferStage FromStage { get; private set; }

    public TransferStage ToStage { get; private set; }

    public DateOnly Date { get; private set; }

    public string? Reason { get; private set; }

    public Guid? UserId { get; private set; }

    public string UserName { get; private set; }

    public Role ActingAs { get; private set; }

    public DateTime AtUtc { get; private set; }

    internal static TransferStep Create(Guid caseId, int sequence, string action, TransferStage from, TransferStage to, DateOnly date,
        string? reason, ChangeStamp stamp) => new()
    {
        Id = Ids.New(),
        CaseId = caseId,
        Sequence = sequence,
        Action = action,
        FromStage = from,
        ToStage = to,
        Date = date,
        Reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim() is { Length: > TransferCase.TextMaxLength } r ? r[..TransferCase.TextMaxLength] : reason.Trim(),
        UserId = stamp.UserId,
        UserName = stamp.UserName,
        ActingAs = stamp.ActingAs,
        AtUtc = stamp.AtUtc,
    };
}
