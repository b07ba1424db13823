using System.Globalization;
using PartyMembers.Domain.Accounts;
using PartyMembers.Domain.Members;
using PartyMembers.Domain.Rules;
using PartyMembers.Testing;

namespace PartyMembers.Domain.Tests.Members;

/// Party age from the admission decision less the periods without party activity, and the next Party badge
/// (Q294 §4.5.1; HD06 §5.3, §18).
public class PartyAgeTests
{
    private static readonly IReadOnlyList<int> Milestones = [30, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90];

    private static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// Gaps written "from..to|from..to"; "from.." is a gap that has not ended; "" is none.
    private static List<PartyAgeGap> Gaps(string text) =>
        text.Split('|', StringSplitOptions.RemoveEmptyEntries)
            .Select(g => g.Split(".."))
            .Select(p => p[1].Length == 0 ? PartyAgeGap.OpenFrom(D(p[0])) : new PartyAgeGap(D(p[0]), D(p[1])))
            .ToList();

    // ---- Years and months ------------------------------------------------------------------------------------------

    [Theory]
    [InlineData("2000-03-15", "2030-03-14", 29, 11, 10956)] // the day before the 30th anniversary
    [InlineData("2000-03-15", "2030-03-15", 30, 0, 10957)] // the anniversary itself
    [InlineData("2000-03-15", "2030-03-16", 30, 0, 10958)]
    [InlineData("2000-03-15", "2000-03-15", 0, 0, 0)]
    [InlineData("2000-03-15", "2000-04-14", 0, 0, 30)]
    [InlineData("2000-03-15", "2000-04-15", 0, 1, 31)]
    [InlineData("2000-03-15", "1999-12-31", 0, 0, 0)] // before the decision
    [InlineData("2016-02-29", "2017-02-27", 0, 11, 364)] // decision on a leap day
    [InlineData("2016-02-29", "2017-02-28", 1, 0, 365)] // common year: the end of February
    [InlineData("2016-02-29", "2020-02-28", 3, 11, 1460)]
    [InlineData("2016-02-29", "2020-02-29", 4, 0, 1461)]
    [InlineData("2016-02-29", "2046-02-27", 29, 11, 10956)]
    [InlineData("2016-02-29", "2046-02-28", 30, 0, 10957)]
    [InlineData("2015-01-31", "2015-02-27", 0, 0, 27)] // month ends
    [InlineData("2015-01-31", "2015-02-28", 0, 1, 28)]
    [InlineData("2015-01-31", "2015-03-30", 0, 1, 58)]
    [InlineData("2015-01-31", "2015-03-31", 0, 2, 59)]
    public void Years_and_months_are_counted_from_the_decision_date(string decision, string asOf, int years, int months, int days)
    {
        Assert.Equal(new PartyAgeValue(years, months, days), PartyAge.Age(D(decision), [], D(asOf)));
    }

    [Theory]
    [InlineData("", 30, 0, 10958)]
    [InlineData("2005-01-01..2006-01-01", 29, 0, 10593)] // one gap of 365 days
    [InlineData("2005-01-01..2005-07-01|2005-04-01..2006-01-01", 29, 0, 10593)] // overlapping: counted once
    [InlineData("2005-01-01..2006-01-01|2005-01-01..2006-01-01", 29, 0, 10593)] // the same gap twice
    [InlineData("2005-07-01..2006-01-01|2005-01-01..2005-07-01", 29, 0, 10593)] // touching, out of order
    [InlineData("2031-01-01..2032-01-01", 30, 0, 10958)] // after asOf: ignored
    [InlineData("2029-07-01..2031-01-01", 29, 6, 10774)] // running on asOf: counted up to it, the age stands still
    [InlineData("1999-06-01..2000-02-01", 29, 11, 10927)] // begins before the decision: cut at it
    [InlineData("1998-01-01..1999-01-01", 30, 0, 10958)] // entirely before the decision
    [InlineData("2010-01-01..", 10, 0, 3653)] // not ended: the age stops at its start
    public void Days_without_party_activity_are_subtracted(string gaps, int years, int months, int days)
    {
        Assert.Equal(new PartyAgeValue(years, months, days), PartyAge.Age(D("2000-01-01"), Gaps(gaps), D("2030-01-01")));
    }

