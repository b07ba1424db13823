using System.Globalization;
using PartyMembers.Domain.Rules;

namespace PartyMembers.Domain.Members;

/// A period without party activity, subtracted from the party age: From is the first day without activity, To the day
/// activity resumed (From inclusive, To exclusive). <see cref="DateOnly.MaxValue"/> as To means the period has not
/// ended (<see cref="IsOpen"/>), e.g. a member whose name was removed and who has not been reinstated.
public readonly record struct PartyAgeGap
{
    public PartyAgeGap(DateOnly from, DateOnly to)
    {
        if (to <= from)
        {
            throw new ArgumentException($"A gap ends after it starts ({from:yyyy-MM-dd} to {to:yyyy-MM-dd}).", nameof(to));
        }

        From = from;
        To = to;
    }

    public DateOnly From { get; }

    public DateOnly To { get; }

    /// The period has not ended: the member has not resumed party activity.
    public bool IsOpen => To == DateOnly.MaxValue;

    /// A gap from <paramref name="from"/> that has not ended.
    public static PartyAgeGap OpenFrom(DateOnly from) => new(from, DateOnly.MaxValue);

    public void Deconstruct(out DateOnly from, out DateOnly to)
    {
        from = From;
        to = To;
    }
}

/// A party age as of a date: full years and the months beyond them (as "N năm M tháng" is written), and the days of
/// party activity in all.
public sealed record PartyAgeValue(int Years, int Months, int TotalDays);

/// The next Party badge milestone (in years of party age) and the date the member reaches it.
public sealed record BadgeDue(int MilestoneYears, DateOnly DueOn)
{
    /// The earliest date the badge may be considered when the regulation allows it early, e.g. for a seriously ill
    /// member (HD06 §18: up to 12 months early for the 30 to 65 year badges, up to 24 months for 70 to 90). The number
    /// of months is the caller's: the rule set does not yet carry it as a parameter.
    public DateOnly ConsiderableFrom(int monthsEarly)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(monthsEarly);
        return DueOn.AddMonths(-monthsEarly);
    }
}

/// Party age (tuổi đảng) and Party badge milestones (Q294 §4.5.1; HD06 §5.3, §18).
///
/// The party age counts from the date the competent committee signed the admission decision
/// (<see cref="Member.AdmissionDecisionDate"/>), minus the periods without party activity (<see cref="PartyAgeGap"/>).
/// A member reaches <c>k</c> months of party age on the calendar date <c>k</c> months after the decision date plus the
/// days of every gap that started before that date (taking the gaps in order, since one gap can push the date into the
/// next): the day before the anniversary the member is still one short, on the anniversary itself it is reached. A
/// decision of 29/02 reaches its anniversaries on 28/02 in common years (the end of the month, as .NET's AddMonths and
/// the Civil Code 2015 Art. 148 count). Overlapping gaps count once; gaps before the decision date are cut at it; a gap
/// still running on the date asked about counts up to that date (the age stands still), and a gap after it does not
/// count.
public static class PartyAge
{
    /// The party age on <paramref name="asOf"/>. Before the decision date it is zero.
    public static PartyAgeValue Age(DateOnly decisionDate, IEnumerable<PartyAgeGap> gaps, DateOnly asOf)
    {
        var merged = Merge(decisionDate, gaps);
        if (asOf <= decisionDate)
        {
            return new PartyAgeValue(0, 0, 0);
        }

        var inactive = merged.Where(g => g.From < asOf).Sum(g => Days(g.From, Min(g.To, asOf)));
        var totalDays = asOf.DayNumber - decisionDate.DayNumber - inactive;

        // A first guess from the calendar months between the decision and asOf less the inactive days, then the exact
        // count of months reached.
        var end = asOf.AddDays(-inactive);
        var months = Math.Max(0, ((end.Year - decisionDate.Year) * 12) + end.Month - decisionDate.Month);
        while (months > 0 && Reaching(months, decisionDate, merged) > asOf)
        {
            months--;
        }

        while (Reaching(months + 1, decisionDate, merged) <= asOf)
        {
            months++;
        }

        return new PartyAgeValue(months / 12, months % 12, totalDays);
    }

