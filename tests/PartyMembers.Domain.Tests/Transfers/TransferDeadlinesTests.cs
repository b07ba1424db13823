using PartyMembers.Domain.Accounts;
using PartyMembers.Domain.Calendar;
using PartyMembers.Domain.Organisation;
using PartyMembers.Domain.Transfers;

namespace PartyMembers.Domain.Tests.Transfers;

/// The time limits and bounds of transfers at their edges, on the statutory calendar (Tết 2026: 16/02 to 20/02 off).
public class TransferDeadlinesTests
{
    private static readonly TransferDeadlines Deadlines = TransferScenario.Deadlines;

    [Fact]
    public void The_procedure_starts_within_60_working_days_of_the_decision_counted_across_Tet()
    {
        // After Monday 05/01/2026: 12 weeks of 5 working days less the Tết week, so the 60th is Monday 06/04/2026;
        // without Tết it would be Monday 30/03.
        var caused = new DateOnly(2026, 1, 5);
        Assert.Equal(new DateOnly(2026, 4, 6), Deadlines.StartDue(caused));
        Assert.Equal(60, WorkingDayCalendar.StatutoryOnly.WorkingDaysBetween(caused, Deadlines.StartDue(caused)));
    }

    [Theory]
    [InlineData("2026-04-03", false)] // the day before
    [InlineData("2026-04-06", false)] // the 60th working day
    [InlineData("2026-04-07", true)] // the day after: the cell must say why
    public void A_request_after_the_60_working_days_needs_the_reason(string requested, bool late)
    {
        var on = DateOnly.Parse(requested, System.Globalization.CultureInfo.InvariantCulture);
        var request = TransferScenario.RequestOf(TransferKind.OfficialOut, on) with { CausedOn = new DateOnly(2026, 1, 5) };
        var member = TransferScenario.NewMember();
        var result = TransferCase.Request(member, request, null, holdOpen: false, Deadlines, TransferScenario.As(Role.CellSecretary, on));
        if (late)
        {
            ErrorAssert.Only(result, "Transfer.LateReasonRequired", nameof(TransferRequest.LateReason));
            var explained = TransferCase.Request(member, request with { LateReason = "Chờ bàn giao công việc." }, null, holdOpen: false, Deadlines,
                TransferScenario.As(Role.CellSecretary, on));
            Assert.Equal("Chờ bàn giao công việc.", ErrorAssert.Succeeded(explained).LateReason);
        }
        else
        {
            Assert.Equal(new DateOnly(2026, 4, 6), ErrorAssert.Succeeded(result).StartDue);
        }
    }

    [Fact]
    public void The_letter_is_presented_within_30_working_days_of_its_date_across_Tet()
    {
        // After Tuesday 20/01/2026: 21-23/01 (3), 26-30/01 (8), 02-06/02 (13), 09-13/02 (18), Tết, 23-27/02 (23),
        // 02-06/03 (28), 09-10/03 (30).
        Assert.Equal(new DateOnly(2026, 3, 10), Deadlines.PresentDue(new DateOnly(2026, 1, 20)));
        Assert.Equal(1, Deadlines.WorkingDaysLeft(new DateOnly(2026, 3, 10), new DateOnly(2026, 3, 9)));
        Assert.Equal(0, Deadlines.WorkingDaysLeft(new DateOnly(2026, 3, 10), new DateOnly(2026, 3, 10)));
        Assert.Equal(-1, Deadlines.WorkingDaysLeft(new DateOnly(2026, 3, 10), new DateOnly(2026, 3, 11)));
    }

    [Fact]
    public void Issuing_the_letter_sets_the_presentation_due_date()
    {
        var s = TransferScenario.At(TransferKind.Internal, TransferStage.LetterIssued);
        Assert.Equal(Deadlines.PresentDue(s.Case.LetterDate!.Value), s.Case.PresentDue);
        Assert.Equal(30, WorkingDayCalendar.StatutoryOnly.WorkingDaysBetween(s.Case.LetterDate.Value, s.Case.PresentDue!.Value));
    }

    [Theory]
    [InlineData("2026-03-15", false)] // the day before
    [InlineData("2026-03-16", false)] // exactly 3 months: not yet "more than 3 months"
    [InlineData("2026-03-17", true)] // the day after
    public void An_incoming_member_goes_on_the_removal_watch_more_than_3_months_after_the_notice(string today, bool overdue)
    {
        var received = new DateOnly(2025, 12, 16);
        var on = DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(overdue, Deadlines.NonArrivalOverdue(received, on));

        var notice = ErrorAssert.Succeeded(TransferCase.RecordNotice(TransferScenario.NoticeOf(received), UnitType.Cell, Deadlines,
            TransferScenario.As(Role.OrganisationBoard, received)));
        Assert.Equal(new DateOnly(2026, 3, 16), notice.NonArrivalLimit);
        var result = notice.FlagNonArrival(Deadlines, TransferScenario.As(Role.OrganisationBoard, on));
        if (overdue)
        {
            ErrorAssert.Succeeded(result);
            Assert.Equal(TransferStage.FlaggedForRemoval, notice.Stage);
            Assert.Equal(on, notice.FlaggedOn);
            Assert.Contains("27-PB/BTC", notice.FlagEvidence, StringComparison.Ordinal);
            Assert.Contains("16/12/2025", notice.FlagEvidence, StringComparison.Ordinal);
        }
        else
        {
            ErrorAssert.Only(result, "Transfer.NonArrivalNotDue");
            Assert.Equal(TransferStage.NoticeReceived, notice.Stage);
        }
    }

    [Theory]
    [InlineData("2026-06-30", false, "Transfer.PeriodTooShort")] // a day under 3 months
    [InlineData("2026-07-01", false, null)] // 3 months
    [InlineData("2027-03-31", false, null)] // under 12 months
    [InlineData("2027-04-01", false, "Transfer.PeriodTooLong")] // 12 months is not "under 12"
    [InlineData("2028-04-01", true, null)] // study: 24 months
    [InlineData("2028-04-02", true, "Transfer.PeriodTooLongStudy")]
    [InlineData("2026-06-30", true, "Transfer.PeriodTooShort")]
    public void A_temporary_transfer_lasts_3_to_under_12_months_or_up_to_24_for_study(string to, bool study, string? error)
    {
        var from = new DateOnly(2026, 4, 1);
        var end = DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(error, Deadlines.TemporaryPeriodError(from, end, study));

        var request = TransferScenario.RequestOf(TransferKind.Temporary, from) with { PeriodFrom = from, PeriodTo = end, Study = study };
        var result = TransferCase.Request(TransferScenario.NewMember(), request, null, holdOpen: false, Deadlines,
            TransferScenario.As(Role.CellSecretary, from));
        if (error is null)
        {
            ErrorAssert.Succeeded(result);
        }
        else
        {
            ErrorAssert.Only(result, error, nameof(TransferRequest.PeriodTo));
        }
    }

    [Theory]
    [InlineData(0, "Transfer.ExtensionNotLater")]
    [InlineData(1, null)]
    [InlineData(364, null)]
    [InlineData(365, "Transfer.ExtensionTooLong")]
    public void An_extension_moves_the_end_later_by_under_a_year(int days, string? error)
    {
        var end = new DateOnly(2026, 9, 2);
        Assert.Equal(error, Deadlines.ExtensionError(end, end.AddDays(days)));
    }
}