    [Theory]
    [InlineData("2004-12-31", 4, 11)]
    [InlineData("2005-01-01", 5, 0)] // the gap starts: five years reached that day
    [InlineData("2005-12-31", 5, 0)] // inside the gap the age stands still
    [InlineData("2006-01-31", 5, 0)]
    [InlineData("2006-02-01", 5, 1)] // a month of activity after the gap
    public void The_age_stands_still_during_a_gap(string asOf, int years, int months)
    {
        var age = PartyAge.Age(D("2000-01-01"), Gaps("2005-01-01..2006-01-01"), D(asOf));

        Assert.Equal((years, months), (age.Years, age.Months));
    }

    // ---- The date a number of years is reached ---------------------------------------------------------------------

    [Theory]
    [InlineData(30, "2000-01-01", "", "2030-01-01")]
    [InlineData(0, "2000-01-01", "", "2000-01-01")]
    [InlineData(30, "2000-01-01", "2005-01-01..2006-01-01", "2031-01-01")]
    [InlineData(30, "2000-01-01", "2005-01-01..2005-07-01|2005-04-01..2006-01-01", "2031-01-01")]
    [InlineData(30, "2000-01-01", "2030-06-01..2031-01-01", "2030-01-01")] // after the anniversary: no effect
    [InlineData(30, "2000-01-01", "2030-01-01..2030-03-01", "2030-01-01")] // starts on the anniversary: reached first
    [InlineData(30, "2000-01-01", "2029-12-01..2030-02-01", "2030-03-04")] // running over the anniversary: +62 days
    [InlineData(30, "2000-01-01", "2029-12-01..2030-02-01|2030-02-15..2030-03-01", "2030-03-18")] // pushed into the next gap
    [InlineData(30, "2000-01-01", "2029-12-01..2030-02-01|2030-03-10..2030-04-01", "2030-03-04")] // reached before the next
    [InlineData(30, "2016-02-29", "", "2046-02-28")]
    [InlineData(30, "2016-02-29", "2020-01-01..2020-01-02", "2046-03-01")]
    [InlineData(30, "2000-01-01", "2031-01-01..", "2030-01-01")] // an open gap after the anniversary
    public void DateReaching_is_the_anniversary_plus_the_gap_days_before_it(int years, string decision, string gaps, string expected)
    {
        var reached = PartyAge.DateReaching(years, D(decision), Gaps(gaps));

        Assert.Equal(D(expected), reached);
        Assert.Equal(years, PartyAge.Age(D(decision), Gaps(gaps), reached).Years);
        if (years > 0)
        {
            Assert.Equal(years - 1, PartyAge.Age(D(decision), Gaps(gaps), reached.AddDays(-1)).Years);
        }
    }

    [Fact]
    public void DateReaching_is_never_while_a_gap_before_it_is_open()
    {
        Assert.Equal(DateOnly.MaxValue, PartyAge.DateReaching(30, D("2000-01-01"), Gaps("2010-01-01..")));
    }

    [Fact]
    public void A_gap_must_end_after_it_starts()
    {
        Assert.Throws<ArgumentException>(() => new PartyAgeGap(D("2010-01-01"), D("2010-01-01")));
        Assert.Throws<ArgumentException>(() => new PartyAgeGap(D("2010-01-02"), D("2010-01-01")));
        var gap = new PartyAgeGap(D("2010-01-01"), D("2010-01-02"));
        Assert.Equal((D("2010-01-01"), D("2010-01-02"), false), (gap.From, gap.To, gap.IsOpen));
        Assert.True(PartyAgeGap.OpenFrom(D("2010-01-01")).IsOpen);
    }

    // ---- Milestones --------------------------------------------------------------------------------------------------

