using PartyMembers.Domain.Common;
using PartyMembers.Domain.Members;

namespace PartyMembers.Domain.Fees;

/// An exemption from, or a reduction of, a member's party fee for a period of months (at most
/// <see cref="Rules.RuleKeys.FeeReliefMaxMonths"/> at a time). It can end early, with a reason; it is never deleted.
public sealed class FeeRelief : IVersioned, INeverDeleted
{
    public const int ReasonMaxLength = 500;

    private FeeRelief()
    {
        Reason = string.Empty;
        RecordedByName = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid MemberId { get; private set; }

    public FeeReliefKind Kind { get; private set; }

    public FeeReliefGround Ground { get; private set; }

    /// The reduction in percent (30, 50, 70 by default); null for an exemption.
    public int? ReductionPercent { get; private set; }

    /// First month covered.
    public DateOnly FromMonth { get; private set; }

    /// Last month covered (first day of that month).
    public DateOnly ToMonth { get; private set; }

    public string Reason { get; private set; }

    public Guid? RecordedById { get; private set; }

    public string RecordedByName { get; private set; }

    public DateTime RecordedAtUtc { get; private set; }

    /// Set when the relief was ended before <see cref="ToMonth"/>: the last month it still covers.
    public DateOnly? EndedAfterMonth { get; private set; }

    public string? EndReason { get; private set; }

    public string? EndedByName { get; private set; }

    public DateTime? EndedAtUtc { get; private set; }

    public Guid Version { get; private set; }

    public DateOnly LastMonth => EndedAfterMonth is { } e && e < ToMonth ? e : ToMonth;

    public bool Covers(DateOnly month) => month >= FromMonth && month <= LastMonth;

    public static Result<FeeRelief> Create(
        Guid memberId, FeeReliefKind kind, FeeReliefGround ground, int? reductionPercent, DateOnly fromMonth, DateOnly toMonth, string? reason,
        int maxMonths, IReadOnlyCollection<int> allowedReductions, ChangeStamp stamp)
    {
        var errors = new List<DomainError>();
        if (!Enum.IsDefined(kind))
        {
            errors.Add(new DomainError("Value.Invalid", nameof(Kind)));
        }

        if (!Enum.IsDefined(ground))
        {
            errors.Add(new DomainError("Value.Invalid", nameof(Ground)));
        }

        if (kind == FeeReliefKind.Reduction && (reductionPercent is null || !allowedReductions.Contains(reductionPercent.Value)))
        {
            errors.Add(new DomainError("Fees.ReductionPercentInvalid", nameof(ReductionPercent), string.Join(", ", allowedReductions)));
        }

        if (!FeeMonth.IsMonth(fromMonth))
        {
            errors.Add(new DomainError("Fees.MonthInvalid", nameof(FromMonth)));
        }

        if (!FeeMonth.IsMonth(toMonth))
        {
            errors.Add(new DomainError("Fees.MonthInvalid", nameof(ToMonth)));
        }
        else if (toMonth < fromMonth)
        {
            errors.Add(new DomainError("Fees.ReliefEndsBeforeStart", nameof(ToMonth)));
        }
        else if (MonthsBetween(fromMonth, toMonth) + 1 > maxMonths)
        {
            errors.Add(new DomainError("Fees.ReliefTooLong", nameof(ToMonth), maxMonths));
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            errors.Add(new DomainError("Fees.ReasonRequired", nameof(Reason)));
        }
        else if (reason.Trim().Length > ReasonMaxLength)
        {
            errors.Add(new DomainError("Text.TooLong", nameof(Reason), ReasonMaxLength));
        }

        if (errors.Count > 0)
        {
            return Result<FeeRelief>.Fail(errors);
        }

        return Result<FeeRelief>.Ok(new FeeRelief
        {
            Id = Ids.New(),
            MemberId = memberId,
            Kind = kind,
            Ground = ground,
            ReductionPercent = kind == FeeReliefKind.Reduction ? reductionPercent : null,
            FromMonth = fromMonth,
            ToMonth = toMonth,
            Reason = reason!.Trim(),
            RecordedById = stamp.UserId,
            RecordedByName = stamp.UserName,
            RecordedAtUtc = stamp.AtUtc,
            Version = Guid.NewGuid(),
        });
    }

    /// Ends the relief after <paramref name="lastMonth"/> (the last month it still covers; the month before
    /// <see cref="FromMonth"/> cancels it entirely).
    public Result End(DateOnly lastMonth, string? reason, ChangeStamp stamp)
    {
        var errors = new List<DomainError>();
        if (EndedAfterMonth is not null)
        {
            errors.Add(new DomainError("Fees.ReliefAlreadyEnded"));
        }

        if (!FeeMonth.IsMonth(lastMonth))
        {
            errors.Add(new DomainError("Fees.MonthInvalid", nameof(EndedAfterMonth)));
        }
        else if (lastMonth < FromMonth.AddMonths(-1) || lastMonth >= ToMonth)
        {
            errors.Add(new DomainError("Fees.ReliefEndOutOfPeriod", nameof(EndedAfterMonth)));
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            errors.Add(new DomainError("Fees.ReasonRequired", nameof(EndReason)));
        }
        else if (reason.Trim().Length > ReasonMaxLength)
        {
            errors.Add(new DomainError("Text.TooLong", nameof(EndReason), ReasonMaxLength));
        }

        if (errors.Count > 0)
        {
            return Result.Fail(errors);
        }

        EndedAfterMonth = lastMonth;
        EndReason = reason!.Trim();
        EndedByName = stamp.UserName;
        EndedAtUtc = stamp.AtUtc;
        return Result.Success();
    }

    private static int MonthsBetween(DateOnly from, DateOnly to) => ((to.Year - from.Year) * 12) + to.Month - from.Month;
}
