using PartyMembers.Domain.Common;
using PartyMembers.Domain.Members;
using PartyMembers.Domain.Rules;

namespace PartyMembers.Domain.WorkLife;

/// A member's application to be exempted from work and party activity, as typed in.
public sealed record ExemptionApplication(
    DateOnly AppliedOn, ExemptionReason Reason, string? Details, DateOnly PeriodFrom, DateOnly? PeriodTo);

/// One member's exemption from work and party activity (miễn công tác và sinh hoạt đảng), from the application through
/// the decision to the return to activity (docs/domain/work-life.md). The state changes only through
/// <see cref="ExemptionTransitions"/>; the member's status changes only on the decision (Member.Exempt) and the return
/// (Member.EndExemption). Never deleted.
public sealed class ExemptionCase : IVersioned, INeverDeleted
{
    public const int TextMaxLength = 1000;

    private readonly List<ExemptionStep> _steps = [];

    private ExemptionCase()
    {
    }

    public Guid Id { get; private set; }

    public Guid MemberId { get; private set; }

    /// The member's home cell when the application was made.
    public Guid CellId { get; private set; }

    public DateOnly AppliedOn { get; private set; }

    public ExemptionReason Reason { get; private set; }

    public string? Details { get; private set; }

    public DateOnly PeriodFrom { get; private set; }

    /// The end of the period; open for age and health, where the member applies again to return.
    public DateOnly? PeriodTo { get; private set; }

    public ExemptionState State { get; private set; }

    public LegalBasis? CellResolution { get; private set; }

    public LegalBasis? Decision { get; private set; }

    public DateOnly? DecidedOn { get; private set; }

    public DateOnly? ClosedOn { get; private set; }

    public string? ClosingReason { get; private set; }

    public int StepCount { get; private set; }

    public DateOnly LastStepDate { get; private set; }

    public Guid Version { get; private set; }

    public IReadOnlyList<ExemptionStep> Steps => _steps;

    public ExemptionDecider Decider => ExemptionTransitions.DeciderFor(Reason);

    public bool IsOpen => ExemptionTransitions.IsOpen(State);

    /// The period ran out and the member is still exempt: the cell records the return, or the member applies again.
    public bool PeriodEnded(DateOnly today) => State == ExemptionState.Decided && PeriodTo is { } to && to < today;

    /// Records the application (the cell secretary types it in). A reason other than age or health needs a period
    /// shorter than the parameter <see cref="RuleKeys.ExemptionOtherReasonMaxMonthsExclusive"/> in force on the
    /// application date.
    public static Result<ExemptionCase> Apply(
        Member member, Guid cellId, ExemptionApplication application, bool hasOpenCase, RuleBook rules, ChangeStamp stamp)
    {
        var errors = new List<DomainError>();
        if (stamp.ActingAs != Accounts.Role.CellSecretary)
        {
            errors.Add(new DomainError("Exemption.RoleCannotRecord", null, "Apply", stamp.ActingAs));
        }

        if (member.Status != ActivityStatus.Active)
        {
            errors.Add(new DomainError("Exemption.MemberNotActive", null, member.Status));
        }

        if (member.HomeUnitId != cellId)
        {
            errors.Add(new DomainError("Exemption.NotHomeCell"));
        }

        if (hasOpenCase)
        {
            errors.Add(new DomainError("Exemption.AlreadyOpen"));
        }

        if (!Enum.IsDefined(application.Reason))
        {
            errors.Add(new DomainError("Value.Invalid", nameof(Reason)));
        }

        if (application.AppliedOn > stamp.Today)
        {
            errors.Add(new DomainError("Date.InFuture", nameof(AppliedOn)));
        }

        if (application.PeriodFrom < application.AppliedOn)
        {
            errors.Add(new DomainError("Exemption.PeriodBeforeApplication", nameof(PeriodFrom)));
        }

        var decider = ExemptionTransitions.DeciderFor(application.Reason);
        if (application.PeriodTo is { } to && to <= application.PeriodFrom)
        {
            errors.Add(new DomainError("Exemption.PeriodEndsBeforeStart", nameof(PeriodTo)));
        }
        else if (decider == ExemptionDecider.GrassrootsCommittee)
        {
            var months = rules.GetInteger(RuleKeys.ExemptionOtherReasonMaxMonthsExclusive, application.AppliedOn);
            if (application.PeriodTo is null)
            {
                errors.Add(new DomainError("Exemption.PeriodEndRequired", nameof(PeriodTo)));
            }
            else if (application.PeriodTo >= application.PeriodFrom.AddMonths(months))
            {
                errors.Add(new DomainError("Exemption.PeriodTooLong", nameof(PeriodTo), months));
            }
        }

        if (application.Reason == ExemptionReason.Other && string.IsNullOrWhiteSpace(application.Details))
        {
            errors.Add(new DomainError("Exemption.DetailsRequired", nameof(Details)));
        }

        errors.AddRange(Length(application.Details, nameof(Details)));
        if (errors.Count > 0)
        {
            return Result<ExemptionCase>.Fail(errors);
        }

        var created = new ExemptionCase
        {
            Id = Ids.New(),
            MemberId = member.Id,
            CellId = cellId,
            AppliedOn = application.AppliedOn,
            Reason = application.Reason,
            Details = WorkAssignment.Blank(application.Details),
            PeriodFrom = application.PeriodFrom,
            PeriodTo = application.PeriodTo,
            State = ExemptionState.Applied,
            Version = Guid.NewGuid(),
        };
        created.Step("Apply", ExemptionState.Applied, application.AppliedOn, null, null, stamp);
        return Result<ExemptionCase>.Ok(created);
    }