    [Theory]
    [InlineData("30,40,45,50,55,60,65,70,75,80,85,90", new[] { 30, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90 })]
    [InlineData(" 40 , 30,45 ", new[] { 30, 40, 45 })]
    [InlineData("\t50,\t30", new[] { 30, 50 })]
    [InlineData("30", new[] { 30 })]
    public void Milestones_parse_in_ascending_order(string text, int[] expected)
    {
        Assert.Equal(expected, PartyAge.ParseMilestones(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("30,,40")]
    [InlineData("30,40,")]
    [InlineData("30;40")]
    [InlineData("3O")]
    [InlineData("-30")]
    [InlineData("+30")]
    [InlineData("0")]
    [InlineData("30.5")]
    [InlineData("3 0")]
    [InlineData("30 năm")]
    [InlineData("30,40,30")]
    [InlineData("99999999999")]
    public void Invalid_milestone_text_is_refused(string text)
    {
        Assert.Throws<FormatException>(() => PartyAge.ParseMilestones(text));
    }

    [Fact]
    public void Milestones_come_from_the_rule_in_force()
    {
        var book = RuleBooks.Defaults();

        Assert.Equal(Milestones, PartyAge.Milestones(book, TestDates.Today));
        var later = RuleParameter.Create(
            RuleKeys.BadgeMilestoneYears, RuleValueKind.Text, "25, 30", new DateOnly(2027, 1, 1), "Test", RuleConfidence.Confirmed, null);
        Assert.True(later.Succeeded);
        var changed = new RuleBook(RuleBooks.CatalogueParameters().Append(later.Value!));
        Assert.Equal(Milestones, PartyAge.Milestones(changed, new DateOnly(2026, 12, 31)));
        Assert.Equal([25, 30], PartyAge.Milestones(changed, new DateOnly(2027, 1, 1)));
        Assert.Throws<RuleNotInForceException>(() => PartyAge.Milestones(book, new DateOnly(2025, 6, 30)));
    }

    // ---- The next badge ----------------------------------------------------------------------------------------------

    [Theory]
    [InlineData("", "2026-01-02", 30, "2026-02-03")] // 29 years 10 months
    [InlineData("", "2026-01-03", 30, "2026-02-03")] // 29 years 11 months
    [InlineData("", "2026-02-02", 30, "2026-02-03")] // the day before
    [InlineData("", "2026-02-03", 30, "2026-02-03")] // due that day
    [InlineData("", "2026-02-04", 40, "2036-02-03")] // the day after: the next milestone
    [InlineData("", "1996-02-03", 30, "2026-02-03")]
    [InlineData("", "2036-02-04", 45, "2041-02-03")]
    [InlineData("", "2086-02-03", 90, "2086-02-03")]
    [InlineData("", "2086-02-04", 0, "")] // beyond the last milestone
    [InlineData("2000-01-01..2001-01-01", "2026-12-01", 30, "2027-02-04")] // 366 days later
    [InlineData("2000-01-01..", "2026-12-01", 0, "")] // out of the Party since 2000: none reached
    [InlineData("2030-01-01..", "2026-02-01", 30, "2026-02-03")] // out only after the 30th anniversary
    [InlineData("2030-01-01..", "2026-02-04", 0, "")] // the 40th would fall after leaving: none
    public void The_next_badge_is_the_smallest_milestone_not_passed(string gaps, string asOf, int milestone, string due)
    {
        var next = PartyAge.NextBadge(D("1996-02-03"), Gaps(gaps), Milestones, D(asOf));

        Assert.Equal(milestone == 0 ? null : new BadgeDue(milestone, D(due)), next);
    }

    [Fact]
    public void Milestones_out_of_order_give_the_same_badge()
    {
        IReadOnlyList<int> shuffled = [90, 40, 30, 45];

        Assert.Equal(new BadgeDue(40, D("2036-02-03")), PartyAge.NextBadge(D("1996-02-03"), [], shuffled, D("2026-02-04")));
    }

    [Theory]
    [InlineData(0, "2026-02-03")]
    [InlineData(12, "2025-02-03")] // 30 to 65 years, seriously ill
    [InlineData(24, "2024-02-03")] // 70 to 90 years, seriously ill
    public void A_badge_may_be_considered_early_by_the_months_given(int monthsEarly, string from)
    {
        Assert.Equal(D(from), new BadgeDue(30, D("2026-02-03")).ConsiderableFrom(monthsEarly));
    }

    [Fact]
    public void Negative_months_early_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new BadgeDue(30, D("2026-02-03")).ConsiderableFrom(-1));
    }

    // ---- Gaps from the member's events ------------------------------------------------------------------------------

    private static readonly ChangeStamp Board = TestStamps.As(Role.OrganisationBoard, TestDates.Today);

    private static StatusChange On(string date) => new(D(date), LegalBases.Sample(D(date)), null);

    [Theory]
    [InlineData(ExitForm.RemovedFromList)]
    [InlineData(ExitForm.Expelled)]
    [InlineData(ExitForm.LeftAtOwnRequest)]
    [InlineData(ExitForm.AdmissionCancelled)]
    public void Leaving_until_reinstatement_is_a_gap(ExitForm form)
    {
        var member = new MemberBuilder().Build();
        ErrorAssert.Succeeded(member.Leave(form, On("2018-03-01"), Board));
        ErrorAssert.Succeeded(member.Reinstate(On("2019-03-01"), Board));

        var gaps = PartyAge.GapsFrom(member.NewEvents);

        Assert.Equal([new PartyAgeGap(D("2018-03-01"), D("2019-03-01"))], gaps);
    }

