using PartyMembers.Domain.Accounts;
using PartyMembers.Domain.Common;
using PartyMembers.Domain.Members;

namespace PartyMembers.Domain.WorkLife;

/// What the registry says about the member to be assigned and the member named to follow it up, as the page found them.
/// The work cell is the cell where the member is active: the host cell of a temporary transfer, else the home cell.
public sealed record AssignmentFacts(
    Guid MemberId, ActivityStatus MemberStatus, Guid WorkCellId, Guid FollowUpId, bool FollowUpActiveInCell);

/// The work a cell gives one member for one year by resolution, the committee member who follows it up, the changes made
/// during the year and the result recorded at year end for the rating (HD38 §IV.2). Every member gets one, temporary
/// members from the cell where they are active. Changed only by the cell secretary; never deleted.
public sealed class WorkAssignment : IVersioned, INeverDeleted
{
    public const int TasksMaxLength = 2000;
    public const int CommentMaxLength = 1000;
    public const int NameMaxLength = 100;

    private readonly List<WorkAssignmentChange> _changes = [];

    private WorkAssignment()
    {
        Tasks = string.Empty;
        FollowUpName = string.Empty;
        Resolution = null!;
    }

    public Guid Id { get; private set; }

    public Guid MemberId { get; private set; }

    /// The cell that assigned the work (the member's work cell at the time).
    public Guid CellId { get; private set; }

    public int Year { get; private set; }

    /// The cell's resolution (nghị quyết phân công).
    public LegalBasis Resolution { get; private set; }

    public string Tasks { get; private set; }

    public Guid FollowUpMemberId { get; private set; }

    public string FollowUpName { get; private set; }

    public AssignmentOutcome? Outcome { get; private set; }

    public string? OutcomeComment { get; private set; }

    public DateOnly? OutcomeRecordedOn { get; private set; }

    public int ChangeCount { get; private set; }

    public Guid Version { get; private set; }

    public IReadOnlyList<WorkAssignmentChange> Changes => _changes;

    /// Statuses in which a member is given work: active (also temporarily at another cell, where the host assigns it),
    /// and exempt or temporarily exempt (family education, exemplary conduct: HD38 §IV.2).
    public static bool IsAssignable(ActivityStatus status) => status is ActivityStatus.Active or ActivityStatus.TemporarilyAway
        or ActivityStatus.Exempt or ActivityStatus.TemporarilyExempt;

    public static Result<WorkAssignment> Assign(
        AssignmentFacts facts, Guid cellId, int year, LegalBasis resolution, string? tasks, string followUpName, ChangeStamp stamp)
    {
        var errors = new List<DomainError>();
        errors.AddRange(CheckRole(stamp));
        if (!IsAssignable(facts.MemberStatus))
        {
            errors.Add(new DomainError("Assignment.MemberNotAssignable", null, facts.MemberStatus));
        }

        if (facts.WorkCellId != cellId)
        {
            errors.Add(new DomainError("Assignment.NotWorkCell"));
        }

        if (year < stamp.Today.Year - 1 || year > stamp.Today.Year + 1)
        {
            errors.Add(new DomainError("Assignment.YearOutOfRange", nameof(Year), stamp.Today.Year - 1, stamp.Today.Year + 1));
        }

        errors.AddRange(LegalBasis.Validate(resolution.DocumentNumber, resolution.DocumentDate, resolution.Issuer, stamp.Today, "Resolution"));
        if (resolution.DocumentDate.Year < year - 1 || resolution.DocumentDate.Year > year)
        {
            errors.Add(new DomainError("Assignment.ResolutionYear", "Resolution" + nameof(LegalBasis.DocumentDate), year));
        }

        errors.AddRange(CheckTasks(tasks));
        errors.AddRange(CheckFollowUp(facts));
        if (errors.Count > 0)
        {
            return Result<WorkAssignment>.Fail(errors);
        }

        var assignment = new WorkAssignment
        {
            Id = Ids.New(),
            MemberId = facts.MemberId,
            CellId = cellId,
            Year = year,
            Resolution = resolution with { DocumentNumber = resolution.DocumentNumber.Trim(), Issuer = resolution.Issuer.Trim() },
            Tasks = tasks!.Trim(),
            FollowUpMemberId = facts.FollowUpId,
            FollowUpName = Clip(followUpName, NameMaxLength),
            Version = Guid.NewGuid(),
        };
        assignment.Record(AssignmentAction.Assigned, resolution.DocumentDate, null, stamp);
        return Result<WorkAssignment>.Ok(assignment);
    }

    /// Changes the tasks or the follow-up during the year (HD38 §IV.2: "điều chỉnh trong năm"), with the reason.
    public Result Adjust(AssignmentFacts followUp, string? tasks, string followUpName, DateOnly date, string? reason, ChangeStamp stamp)
    {
        var errors = CheckRole(stamp).Concat(CheckTasks(tasks)).Concat(CheckFollowUp(followUp with { MemberId = MemberId })).ToList();
        if (Outcome is not null)
        {
            errors.Add(new DomainError("Assignment.ResultAlreadyRecorded"));
        }

        errors.AddRange(CheckDate(date, stamp));
        errors.AddRange(CheckReason(reason, required: true));
        if (errors.Count > 0)
        {
            return Result.Fail(errors);
        }

        Tasks = tasks!.Trim();
        FollowUpMemberId = followUp.FollowUpId;
        FollowUpName = Clip(followUpName, NameMaxLength);
        Record(AssignmentAction.Adjusted, date, reason, stamp);
        return Result.Success();
    }

