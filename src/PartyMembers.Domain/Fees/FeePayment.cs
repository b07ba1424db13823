using PartyMembers.Domain.Common;
using PartyMembers.Domain.Members;

namespace PartyMembers.Domain.Fees;

/// A member's party fee for one month, recorded by the collecting cell. One standing payment per member and month: the
/// database keeps (MemberId, Month, VoidSequence) unique and a standing payment has VoidSequence 0. A wrong payment is
/// never deleted; it is voided with a reason (moving it to the next free VoidSequence) and entered again.
public sealed class FeePayment : IVersioned, INeverDeleted
{
    public const int ReasonMaxLength = 500;

    private FeePayment()
    {
        RecordedByName = string.Empty;
        RuleApplied = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid MemberId { get; private set; }

    /// First day of the month paid for.
    public DateOnly Month { get; private set; }

    /// The cell that collected it.
    public Guid UnitId { get; private set; }

    public long Amount { get; private set; }

    /// The due computed when the payment was recorded.
    public long DueAmount { get; private set; }

    /// The member chose to pay more than the due.
    public bool Voluntary { get; private set; }

    public PaymentMethod Method { get; private set; }

    public DateOnly PaidOn { get; private set; }

    /// The rule the due came from, as shown then (e.g. "1% × 12.000.000 đ — Quy định 01-QĐ/TW").
    public string RuleApplied { get; private set; }

    public Guid? RecordedById { get; private set; }

    public string RecordedByName { get; private set; }

    public DateTime RecordedAtUtc { get; private set; }

    /// 0 while the payment stands; 1, 2... once voided.
    public int VoidSequence { get; private set; }

    public bool IsVoided => VoidSequence > 0;

    public string? VoidReason { get; private set; }

    public string? VoidedByName { get; private set; }

    public DateTime? VoidedAtUtc { get; private set; }

    public Guid Version { get; private set; }

    /// Records a payment: not for a month after the current one, not dated in the future or before the month it pays
    /// for... (prepayment is refused), and exactly the due unless the member states a voluntary higher amount.
    public static Result<FeePayment> Record(
        Guid memberId, DateOnly month, Guid unitId, FeeDue due, long amount, bool voluntary, PaymentMethod method, DateOnly paidOn,
        ChangeStamp stamp)
    {
        ArgumentNullException.ThrowIfNull(due);
        var errors = new List<DomainError>();
        if (!FeeMonth.IsMonth(month))
        {
            errors.Add(new DomainError("Fees.MonthInvalid", nameof(Month)));
        }
        else if (month > FeeMonth.Of(stamp.Today))
        {
            errors.Add(new DomainError("Fees.FutureMonth", nameof(Month)));
        }

        if (!Enum.IsDefined(method))
        {
            errors.Add(new DomainError("Value.Invalid", nameof(Method)));
        }

        if (paidOn > stamp.Today)
        {
            errors.Add(new DomainError("Date.InFuture", nameof(PaidOn)));
        }
        else if (paidOn < month)
        {
            errors.Add(new DomainError("Fees.PaidBeforeMonth", nameof(PaidOn)));
        }

        if (due.Amount is null)
        {
            errors.Add(new DomainError("Fees.BasisMissing", nameof(Amount)));
        }
        else if (due.Amount == 0)
        {
            errors.Add(new DomainError("Fees.NothingDue", nameof(Amount)));
        }
        else if (amount < due.Amount)
        {
            errors.Add(new DomainError("Fees.AmountBelowDue", nameof(Amount), due.Amount.Value));
        }
        else if (amount > due.Amount && !voluntary)
        {
            errors.Add(new DomainError("Fees.AmountAboveDueNotVoluntary", nameof(Amount), due.Amount.Value));
        }

        if (errors.Count > 0)
        {
            return Result<FeePayment>.Fail(errors);
        }

        return Result<FeePayment>.Ok(new FeePayment
        {
            Id = Ids.New(),
            MemberId = memberId,
            Month = month,
            UnitId = unitId,
            Amount = amount,
            DueAmount = due.Amount!.Value,
            Voluntary = amount > due.Amount,
            Method = method,
            PaidOn = paidOn,
            RuleApplied = due.Describe(),
            RecordedById = stamp.UserId,
            RecordedByName = stamp.UserName,
            RecordedAtUtc = stamp.AtUtc,
            Version = Guid.NewGuid(),
        });
    }

    /// Voids the payment with a reason; <paramref name="sequence"/> is the next free void number for the member and month.
    public Result Void(string? reason, int sequence, ChangeStamp stamp)
    {
        var errors = new List<DomainError>();
        if (IsVoided)
        {
            errors.Add(new DomainError("Fees.AlreadyVoided"));
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            errors.Add(new DomainError("Fees.ReasonRequired", nameof(VoidReason)));
        }
        else if (reason.Trim().Length > ReasonMaxLength)
        {
            errors.Add(new DomainError("Text.TooLong", nameof(VoidReason), ReasonMaxLength));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(sequence, 1);
        if (errors.Count > 0)
        {
            return Result.Fail(errors);
        }

        VoidSequence = sequence;
        VoidReason = reason!.Trim();
        VoidedByName = stamp.UserName;
        VoidedAtUtc = stamp.AtUtc;
        return Result.Success();
    }
}