    [Fact]
    public void A_member_who_has_not_been_reinstated_has_an_open_gap()
    {
        var member = new MemberBuilder().Build();
        ErrorAssert.Succeeded(member.Leave(ExitForm.RemovedFromList, On("2018-03-01"), Board));

        var gap = Assert.Single(PartyAge.GapsFrom(member.NewEvents));

        Assert.Equal(PartyAgeGap.OpenFrom(D("2018-03-01")), gap);
        Assert.Equal(new PartyAgeValue(2, 10, 1046), PartyAge.Age(member.AdmissionDecisionDate, [gap], TestDates.Today));
    }

    [Fact]
    public void Each_absence_is_its_own_gap_whatever_the_order_of_the_events()
    {
        var member = new MemberBuilder().Build();
        ErrorAssert.Succeeded(member.Leave(ExitForm.RemovedFromList, On("2017-01-10"), Board));
        ErrorAssert.Succeeded(member.Reinstate(On("2018-01-10"), Board));
        ErrorAssert.Succeeded(member.Leave(ExitForm.LeftAtOwnRequest, On("2020-05-01"), Board));
        ErrorAssert.Succeeded(member.Reinstate(On("2020-08-01"), Board));

        var gaps = PartyAge.GapsFrom(member.NewEvents.Reverse());

        Assert.Equal(
            [new PartyAgeGap(D("2017-01-10"), D("2018-01-10")), new PartyAgeGap(D("2020-05-01"), D("2020-08-01"))],
            gaps);
    }

    [Theory]
    [InlineData(ActivityStatus.TemporarilyAway)]
    [InlineData(ActivityStatus.Exempt)]
    [InlineData(ActivityStatus.TemporarilyExempt)]
    [InlineData(ActivityStatus.Suspended)]
    [InlineData(ActivityStatus.TransferringOut)]
    [InlineData(ActivityStatus.TransferredOut)] // carries on elsewhere
    [InlineData(ActivityStatus.Deceased)]
    public void Statuses_within_the_Party_are_not_gaps(ActivityStatus status)
    {
        var member = MemberActions.Bring(new MemberBuilder().Build(), status, D("2020-06-01"));

        Assert.Empty(PartyAge.GapsFrom(member.NewEvents));
    }

    [Fact]
    public void A_member_registered_on_transfer_in_has_no_gap()
    {
        var member = new MemberBuilder().JoinedOn(D("2020-09-01")).Build();

        Assert.Equal(MemberEventKind.TransferredIn, Assert.Single(member.NewEvents).Kind);
        Assert.Empty(PartyAge.GapsFrom(member.NewEvents));
    }

    /// The same person transferred out of one record and back in on a new one: the days between are an interruption.
    [Theory]
    [InlineData("2020-06-01", "2020-09-01", true)]
    [InlineData("2020-06-01", "2020-06-01", false)]
    public void A_transfer_out_and_back_in_on_a_later_date_is_a_gap(string outOn, string inOn, bool gap)
    {
        var away = MemberActions.Bring(new MemberBuilder().Build(), ActivityStatus.TransferredOut, D(outOn));
        var back = new MemberBuilder().JoinedOn(D(inOn)).Build();

        var gaps = PartyAge.GapsFrom(away.NewEvents.Concat(back.NewEvents));

        Assert.Equal(gap ? new[] { new PartyAgeGap(D(outOn), D(inOn)) } : [], gaps);
    }

    [Fact]
    public void The_gaps_from_the_events_move_the_next_badge()
    {
        // Decision 20/04/2015 (builder default), removed from the list for a year (365 days).
        var member = new MemberBuilder().Build();
        ErrorAssert.Succeeded(member.Leave(ExitForm.RemovedFromList, On("2018-03-01"), Board));
        ErrorAssert.Succeeded(member.Reinstate(On("2019-03-01"), Board));
        var gaps = PartyAge.GapsFrom(member.NewEvents);

        Assert.Equal(new PartyAgeValue(9, 10, 3618), PartyAge.Age(member.AdmissionDecisionDate, gaps, TestDates.Today));
        Assert.Equal(new BadgeDue(30, D("2046-04-20")), PartyAge.NextBadge(member.AdmissionDecisionDate, gaps, Milestones, TestDates.Today));
    }
}