    /// Records how the member carried out the work, at year end; a later correction needs a reason.
    public Result RecordResult(AssignmentOutcome? outcome, string? comment, DateOnly date, ChangeStamp stamp)
    {
        var errors = CheckRole(stamp).ToList();
        if (outcome is null || !Enum.IsDefined(outcome.Value))
        {
            errors.Add(new DomainError("Assignment.OutcomeRequired", nameof(Outcome)));
        }

        errors.AddRange(CheckDate(date, stamp));
        if (date.Year != Year && date.Year != Year + 1)
        {
            errors.Add(new DomainError("Assignment.ResultYear", nameof(OutcomeRecordedOn), Year));
        }

        errors.AddRange(CheckReason(comment, required: Outcome is not null, field: nameof(OutcomeComment)));
        if (errors.Count > 0)
        {
            return Result.Fail(errors);
        }

        Outcome = outcome;
        OutcomeComment = Blank(comment);
        OutcomeRecordedOn = date;
        Record(AssignmentAction.ResultRecorded, date, OutcomeComment, stamp);
        return Result.Success();
    }

    private IEnumerable<DomainError> CheckDate(DateOnly date, ChangeStamp stamp)
    {
        if (date > stamp.Today)
        {
            yield return new DomainError("Date.InFuture", "Date");
        }
        else if (date < Resolution.DocumentDate)
        {
            yield return new DomainError("Assignment.DateBeforeResolution", "Date", Resolution.DocumentDate);
        }
    }

    private static IEnumerable<DomainError> CheckRole(ChangeStamp stamp)
    {
        if (stamp.ActingAs != Role.CellSecretary)
        {
            yield return new DomainError("Assignment.RoleCannotRecord", null, stamp.ActingAs);
        }
    }

    private static IEnumerable<DomainError> CheckTasks(string? tasks)
    {
        if (string.IsNullOrWhiteSpace(tasks))
        {
            yield return new DomainError("Assignment.TasksRequired", nameof(Tasks));
        }
        else if (tasks.Trim().Length > TasksMaxLength)
        {
            yield return new DomainError("Text.TooLong", nameof(Tasks), TasksMaxLength);
        }
    }

    private static IEnumerable<DomainError> CheckFollowUp(AssignmentFacts facts)
    {
        if (facts.FollowUpId == facts.MemberId)
        {
            yield return new DomainError("Assignment.FollowUpIsMember", nameof(FollowUpMemberId));
        }
        else if (!facts.FollowUpActiveInCell)
        {
            yield return new DomainError("Assignment.FollowUpNotInCell", nameof(FollowUpMemberId));
        }
    }

    private static IEnumerable<DomainError> CheckReason(string? reason, bool required, string field = "Reason")
    {
        if (required && string.IsNullOrWhiteSpace(reason))
        {
            yield return new DomainError("Assignment.ReasonRequired", field);
        }
        else if (reason is not null && reason.Trim().Length > CommentMaxLength)
        {
            yield return new DomainError("Text.TooLong", field, CommentMaxLength);
        }
    }

    private void Record(AssignmentAction action, DateOnly date, string? reason, ChangeStamp stamp)
    {
        ChangeCount++;
        _changes.Add(WorkAssignmentChange.Create(this, ChangeCount, action, date, Blank(reason), stamp));
    }

    internal static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static string Clip(string text, int max)
    {
        var trimmed = text.Trim();
        return trimmed.Length <= max ? trimmed : trimmed[..max];
    }
}

/// One line of an assignment's history: what was assigned or changed, the result, who recorded it, when and why.
public sealed class WorkAssignmentChange : INeverDeleted
{
    private WorkAssignmentChange()
    {
        Tasks = string.Empty;
        FollowUpName = string.Empty;
        UserName = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid AssignmentId { get; private set; }

    public int Sequence { get; private set; }

    public AssignmentAction Action { get; private set; }

    public DateOnly Date { get; private set; }

    /// The tasks and follow-up as they stood after the change.
    public string Tasks { get; private set; }

    public string FollowUpName { get; private set; }

    public AssignmentOutcome? Outcome { get; private set; }

    public string? Reason { get; private set; }

    public Guid? UserId { get; private set; }

    public string UserName { get; private set; }

    public Role ActingAs { get; private set; }

    public DateTime AtUtc { get; private set; }

    internal static WorkAssignmentChange Create(WorkAssignment assignment, int sequence, AssignmentAction action, DateOnly date, string? reason,
        ChangeStamp stamp) => new()
    {
        Id = Ids.New(),
        AssignmentId = assignment.Id,
        Sequence = sequence,
        Action = action,
        Date = date,
        Tasks = assignment.Tasks,
        FollowUpName = assignment.FollowUpName,
        Outcome = assignment.Outcome,
        Reason = reason,
        UserId = stamp.UserId,
        UserName = stamp.UserName,
        ActingAs = stamp.ActingAs,
        AtUtc = stamp.AtUtc,
    };
}
