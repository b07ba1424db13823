using PartyMembers.Domain.Calendar;
using PartyMembers.Domain.Rules;

namespace PartyMembers.Domain.Transfers;

/// The time limits of transfers, each read from its rule parameter as of the date that starts it and counted on the
/// working-day calendar (the day of the event not counted).
public sealed class TransferDeadlines(RuleBook rules, WorkingDayCalendar calendar)
{
    public RuleBook Rules => rules;

    public WorkingDayCalendar Calendar => calendar;

    /// The transfer procedure starts within 60 working days of the decision taking effect or the change of residence
    /// (Q294 §6.3.1a).
    public DateOnly StartDue(DateOnly causedOn) =>
        calendar.AddWorkingDays(causedOn, rules.GetInteger(RuleKeys.TransferStartWorkingDays, causedOn));

    /// The member presents the letter to the receiving side within 30 working days of its date (Q294 §6.3.1c).
    public DateOnly PresentDue(DateOnly letterDate) =>
        calendar.AddWorkingDays(letterDate, rules.GetInteger(RuleKeys.TransferPresentWorkingDays, letterDate));

    /// More than 3 months after receiving the notice without the member's file: the receiving side proposes removal for
    /// leaving party activity without permission (HD38 §II.4.3.1d). The day returned is the last day still within the
    /// limit; the member is on the removal watch from the next day.
    public DateOnly NonArrivalLimit(DateOnly noticeReceivedOn) =>
        noticeReceivedOn.AddMonths(rules.GetInteger(RuleKeys.NonArrivalRemovalMonths, noticeReceivedOn));

    public bool NonArrivalOverdue(DateOnly noticeReceivedOn, DateOnly today) => today > NonArrivalLimit(noticeReceivedOn);

    /// Working days left until a due date (negative when past).
    public int WorkingDaysLeft(DateOnly due, DateOnly today) =>
        due >= today ? calendar.WorkingDaysBetween(today, due) : -calendar.WorkingDaysBetween(due, today);

    /// A temporary transfer lasts from 3 months to under 12 months; full-time study from 3 to 24 months (Q294 §6.3.2a).
    /// Returns the error code when the period is outside those bounds.
    public string? TemporaryPeriodError(DateOnly from, DateOnly to, bool study)
    {
        var min = rules.GetInteger(RuleKeys.TemporaryTransferMinMonths, from);
        if (to < from.AddMonths(min))
        {
            return "Transfer.PeriodTooShort";
        }

        return study
            ? to > from.AddMonths(rules.GetInteger(RuleKeys.TemporaryTransferStudyMaxMonths, from)) ? "Transfer.PeriodTooLongStudy" : null
            : to >= from.AddMonths(rules.GetInteger(RuleKeys.TemporaryTransferMaxMonthsExclusive, from)) ? "Transfer.PeriodTooLong" : null;
    }

    /// An extension is written on the letter for under a year more (HD38 §II.4.3.2c).
    public string? ExtensionError(DateOnly currentEnd, DateOnly newEnd) =>
        newEnd <= currentEnd ? "Transfer.ExtensionNotLater"
        : newEnd >= currentEnd.AddMonths(rules.GetInteger(RuleKeys.TemporaryTransferMaxMonthsExclusive, currentEnd)) ? "Transfer.ExtensionTooLong"
        : null;
}