    /// The cell's resolution proposing the exemption to the grassroots committee (other reasons).
    public Result ResolveInCell(LegalBasis resolution, ChangeStamp stamp)
    {
        var errors = Check(ExemptionTrigger.CellResolve, resolution.DocumentDate, stamp);
        errors.AddRange(Basis(resolution, stamp));
        if (errors.Count > 0)
        {
            return Result.Fail(errors);
        }

        CellResolution = resolution;
        Move(ExemptionTrigger.CellResolve, resolution.DocumentDate, resolution, null, stamp);
        return Result.Success();
    }

    /// The decision: by the cell for age or health, by the grassroots committee otherwise. The member becomes exempt
    /// from the decision's date.
    public Result Decide(LegalBasis decision, Member member, ChangeStamp stamp)
    {
        var errors = Check(ExemptionTrigger.Decide, decision.DocumentDate, stamp);
        errors.AddRange(Basis(decision, stamp));
        if (member.Id != MemberId)
        {
            errors.Add(new DomainError("Exemption.WrongMember"));
        }

        if (errors.Count > 0)
        {
            return Result.Fail(errors);
        }

        var exempted = member.Exempt(new StatusChange(decision.DocumentDate, decision, Details), stamp);
        if (!exempted.Succeeded)
        {
            return exempted;
        }

        Decision = decision;
        DecidedOn = decision.DocumentDate;
        Move(ExemptionTrigger.Decide, decision.DocumentDate, decision, null, stamp);
        return Result.Success();
    }

    /// The body whose turn it is does not agree; the reason is kept.
    public Result Refuse(LegalBasis? resolution, DateOnly date, string? reason, ChangeStamp stamp)
    {
        var errors = Check(ExemptionTrigger.Refuse, date, stamp);
        if (resolution is not null)
        {
            errors.AddRange(Basis(resolution, stamp));
        }

        errors.AddRange(Required(reason, "Reason"));
        if (errors.Count > 0)
        {
            return Result.Fail(errors);
        }

        Close(ExemptionTrigger.Refuse, date, resolution, reason, stamp);
        return Result.Success();
    }

    /// The member returns to work and activity (at the end of the period, or on a new application for age or health).
    public Result Return(DateOnly date, string? note, Member member, ChangeStamp stamp)
    {
        var errors = Check(ExemptionTrigger.Return, date, stamp);
        errors.AddRange(Length(note, "Reason"));
        if (member.Id != MemberId)
        {
            errors.Add(new DomainError("Exemption.WrongMember"));
        }

        if (errors.Count > 0)
        {
            return Result.Fail(errors);
        }

        var ended = member.EndExemption(new StatusChange(date, null, WorkAssignment.Blank(note)), stamp);
        if (!ended.Succeeded)
        {
            return ended;
        }

        Close(ExemptionTrigger.Return, date, null, note, stamp);
        return Result.Success();
    }

