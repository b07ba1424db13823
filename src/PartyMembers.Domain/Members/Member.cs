using PartyMembers.Domain.Accounts;
using PartyMembers.Domain.Common;

namespace PartyMembers.Domain.Members;

/// A party member in the registry. Personal details change by <see cref="UpdateDetails"/>; membership type, status and
/// home unit change only through the named methods below, each checked against <see cref="MemberTransitions"/> and
/// recorded as a dated <see cref="MemberEvent"/>. Members are never deleted.
public sealed partial class Member : IVersioned, INeverDeleted
{
    public const int SearchKeyMaxLength = 100;

    private readonly List<MemberEvent> _events = [];

    private Member()
    {
        FullName = string.Empty;
        PersonalIdNumber = string.Empty;
        SearchName = string.Empty;
        SearchGivenName = string.Empty;
        NameKey = string.Empty;
        GivenNameKey = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid HomeUnitId { get; private set; }

    /// The cell where the member is temporarily active while <see cref="ActivityStatus.TemporarilyAway"/>, when it is
    /// in this organisation's tree; null when at home or away to an organisation outside it. The member still counts
    /// at home (Q294 §6.3.2c) but pays fees and is given work where temporarily active.
    public Guid? TemporaryUnitId { get; private set; }

    public string FullName { get; private set; }

    public string? OtherNames { get; private set; }

    public Sex Sex { get; private set; }

    public DateOnly DateOfBirth { get; private set; }

    public bool BirthDateCertified { get; private set; }

    public string? BirthPlace { get; private set; }

    public string? HomeTown { get; private set; }

    public string? Residence { get; private set; }

    public string? Ethnicity { get; private set; }

    public string? Religion { get; private set; }

    public string? Occupation { get; private set; }

    public string? GeneralEducation { get; private set; }

    public string? ProfessionalDegree { get; private set; }

    public PoliticalTheoryLevel PoliticalTheory { get; private set; }

    public string PersonalIdNumber { get; private set; }

    public string? ResumeNumber { get; private set; }

    public string? CardNumber { get; private set; }

    public string? Introducers { get; private set; }

    public DateOnly AdmissionDecisionDate { get; private set; }

    public DateOnly CeremonyDate { get; private set; }

    public DateOnly? OfficialDate { get; private set; }

    public MembershipType Type { get; private set; }

    public ActivityStatus Status { get; private set; }

    public ExitForm? ExitForm { get; private set; }

    /// Date of the latest event: no event may be dated before it, so history stays in order.
    public DateOnly LastEventDate { get; private set; }

    public int EventCount { get; private set; }

    /// Folded full name (no marks, đ to d, lower case) for diacritic-insensitive search.
    public string SearchName { get; private set; }

    /// Folded given name (the last word), for searching by tên.
    public string SearchGivenName { get; private set; }

    /// Lower-case name with its marks, for putting exact-diacritic matches first.
    public string NameKey { get; private set; }

    /// Lower-case given name with its marks.
    public string GivenNameKey { get; private set; }

    public Guid Version { get; private set; }

    /// Events recorded through this instance since it was loaded (the full history is queried separately).
    public IReadOnlyList<MemberEvent> NewEvents => _events;

    public MemberSnapshot Snapshot => new(HomeUnitId, Type, Status, ExitForm);

    /// Enters a member who is already in the Party into the registry, with the events of their admission, recognition
    /// or arrival in this organisation.
    public static Result<Member> Register(
        MemberDetails details, MembershipRecord record, Guid homeUnitId, Organisation.UnitType homeUnitType, ChangeStamp stamp)
    {
        var d = details.Normalised();
        var errors = d.Validate(stamp.Today).Concat(record.Validate(d.DateOfBirth, stamp.Today)).ToList();
        if (!Organisation.UnitTypeRules.CanHoldMembers(homeUnitType))
        {
            errors.Add(new DomainError("Member.UnitCannotHoldMembers", nameof(HomeUnitId)));
        }

        if (!RoleRules.CanEditMembers(stamp.ActingAs))
        {
            errors.Add(new DomainError("Member.RoleCannotRegister"));
        }

        if (errors.Count > 0)
        {
            return Result<Member>.Fail(errors);
        }

        var member = new Member
        {
            Id = Ids.New(),
            HomeUnitId = homeUnitId,
            AdmissionDecisionDate = record.AdmissionDecisionDate,
            CeremonyDate = record.CeremonyDate,
            OfficialDate = record.Type == MembershipType.Official ? record.OfficialDate : null,
            Type = record.Type,
            Status = ActivityStatus.Active,
            BirthDateCertified = record.BirthDateCertified,
            Version = Guid.NewGuid(),
        };
        member.Apply(d);

        // The history before the member came here belongs to another organisation: it is not ours to count.
        var joined = record.JoinedOrganisationOn;
        var official = member.OfficialDate;
        if (joined is null || joined == record.CeremonyDate)
        {
            member.Append(MemberEventKind.Admitted, record.CeremonyDate,
                new MemberSnapshot(homeUnitId, MembershipType.Probationary, ActivityStatus.Active, null), null,
                record.AdmissionDecision, null, stamp);
            if (official is not null)
            {
                member.Append(MemberEventKind.Recognised, official.Value, member.Snapshot,
                    new MemberSnapshot(homeUnitId, MembershipType.Probationary, ActivityStatus.Active, null), null, null, stamp);
            }
        }
        else
        {
            var typeOnArrival = official is not null && official <= joined ? MembershipType.Official : MembershipType.Probationary;
            member.Append(MemberEventKind.TransferredIn, joined.Value,
                new MemberSnapshot(homeUnitId, typeOnArrival, ActivityStatus.Active, null), null, null, null, stamp);
            if (typeOnArrival == MembershipType.Probationary && official is not null)
            {
                member.Append(MemberEventKind.Recognised, official.Value, member.Snapshot,
                    new MemberSnapshot(homeUnitId, MembershipType.Probationary, ActivityStatus.Active, null), null, null, stamp);
            }
        }

        return Result<Member>.Ok(member);
    }

    /// Corrects the personal details. The birth date cannot change once certified (HD06 §9.2: no birth date changes
    /// since 18/8/2016).
    public Result UpdateDetails(MemberDetails details, ChangeStamp stamp)
    {
        var d = details.Normalised();
        var errors = d.Validate(stamp.Today).ToList();
        if (BirthDateCertified && d.DateOfBirth != DateOfBirth)
        {
            errors.Add(new DomainError("Member.BirthDateCertified", nameof(MemberDetails.DateOfBirth)));
        }

        if (!RoleRules.CanEditMembers(stamp.ActingAs))
        {
            errors.Add(new DomainError("Member.RoleCannotEdit"));
        }

        if (IsClosed)
        {
            errors.Add(new DomainError("Member.RecordClosed"));
        }

        if (errors.Count > 0)
        {
            return Result.Fail(errors);
        }

        Apply(d);
        return Result.Success();
    }

    /// Records a higher political theory level reached (from the study record), keeping the current level in step.
    public Result RaisePoliticalTheory(PoliticalTheoryLevel level, ChangeStamp stamp)
    {
        if (!RoleRules.CanEditMembers(stamp.ActingAs))
        {
            return Result.Fail("Member.RoleCannotEdit");
        }

        if (IsClosed)
        {
            return Result.Fail("Member.RecordClosed");
        }

        if (!Enum.IsDefined(level) || level <= PoliticalTheory)
        {
            return Result.Fail("Member.TheoryLevelNotHigher", nameof(PoliticalTheory));
        }

        PoliticalTheory = level;
        return Result.Success();
    }

    public Result CertifyBirthDate()
    {
        BirthDateCertified = true;
        return Result.Success();
    }

    public bool IsClosed => MemberTransitions.IsClosed(Status);

    public bool IsCounted => MemberTransitions.IsCounted(Status);

    /// The probation ends and the member becomes official on the ceremony date plus the probation period, however late
    /// the decision (Q294 §4.2.2).
    public Result Recognise(LegalBasis decision, int probationMonths, ChangeStamp stamp, string? reason = null) =>
        Recognise(decision, probationMonths, stamp, reason, roleChecked: false);

    /// Recognition decided through an admission case, which has already checked the deciding body against its own
    /// table: the standing committee, or a grassroots committee authorised to admit (Q294 §4.3.2).
    internal Result RecogniseFromCase(LegalBasis decision, int probationMonths, ChangeStamp stamp, string? reason) =>
        Recognise(decision, probationMonths, stamp, reason, roleChecked: true);

    /// Removal of a probationer's name decided through an admission case (HD06 §4.6).
    internal Result RemoveProbationerFromCase(StatusChange change, ChangeStamp stamp) =>
        Type != MembershipType.Probationary
            ? Result.Fail("Member.AlreadyOfficial")
            : Transition(MemberEventKind.Left, change, stamp, m => m.ExitForm = Members.ExitForm.RemovedFromList, roleChecked: true);

    private Result Recognise(LegalBasis decision, int probationMonths, ChangeStamp stamp, string? reason, bool roleChecked)
    {
        if (Type != MembershipType.Probationary)
        {
            return Result.Fail("Member.AlreadyOfficial");
        }

        var officialDate = CeremonyDate.AddMonths(probationMonths);
        if (officialDate > stamp.Today)
        {
            return Result.Fail("Member.ProbationNotOver", null, officialDate);
        }

        // The cell considers recognition only after the probation ends (Q294 §4.2.1), so no decision can come before.
        if (decision.DocumentDate < officialDate)
        {
            return Result.Fail("Member.DecisionBeforeProbationEnd", nameof(LegalBasis.DocumentDate), officialDate);
        }

        return Transition(MemberEventKind.Recognised, new StatusChange(officialDate, decision, reason), stamp, m =>
        {
            m.Type = MembershipType.Official;
            m.OfficialDate = officialDate;
        }, roleChecked);
    }

    public Result MoveToUnit(Guid newUnitId, Organisation.UnitType newUnitType, StatusChange change, ChangeStamp stamp) =>
        MoveTo(newUnitId, newUnitType, change, stamp, roleChecked: false);

    public Result StartTemporaryTransfer(StatusChange change, ChangeStamp stamp, Guid? hostUnitId = null) =>
        hostUnitId is { } host && host == HomeUnitId
            ? Result.Fail("Member.AlreadyInUnit", nameof(TemporaryUnitId))
            : Transition(MemberEventKind.TemporaryTransferStarted, change, stamp, m => m.TemporaryUnitId = hostUnitId);

    public Result EndTemporaryTransfer(StatusChange change, ChangeStamp stamp) =>
        Transition(MemberEventKind.TemporaryTransferEnded, change, stamp);

    public Result Exempt(StatusChange change, ChangeStamp stamp) => Transition(MemberEventKind.Exempted, change, stamp);

    public Result EndExemption(StatusChange change, ChangeStamp stamp) => Transition(MemberEventKind.ExemptionEnded, change, stamp);

    public Result ExemptTemporarily(StatusChange change, ChangeStamp stamp) =>
        Transition(MemberEventKind.TemporarilyExempted, change, stamp);

    public Result EndTemporaryExemption(StatusChange change, ChangeStamp stamp) =>
        Transition(MemberEventKind.TemporaryExemptionEnded, change, stamp);

    public Result Suspend(StatusChange change, ChangeStamp stamp) => Transition(MemberEventKind.Suspended, change, stamp);

    public Result LiftSuspension(StatusChange change, ChangeStamp stamp) => Transition(MemberEventKind.SuspensionLifted, change, stamp);

    public Result StartTransferOut(StatusChange change, ChangeStamp stamp) => Transition(MemberEventKind.TransferOutStarted, change, stamp);

    public Result CancelTransferOut(StatusChange change, ChangeStamp stamp) =>
        Transition(MemberEventKind.TransferOutCancelled, change, stamp);

    public Result CompleteTransferOut(StatusChange change, ChangeStamp stamp) => Transition(MemberEventKind.TransferredOut, change, stamp);

    public Result Leave(ExitForm form, StatusChange change, ChangeStamp stamp)
    {
        if (!Enum.IsDefined(form))
        {
            return Result.Fail("Value.Invalid", nameof(ExitForm));
        }

        // Only official members can be expelled; a probationer who is not worthy has the name removed (Charter Art 35, HD06 §4.6).
        if (form == Members.ExitForm.Expelled && Type == MembershipType.Probationary)
        {
            return Result.Fail("Member.ProbationerCannotBeExpelled", nameof(ExitForm));
        }

        return Transition(MemberEventKind.Left, change, stamp, m => m.ExitForm = form);
    }

    public Result Die(StatusChange change, ChangeStamp stamp) => Transition(MemberEventKind.Died, change, stamp);

    public Result Reinstate(StatusChange change, ChangeStamp stamp) =>
        Transition(MemberEventKind.Reinstated, change, stamp, m => m.ExitForm = null);

    /// The events the table allows from the current status for a role (recognition only for a probationer).
    public IEnumerable<MemberTransition> AvailableTransitions(Role role) =>
        MemberTransitions.From(Status)
            .Where(t => t.Roles.Contains(role))
            .Where(t => t.Event != MemberEventKind.Recognised || Type == MembershipType.Probationary);

    private Result Transition(MemberEventKind kind, StatusChange change, ChangeStamp stamp, Action<Member>? alsoChange = null, bool roleChecked = false)
    {
        var transition = MemberTransitions.Find(Status, kind);
        if (transition is null)
        {
            return Result.Fail("Member.TransitionNotAllowed", null, kind, Status);
        }

        var errors = new List<DomainError>();
        if (!roleChecked && !transition.Roles.Contains(stamp.ActingAs))
        {
            errors.Add(new DomainError("Member.RoleCannotRecord", null, kind, stamp.ActingAs));
        }

        if (transition.RequiresBasis && change.Basis is null)
        {
            errors.Add(new DomainError("Member.BasisRequired", nameof(StatusChange.Basis)));
        }

        if (change.EffectiveDate > stamp.Today)
        {
            errors.Add(new DomainError("Date.InFuture", nameof(StatusChange.EffectiveDate)));
        }
        else if (change.EffectiveDate < LastEventDate && kind != MemberEventKind.Recognised)
        {
            // Recognition is the one event dated back by rule (the ceremony date plus probation), whatever was recorded since.
            errors.Add(new DomainError("Member.EventBeforeLast", nameof(StatusChange.EffectiveDate), LastEventDate));
        }

        if (change.Basis is { } basis && basis.DocumentDate > stamp.Today)
        {
            errors.Add(new DomainError("Date.InFuture", nameof(LegalBasis.DocumentDate)));
        }

        if (change.Reason is { Length: > StatusChange.ReasonMaxLength })
        {
            errors.Add(new DomainError("Text.TooLong", nameof(StatusChange.Reason), StatusChange.ReasonMaxLength));
        }

        if (errors.Count > 0)
        {
            return Result.Fail(errors);
        }

        var before = Snapshot;
        Status = transition.To;
        alsoChange?.Invoke(this);
        if (Status != ActivityStatus.TemporarilyAway)
        {
            TemporaryUnitId = null;
        }

        Append(kind, change.EffectiveDate, Snapshot, before, change.Basis, change.Reason, stamp);
        return Result.Success();
    }

    private void Append(
        MemberEventKind kind, DateOnly date, MemberSnapshot after, MemberSnapshot? before, LegalBasis? basis, string? reason,
        ChangeStamp stamp)
    {
        EventCount++;
        _events.Add(MemberEvent.Create(Id, EventCount, kind, date, after, before, basis, reason, stamp));
        if (date > LastEventDate)
        {
            LastEventDate = date;
        }
    }

    private void Apply(MemberDetails d)
    {
        FullName = d.FullName;
        OtherNames = d.OtherNames;
        Sex = d.Sex;
        DateOfBirth = d.DateOfBirth;
        BirthPlace = d.BirthPlace;
        HomeTown = d.HomeTown;
        Residence = d.Residence;
        Ethnicity = d.Ethnicity;
        Religion = d.Religion;
        Occupation = d.Occupation;
        GeneralEducation = d.GeneralEducation;
        ProfessionalDegree = d.ProfessionalDegree;
        PoliticalTheory = d.PoliticalTheory;
        PersonalIdNumber = d.PersonalIdNumber;
        ResumeNumber = d.ResumeNumber;
        CardNumber = d.CardNumber;
        Introducers = d.Introducers;
        SearchName = Truncate(VietnameseText.Fold(d.FullName));
        SearchGivenName = Truncate(VietnameseText.GivenNameKey(d.FullName));
        NameKey = Truncate(VietnameseText.Lower(d.FullName));
        GivenNameKey = Truncate(LastWord(NameKey));
    }

    private static string LastWord(string text) => text[(text.LastIndexOf(' ') + 1)..];

    private static string Truncate(string key) => key.Length <= SearchKeyMaxLength ? key : key[..SearchKeyMaxLength];
}
