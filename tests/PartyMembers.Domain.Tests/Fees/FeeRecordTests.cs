using PartyMembers.Domain.Accounts;
using PartyMembers.Domain.Fees;
using PartyMembers.Domain.Members;
using PartyMembers.Testing;

namespace PartyMembers.Domain.Tests.Fees;

/// What a payment, a basis and a relief refuse.
public sealed class FeeRecordTests
{
    private static readonly DateOnly Today = new(2026, 11, 20);
    private static readonly DateOnly November = new(2026, 11, 1);
    private static readonly ChangeStamp Cell = TestStamps.As(Role.CellSecretary, Today);
    private static readonly FeeDue Due100k = new(November, FeeDueStatus.Due, 100_000, FeeBasisKind.Salary, 10_000_000, 1m, null, "QĐ 01");

    private static PartyMembers.Domain.Common.Result<FeePayment> Pay(long amount, bool voluntary = false, DateOnly? month = null, DateOnly? paidOn = null, FeeDue? due = null) =>
        FeePayment.Record(Guid.NewGuid(), month ?? November, Guid.NewGuid(), due ?? Due100k, amount, voluntary, PaymentMethod.Cash, paidOn ?? Today, Cell);

    [Fact]
    public void The_due_amount_is_accepted_and_keeps_who_and_the_rule()
    {
        var payment = Pay(100_000).Value!;
        Assert.Equal(100_000, payment.DueAmount);
        Assert.False(payment.Voluntary);
        Assert.Equal(Cell.UserName, payment.RecordedByName);
        Assert.Contains("QĐ 01", payment.RuleApplied, StringComparison.Ordinal);
    }

    [Fact]
    public void A_future_month_is_refused_and_the_current_month_is_not() =>
        ErrorAssert.Has(Pay(100_000, month: new DateOnly(2026, 12, 1), paidOn: Today).Errors, "Fees.FutureMonth", "Month");

    [Fact]
    public void An_amount_below_the_due_is_refused_with_the_due()
    {
        var error = ErrorAssert.Only(Pay(99_999).Errors, "Fees.AmountBelowDue", "Amount");
        Assert.Equal(100_000L, error.Arguments[0]);
    }

    [Fact]
    public void More_than_the_due_needs_the_voluntary_tick()
    {
        ErrorAssert.Only(Pay(150_000).Errors, "Fees.AmountAboveDueNotVoluntary", "Amount");
        Assert.True(Pay(150_000, voluntary: true).Value!.Voluntary);
    }

    [Fact]
    public void Paying_before_the_month_or_in_the_future_is_refused()
    {
        ErrorAssert.Has(Pay(100_000, month: new DateOnly(2026, 10, 1), paidOn: new DateOnly(2026, 9, 30)).Errors, "Fees.PaidBeforeMonth", "PaidOn");
        ErrorAssert.Has(Pay(100_000, paidOn: Today.AddDays(1)).Errors, "Date.InFuture", "PaidOn");
    }

    [Fact]
    public void Nothing_is_recorded_for_an_exempt_month_or_without_a_basis()
    {
        ErrorAssert.Only(Pay(0, due: Due100k with { Status = FeeDueStatus.ExemptRelief, Amount = 0 }).Errors, "Fees.NothingDue", "Amount");
        ErrorAssert.Only(Pay(1, due: Due100k with { Status = FeeDueStatus.BasisMissing, Amount = null }).Errors, "Fees.BasisMissing", "Amount");
    }

    [Fact]
    public void A_payment_is_voided_once_with_a_reason()
    {
        var payment = Pay(100_000).Value!;
        ErrorAssert.Only(payment.Void(" ", 1, Cell), "Fees.ReasonRequired", "VoidReason");
        Assert.True(payment.Void("Ghi nhầm tháng", 1, Cell).Succeeded);
        Assert.True(payment.IsVoided);
        ErrorAssert.Only(payment.Void("again", 2, Cell), "Fees.AlreadyVoided");
    }

    [Fact]
    public void A_basis_needs_its_amount_or_region()
    {
        ErrorAssert.Only(FeeBasis.Create(Guid.NewGuid(), November, FeeBasisKind.Salary, null, null, false, null, Cell).Errors, "Fees.AmountRequired", "DeclaredAmount");
        ErrorAssert.Only(FeeBasis.Create(Guid.NewGuid(), November, FeeBasisKind.Pension, 0, null, false, null, Cell).Errors, "Fees.AmountOutOfRange", "DeclaredAmount");
        ErrorAssert.Only(FeeBasis.Create(Guid.NewGuid(), November, FeeBasisKind.Other, null, null, false, null, Cell).Errors, "Fees.RegionRequired", "Region");
        ErrorAssert.Only(FeeBasis.Create(Guid.NewGuid(), new DateOnly(2026, 11, 2), FeeBasisKind.Student, null, null, false, null, Cell).Errors, "Fees.MonthInvalid", "ValidFrom");
        ErrorAssert.Only(FeeBasis.Create(Guid.NewGuid(), new DateOnly(2027, 1, 1), FeeBasisKind.Student, null, null, false, null, Cell).Errors, "Fees.BasisTooFarAhead", "ValidFrom");
        Assert.True(FeeBasis.Create(Guid.NewGuid(), new DateOnly(2026, 12, 1), FeeBasisKind.Student, null, null, false, null, Cell).Succeeded);
    }

    [Fact]
    public void A_relief_lasts_at_most_the_parameter_and_a_reduction_uses_an_allowed_percentage()
    {
        var twelve = FeeRelief.Create(Guid.NewGuid(), FeeReliefKind.Exemption, FeeReliefGround.SeriousIllness, null,
            new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 1), "Bệnh hiểm nghèo", 12, [30, 50, 70], Cell);
        Assert.True(twelve.Succeeded);
        var thirteen = FeeRelief.Create(Guid.NewGuid(), FeeReliefKind.Exemption, FeeReliefGround.SeriousIllness, null,
            new DateOnly(2026, 1, 1), new DateOnly(2027, 1, 1), "Bệnh hiểm nghèo", 12, [30, 50, 70], Cell);
        ErrorAssert.Only(thirteen.Errors, "Fees.ReliefTooLong", "ToMonth");
        var badPercent = FeeRelief.Create(Guid.NewGuid(), FeeReliefKind.Reduction, FeeReliefGround.Hardship, 40,
            new DateOnly(2026, 1, 1), new DateOnly(2026, 3, 1), "Khó khăn", 12, [30, 50, 70], Cell);
        ErrorAssert.Only(badPercent.Errors, "Fees.ReductionPercentInvalid", "ReductionPercent");
        var backwards = FeeRelief.Create(Guid.NewGuid(), FeeReliefKind.Exemption, FeeReliefGround.PoorHousehold, null,
            new DateOnly(2026, 3, 1), new DateOnly(2026, 1, 1), "Hộ nghèo", 12, [30, 50, 70], Cell);
        ErrorAssert.Only(backwards.Errors, "Fees.ReliefEndsBeforeStart", "ToMonth");
    }
}