    /// The member withdraws the application before the decision.
    public Result Withdraw(DateOnly date, string? reason, ChangeStamp stamp)
    {
        var errors = Check(ExemptionTrigger.Withdraw, date, stamp);
        errors.AddRange(Required(reason, "Reason"));
        if (errors.Count > 0)
        {
            return Result.Fail(errors);
        }

        Close(ExemptionTrigger.Withdraw, date, null, reason, stamp);
        return Result.Success();
    }

    /// The triggers a role may record now.
    public IEnumerable<ExemptionTrigger> Available(Accounts.Role role) =>
        ExemptionTransitions.Available(State, Reason, role).Select(t => t.Trigger);

    private List<DomainError> Check(ExemptionTrigger trigger, DateOnly date, ChangeStamp stamp)
    {
        var errors = new List<DomainError>();
        var transition = ExemptionTransitions.Find(State, trigger, Reason);
        if (transition is null)
        {
            errors.Add(new DomainError("Exemption.TransitionNotAllowed", null, trigger, State));
            return errors;
        }

        if (!transition.Roles.Contains(stamp.ActingAs))
        {
            errors.Add(new DomainError("Exemption.RoleCannotRecord", null, trigger, stamp.ActingAs));
        }

        if (date > stamp.Today)
        {
            errors.Add(new DomainError("Date.InFuture", "Date"));
        }
        else if (date < LastStepDate)
        {
            errors.Add(new DomainError("Exemption.DateBeforeLastStep", "Date", LastStepDate));
        }

        return errors;
    }

    private static IEnumerable<DomainError> Basis(LegalBasis basis, ChangeStamp stamp) =>
        LegalBasis.Validate(basis.DocumentNumber, basis.DocumentDate, basis.Issuer, stamp.Today, string.Empty)
            .Where(e => e.Code != "Date.InFuture");

    private static IEnumerable<DomainError> Required(string? text, string field) =>
        string.IsNullOrWhiteSpace(text) ? [new DomainError("Exemption.ReasonRequired", field)] : Length(text, field);

    private static IEnumerable<DomainError> Length(string? text, string field)
    {
        if (text is not null && text.Trim().Length > TextMaxLength)
        {
            yield return new DomainError("Text.TooLong", field, TextMaxLength);
        }
    }

    private void Close(ExemptionTrigger trigger, DateOnly date, LegalBasis? basis, string? reason, ChangeStamp stamp)
    {
        ClosedOn = date;
        ClosingReason = WorkAssignment.Blank(reason);
        Move(trigger, date, basis, reason, stamp);
    }

    private void Move(ExemptionTrigger trigger, DateOnly date, LegalBasis? basis, string? reason, ChangeStamp stamp)
    {
        var from = State;
        State = ExemptionTransitions.Find(State, trigger, Reason)!.To;
        Step(trigger.ToString(), from, date, basis, reason, stamp);
    }

    private void Step(string action, ExemptionState from, DateOnly date, LegalBasis? basis, string? reason, ChangeStamp stamp)
    {
        StepCount++;
        _steps.Add(ExemptionStep.Create(Id, StepCount, action, from, State, date, basis?.ToString(), WorkAssignment.Blank(reason), stamp));
        if (date > LastStepDate)
        {
            LastStepDate = date;
        }
    }
}

/// One line of an exemption case's history.
public sealed class ExemptionStep : INeverDeleted
{
    private ExemptionStep()
    {
        Action = string.Empty;
        UserName = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid CaseId { get; private set; }

    public int Sequence { get; private set; }

    public string Action { get; private set; }

    public ExemptionState FromState { get; private set; }

    public ExemptionState ToState { get; private set; }

    public DateOnly Date { get; private set; }

    /// The resolution or decision, as "number (date, issuer)".
    public string? Basis { get; private set; }

    public string? Reason { get; private set; }

    public Guid? UserId { get; private set; }

    public string UserName { get; private set; }

    public Accounts.Role ActingAs { get; private set; }

    public DateTime AtUtc { get; private set; }

    internal static ExemptionStep Create(Guid caseId, int sequence, string action, ExemptionState from, ExemptionState to, DateOnly date,
        string? basis, string? reason, ChangeStamp stamp) => new()
    {
        Id = Ids.New(),
        CaseId = caseId,
        Sequence = sequence,
        Action = action,
        FromState = from,
        ToState = to,
        Date = date,
        Basis = basis,
        Reason = reason,
        UserId = stamp.UserId,
        UserName = stamp.UserName,
        ActingAs = stamp.ActingAs,
        AtUtc = stamp.AtUtc,
    };
}