    /// The date the party age reaches <paramref name="years"/> full years: the anniversary of the decision plus the days
    /// of the gaps that started before it. <see cref="DateOnly.MaxValue"/> when an open gap starts before it (the member
    /// does not reach it unless activity resumes).
    public static DateOnly DateReaching(int years, DateOnly decisionDate, IEnumerable<PartyAgeGap> gaps)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(years);
        return Reaching(years * 12, decisionDate, Merge(decisionDate, gaps));
    }

    /// The milestone years from their rule text ("30,40,45"): whole positive numbers separated by commas, spaces around
    /// them ignored, in ascending order. Anything else (an empty item, a sign, a duplicate) is a <see cref="FormatException"/>.
    public static IReadOnlyList<int> ParseMilestones(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var years = new SortedSet<int>();
        foreach (var item in text.Split(','))
        {
            var trimmed = item.Trim();
            if (!int.TryParse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value <= 0)
            {
                throw new FormatException($"'{trimmed}' in the badge milestones '{text}' is not a whole number of years.");
            }

            if (!years.Add(value))
            {
                throw new FormatException($"The badge milestone {value} appears twice in '{text}'.");
            }
        }

        return [.. years];
    }

    /// The badge milestones in force on <paramref name="asOf"/> (<see cref="RuleKeys.BadgeMilestoneYears"/>). Throws
    /// <see cref="RuleNotInForceException"/> before the rule exists.
    public static IReadOnlyList<int> Milestones(RuleBook book, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(book);
        return ParseMilestones(book.GetText(RuleKeys.BadgeMilestoneYears, asOf));
    }

    /// The smallest milestone the member has not passed on <paramref name="asOf"/>: one reached on asOf itself is still
    /// the next badge that day, the day after it is the following milestone. Null beyond the last milestone, or when an
    /// open gap means the member reaches none.
    public static BadgeDue? NextBadge(
        DateOnly decisionDate, IEnumerable<PartyAgeGap> gaps, IReadOnlyList<int> milestones, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(milestones);
        var merged = Merge(decisionDate, gaps);
        foreach (var years in milestones.Order())
        {
            var due = Reaching(years * 12, decisionDate, merged);
            if (due == DateOnly.MaxValue)
            {
                return null;
            }

            if (due >= asOf)
            {
                return new BadgeDue(years, due);
            }
        }

        return null;
    }

    /// The periods without party activity in a member's history, in date order:
    /// <list type="bullet">
    /// <item>from a <see cref="MemberEventKind.Left"/> (any exit form: removed from the list, expelled, left at own
    /// request, admission cancelled) to the next <see cref="MemberEventKind.Reinstated"/>, open while there is none;</item>
    /// <item>from a <see cref="MemberEventKind.TransferredOut"/> to the next <see cref="MemberEventKind.TransferredIn"/>
    /// when the two dates differ (an interruption of the transfer). A transfer out with no transfer in after it is not a
    /// gap: the member carries on elsewhere.</item>
    /// </list>
    /// Suspension, exemption and temporary transfers are not gaps: the member stays in the Party. Lost contact has no
    /// event yet, and gaps from before the member was registered here are not in the events, so neither is counted.
    public static IReadOnlyList<PartyAgeGap> GapsFrom(IEnumerable<MemberEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        var gaps = new List<PartyAgeGap>();
        DateOnly? left = null;
        DateOnly? transferredOut = null;
        foreach (var e in events.OrderBy(e => e.EffectiveDate).ThenBy(e => e.Sequence))
        {
            switch (e.Kind)
            {
                case MemberEventKind.Left:
                    left ??= e.EffectiveDate;
                    break;
                case MemberEventKind.Reinstated when left is { } outSince:
                    AddGap(gaps, outSince, e.EffectiveDate);
                    left = null;
                    break;
                case MemberEventKind.TransferredOut:
                    transferredOut ??= e.EffectiveDate;
                    break;
                case MemberEventKind.TransferredIn when transferredOut is { } awaySince:
                    AddGap(gaps, awaySince, e.EffectiveDate);
                    transferredOut = null;
                    break;
            }
        }

        if (left is { } stillOut)
        {
            gaps.Add(PartyAgeGap.OpenFrom(stillOut));
        }

        return gaps;
    }

    private static void AddGap(List<PartyAgeGap> gaps, DateOnly from, DateOnly to)
    {
        if (to > from)
        {
            gaps.Add(new PartyAgeGap(from, to));
        }
    }

    /// The date <paramref name="months"/> months of party age are reached: the calendar date that many months after the
    /// decision, moved on by the length of each gap (in order) that starts before the date found so far.
    private static DateOnly Reaching(int months, DateOnly decisionDate, List<PartyAgeGap> merged)
    {
        var date = decisionDate.AddMonths(months);
        foreach (var gap in merged)
        {
            if (gap.From >= date)
            {
                break;
            }

            if (gap.IsOpen)
            {
                return DateOnly.MaxValue;
            }

            date = date.AddDays(Days(gap.From, gap.To));
        }

        return date;
    }

    /// The gaps cut at the decision date, sorted, with overlapping or touching ones joined.
    private static List<PartyAgeGap> Merge(DateOnly decisionDate, IEnumerable<PartyAgeGap> gaps)
    {
        ArgumentNullException.ThrowIfNull(gaps);
        var merged = new List<PartyAgeGap>();
        foreach (var gap in gaps.Where(g => g.To > decisionDate).OrderBy(g => g.From))
        {
            var from = Max(gap.From, decisionDate);
            if (merged.Count > 0 && from <= merged[^1].To)
            {
                var last = merged[^1];
                merged[^1] = new PartyAgeGap(last.From, Max(last.To, gap.To));
            }
            else
            {
                merged.Add(new PartyAgeGap(from, gap.To));
            }
        }

        return merged;
    }

    private static int Days(DateOnly from, DateOnly to) => to.DayNumber - from.DayNumber;

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
}
