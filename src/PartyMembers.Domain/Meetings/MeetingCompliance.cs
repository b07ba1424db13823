namespace PartyMembers.Domain.Meetings;

/// A meeting as the monthly and quarterly checks see it.
public sealed record MeetingFact(MeetingKind Kind, DateOnly Date);

/// Where a cell stands against the meeting rules on a day: a regular meeting every month (Điều lệ Art 24(2)) and a
/// thematic meeting at least once a quarter (HD 42-HD/BTCTW). The previous month and quarter are over, so a gap there
/// is a breach; the current quarter is only "not yet".
public sealed record MeetingCompliance(
    bool MissingRegularPreviousMonth, bool MissingThematicPreviousQuarter, bool NoThematicYetThisQuarter, DateOnly? LastRegular)
{
    public bool HasGap => MissingRegularPreviousMonth || MissingThematicPreviousQuarter || NoThematicYetThisQuarter;

    /// The first day of the period the checks read: the start of the previous quarter or of the previous month,
    /// whichever is earlier. Meetings before it do not change the outcome.
    public static DateOnly WindowStart(DateOnly today) => Min(PreviousMonth(today).Start, PreviousQuarter(today).Start);

    /// Evaluates a cell's (not cancelled) meetings. A cell established after a period began is not held to it.
    public static MeetingCompliance Evaluate(IEnumerable<MeetingFact> meetings, DateOnly today, DateOnly cellEstablishedOn)
    {
        var list = meetings.ToList();
        var month = PreviousMonth(today);
        var previousQuarter = PreviousQuarter(today);
        var quarter = Quarter(today);
        bool Has(MeetingKind[] kinds, (DateOnly Start, DateOnly End) period) =>
            list.Any(m => kinds.Contains(m.Kind) && m.Date >= period.Start && m.Date <= period.End);

        var lastRegular = list.Where(m => MeetingRules.RegularKinds.Contains(m.Kind) && m.Date <= today)
            .Select(m => (DateOnly?)m.Date).Max();
        return new MeetingCompliance(
            cellEstablishedOn <= month.Start && !Has(MeetingRules.RegularKinds, month),
            cellEstablishedOn <= previousQuarter.Start && !Has(MeetingRules.ThematicKinds, previousQuarter),
            !Has(MeetingRules.ThematicKinds, (quarter.Start, today)),
            lastRegular);
    }

    public static (DateOnly Start, DateOnly End) PreviousMonth(DateOnly today)
    {
        var start = new DateOnly(today.Year, today.Month, 1).AddMonths(-1);
        return (start, start.AddMonths(1).AddDays(-1));
    }

    public static (DateOnly Start, DateOnly End) Quarter(DateOnly day)
    {
        var start = new DateOnly(day.Year, ((day.Month - 1) / 3 * 3) + 1, 1);
        return (start, start.AddMonths(3).AddDays(-1));
    }

    public static (DateOnly Start, DateOnly End) PreviousQuarter(DateOnly today) => Quarter(Quarter(today).Start.AddDays(-1));

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
