using PartyMembers.Domain.Meetings;

namespace PartyMembers.Domain.Tests.Meetings;

public sealed class MeetingComplianceTests
{
    // 16/05/2026: the previous month is April, the previous quarter Q1, the current quarter Q2.
    private static readonly DateOnly Today = new(2026, 5, 16);
    private static readonly DateOnly LongAgo = new(2020, 1, 1);

    private static MeetingCompliance Evaluate(params MeetingFact[] meetings) => MeetingCompliance.Evaluate(meetings, Today, LongAgo);

    [Fact]
    public void A_cell_without_a_regular_meeting_last_month_is_flagged()
    {
        var state = Evaluate(new MeetingFact(MeetingKind.Regular, new DateOnly(2026, 3, 31)), new MeetingFact(MeetingKind.Regular, new DateOnly(2026, 5, 1)));
        Assert.True(state.MissingRegularPreviousMonth);
        Assert.Equal(new DateOnly(2026, 5, 1), state.LastRegular);
    }

    [Theory]
    [InlineData(2026, 4, 1)]
    [InlineData(2026, 4, 30)]
    public void A_regular_meeting_on_any_day_of_last_month_counts(int y, int m, int d)
    {
        Assert.False(Evaluate(new MeetingFact(MeetingKind.Regular, new DateOnly(y, m, d))).MissingRegularPreviousMonth);
    }

    [Theory]
    [InlineData(MeetingKind.Thematic, true)]
    [InlineData(MeetingKind.Extraordinary, true)]
    [InlineData(MeetingKind.ResolutionStudy, true)]
    [InlineData(MeetingKind.RegularAndThematic, false)]
    public void Only_a_regular_or_combined_meeting_counts_as_the_months_regular_meeting(MeetingKind kind, bool missing)
    {
        Assert.Equal(missing, Evaluate(new MeetingFact(kind, new DateOnly(2026, 4, 10))).MissingRegularPreviousMonth);
    }

    [Fact]
    public void A_quarter_without_a_thematic_meeting_is_flagged_and_a_combined_one_counts()
    {
        Assert.True(Evaluate(new MeetingFact(MeetingKind.Regular, new DateOnly(2026, 2, 10))).MissingThematicPreviousQuarter);
        Assert.False(Evaluate(new MeetingFact(MeetingKind.Thematic, new DateOnly(2026, 1, 1))).MissingThematicPreviousQuarter);
        Assert.False(Evaluate(new MeetingFact(MeetingKind.RegularAndThematic, new DateOnly(2026, 3, 31))).MissingThematicPreviousQuarter);
        Assert.True(Evaluate(new MeetingFact(MeetingKind.Thematic, new DateOnly(2025, 12, 31))).MissingThematicPreviousQuarter);
    }

    [Fact]
    public void The_current_quarter_is_only_not_yet_until_a_thematic_meeting_is_held()
    {
        Assert.True(Evaluate().NoThematicYetThisQuarter);
        Assert.False(Evaluate(new MeetingFact(MeetingKind.Thematic, new DateOnly(2026, 4, 1))).NoThematicYetThisQuarter);
        Assert.True(Evaluate(new MeetingFact(MeetingKind.Thematic, new DateOnly(2026, 3, 31))).NoThematicYetThisQuarter);
    }

    [Fact]
    public void A_cell_established_after_a_period_began_is_not_held_to_it()
    {
        var state = MeetingCompliance.Evaluate([], Today, new DateOnly(2026, 4, 2));
        Assert.False(state.MissingRegularPreviousMonth);
        Assert.False(state.MissingThematicPreviousQuarter);
        Assert.True(MeetingCompliance.Evaluate([], Today, new DateOnly(2026, 4, 1)).MissingRegularPreviousMonth);
    }

    [Fact]
    public void In_January_the_previous_month_and_quarter_are_in_the_year_before()
    {
        var january = new DateOnly(2027, 1, 5);
        Assert.Equal((new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 31)), MeetingCompliance.PreviousMonth(january));
        Assert.Equal((new DateOnly(2026, 10, 1), new DateOnly(2026, 12, 31)), MeetingCompliance.PreviousQuarter(january));
        Assert.Equal(new DateOnly(2026, 10, 1), MeetingCompliance.WindowStart(january));
        Assert.Equal(new DateOnly(2026, 1, 1), MeetingCompliance.WindowStart(Today));
    }
}
