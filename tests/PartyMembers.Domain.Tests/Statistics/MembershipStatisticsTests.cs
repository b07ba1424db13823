using System.Globalization;
using PartyMembers.Domain.Accounts;
using PartyMembers.Domain.Members;
using PartyMembers.Domain.Organisation;
using PartyMembers.Domain.Statistics;
using PartyMembers.Testing;

namespace PartyMembers.Domain.Tests.Statistics;

/// Party strength (đảng số) as of a date, computed from the members' events alone.
public class MembershipStatisticsTests
{
    private static readonly DateOnly Today = TestDates.Today;
    private static readonly Guid CellA = Guid.NewGuid();
    private static readonly Guid CellB = Guid.NewGuid();

    /// Six members of two cells:
    /// P admitted in A on 01/03/2024 as a probationer, official on 01/03/2025;
    /// T (A) away on a temporary transfer from 01/05/2025 to 01/11/2025;
    /// O (A) official transfer letter 01/06/2025, received elsewhere 15/07/2025;
    /// M moves from A to B on 01/08/2025;
    /// D (B) dies on 10/09/2025;
    /// I arrives in B from another organisation on 01/10/2024.
    private static readonly Scenario Six = BuildSix();

    [Theory]
    // date,        A official, A probationary, B official, B probationary
    [InlineData("2024-02-29", 3, 0, 1, 0)] // the day before P's ceremony: T, O, M in A; D in B
    [InlineData("2024-03-01", 3, 1, 1, 0)] // P counted from the ceremony day, as a probationer
    [InlineData("2024-09-30", 3, 1, 1, 0)] // the day before I arrives
    [InlineData("2024-10-01", 3, 1, 2, 0)] // I counted from the day of arrival; not before
    [InlineData("2025-02-28", 3, 1, 2, 0)] // the last day of P's probation
    [InlineData("2025-03-01", 4, 0, 2, 0)] // P official
    [InlineData("2025-05-01", 4, 0, 2, 0)] // T away on a temporary transfer: still counted at home
    [InlineData("2025-05-31", 4, 0, 2, 0)]
    [InlineData("2025-06-01", 3, 0, 2, 0)] // O's transfer letter issued: no longer counted here
    [InlineData("2025-07-15", 3, 0, 2, 0)] // O received elsewhere
    [InlineData("2025-07-31", 3, 0, 2, 0)] // the day before M moves
    [InlineData("2025-08-01", 2, 0, 3, 0)] // M counted in B, not in A, from the day of the move
    [InlineData("2025-09-09", 2, 0, 3, 0)]
    [InlineData("2025-09-10", 2, 0, 2, 0)] // D died
    [InlineData("2025-11-01", 2, 0, 2, 0)] // T back
    [InlineData("2026-03-16", 2, 0, 2, 0)]
    public void Strength_by_unit_as_of_a_date(string date, int aOfficial, int aProbationary, int bOfficial, int bProbationary)
    {
        var strength = MembershipStatistics.StrengthByUnit(Six.Events, D(date));

        Assert.Equal(new StrengthCount(aOfficial, aProbationary), strength.GetValueOrDefault(CellA));
        Assert.Equal(new StrengthCount(bOfficial, bProbationary), strength.GetValueOrDefault(CellB));
        Assert.Equal(aOfficial + aProbationary + bOfficial + bProbationary, strength.Values.Sum(s => s.Total));
        Assert.Subset(new HashSet<Guid> { CellA, CellB }, strength.Keys.ToHashSet());
    }

    [Fact]
    public void Nobody_is_counted_before_any_event()
    {
        Assert.Empty(MembershipStatistics.StrengthByUnit(Six.Events, new DateOnly(2005, 1, 6)));
        Assert.Empty(MembershipStatistics.StatesAsOf(Six.Events, new DateOnly(2005, 1, 6)));
    }

    [Fact]
    public void States_as_of_a_date_show_each_members_status_then()
    {
        var states = MembershipStatistics.StatesAsOf(Six.Events, new DateOnly(2025, 6, 15)).ToDictionary(s => s.MemberId);

        Assert.Equal((CellA, MembershipType.Official, ActivityStatus.Active), Of(states[Six.P.Id]));
        Assert.Equal((CellA, MembershipType.Official, ActivityStatus.TemporarilyAway), Of(states[Six.T.Id]));
        Assert.Equal((CellA, MembershipType.Official, ActivityStatus.TransferringOut), Of(states[Six.O.Id]));
        Assert.Equal((CellA, MembershipType.Official, ActivityStatus.Active), Of(states[Six.M.Id]));
        Assert.Equal((CellB, MembershipType.Official, ActivityStatus.Active), Of(states[Six.D.Id]));
        Assert.Equal((CellB, MembershipType.Official, ActivityStatus.Active), Of(states[Six.I.Id]));

        var later = MembershipStatistics.StatesAsOf(Six.Events, Today).ToDictionary(s => s.MemberId);
        Assert.Equal(ActivityStatus.TransferredOut, later[Six.O.Id].Status);
        Assert.Equal(ActivityStatus.Deceased, later[Six.D.Id].Status);
        Assert.Equal(CellB, later[Six.M.Id].UnitId);
    }

    [Fact]
    public void Every_day_each_member_has_one_state_and_the_mover_is_counted_exactly_once()
    {
        for (var day = new DateOnly(2024, 1, 1); day <= Today; day = day.AddDays(1))
        {
            var states = MembershipStatistics.StatesAsOf(Six.Events, day);
            Assert.Equal(states.Count, states.Select(s => s.MemberId).Distinct().Count());

            var counted = states.Count(s => MemberTransitions.IsCounted(s.Status));
            Assert.Equal(counted, MembershipStatistics.StrengthByUnit(Six.Events, day).Values.Sum(s => s.Total));

            var mover = Assert.Single(states, s => s.MemberId == Six.M.Id);
            Assert.Equal(day < new DateOnly(2025, 8, 1) ? CellA : CellB, mover.UnitId);
            Assert.True(MemberTransitions.IsCounted(mover.Status));
        }
    }

    [Fact]
    public void Events_on_the_same_day_are_taken_in_recorded_order()
    {
        var day = new DateOnly(2025, 4, 1);
        var member = new MemberBuilder().InUnit(CellA, UnitType.Cell).Build();
        var board = TestStamps.As(Role.OrganisationBoard, Today);
        Assert.True(member.StartTransferOut(new StatusChange(day, LegalBases.Sample(day), null), board).Succeeded);
        Assert.True(member.CancelTransferOut(new StatusChange(day, null, null), board).Succeeded);

        var state = Assert.Single(MembershipStatistics.StatesAsOf(member.NewEvents, day));

        Assert.Equal(ActivityStatus.Active, state.Status);
        Assert.Equal(new StrengthCount(1, 0), MembershipStatistics.StrengthByUnit(member.NewEvents, day)[CellA]);
    }

    [Fact]
    public void The_order_in_which_events_are_supplied_does_not_matter()
    {
        var shuffled = Six.Events.OrderBy(e => e.Id).Reverse().ToList();

        foreach (var date in new[] { new DateOnly(2024, 3, 1), new DateOnly(2025, 6, 1), new DateOnly(2025, 8, 1), Today })
        {
            Assert.Equal(
                MembershipStatistics.StrengthByUnit(Six.Events, date).OrderBy(p => p.Key),
                MembershipStatistics.StrengthByUnit(shuffled, date).OrderBy(p => p.Key));
        }
    }

    [Fact]
    public void StrengthCount_total_adds_both_types()
    {
        Assert.Equal(7, new StrengthCount(4, 3).Total);
    }

    // A probationer is moved to another cell after the probation ended, and the recognition decision comes later: by
    // rule the member has been official since the ceremony date + 12 months (03/06/2025), in cell A until the move on
    // 01/08/2025. The statistics for July must show an official member in A, and from 01/08 an official member in B.
    [Fact]
    public void A_late_recognition_after_a_move_keeps_the_member_in_the_old_unit_until_the_move()
    {
        var member = ProbationerMovedThenRecognised();

        var july = MembershipStatistics.StrengthByUnit(member.NewEvents, new DateOnly(2025, 7, 1));

        Assert.Equal(
            (InA: new StrengthCount(1, 0), InB: new StrengthCount(0, 0)),
            (InA: july.GetValueOrDefault(CellA), InB: july.GetValueOrDefault(CellB)));
    }

    [Fact]
    public void A_late_recognition_after_a_move_counts_the_member_as_official_after_the_move()
    {
        var member = ProbationerMovedThenRecognised();

        var august = MembershipStatistics.StrengthByUnit(member.NewEvents, new DateOnly(2025, 8, 15));

        Assert.Equal(
            (InA: new StrengthCount(0, 0), InB: new StrengthCount(1, 0)),
            (InA: august.GetValueOrDefault(CellA), InB: august.GetValueOrDefault(CellB)));
    }

    private static Member ProbationerMovedThenRecognised()
    {
        var member = new MemberBuilder().Probationary(new DateOnly(2024, 6, 3)).InUnit(CellA, UnitType.Cell).On(new DateOnly(2025, 9, 15)).Build();
        var moved = member.MoveToUnit(
            CellB, UnitType.Cell, new StatusChange(new DateOnly(2025, 8, 1), LegalBases.Sample(new DateOnly(2025, 7, 25)), null),
            TestStamps.As(Role.GrassrootsSecretary, new DateOnly(2025, 8, 1)));
        Assert.True(moved.Succeeded);
        var recognised = member.Recognise(LegalBases.Sample(new DateOnly(2025, 9, 15)), 12, TestStamps.As(Role.OrganisationBoard, new DateOnly(2025, 9, 15)));
        Assert.True(recognised.Succeeded);
        Assert.Equal(new DateOnly(2025, 6, 3), member.OfficialDate);
        return member;
    }

    private static Scenario BuildSix()
    {
        var board = TestStamps.As(Role.OrganisationBoard, Today);
        var grassroots = TestStamps.As(Role.GrassrootsSecretary, Today);
        var cell = TestStamps.As(Role.CellSecretary, Today);
        static StatusChange On(string date) => new(D(date), LegalBases.Sample(D(date)), null);
        static void Ok(PartyMembers.Domain.Common.Result r) => Assert.True(r.Succeeded, string.Join("; ", r.Errors));

        var p = new MemberBuilder().Named("Phan Văn Phúc").Probationary(D("2024-03-01")).InUnit(CellA, UnitType.Cell).Build();
        Ok(p.Recognise(LegalBases.Sample(D("2025-03-20")), 12, board));

        var t = new MemberBuilder().Named("Trần Thị Thu").WithSex(Sex.Female).Official(D("2010-05-10")).InUnit(CellA, UnitType.Cell).Build();
        Ok(t.StartTemporaryTransfer(On("2025-05-01"), grassroots));
        Ok(t.EndTemporaryTransfer(On("2025-11-01"), cell));

        var o = new MemberBuilder().Named("Ông Văn Oai").Official(D("2012-02-03")).InUnit(CellA, UnitType.Cell).Build();
        Ok(o.StartTransferOut(On("2025-06-01"), board));
        Ok(o.CompleteTransferOut(On("2025-07-15"), board));

        var m = new MemberBuilder().Named("Mai Văn Minh").Official(D("2014-09-02")).InUnit(CellA, UnitType.Cell).Build();
        Ok(m.MoveToUnit(CellB, UnitType.Cell, On("2025-08-01"), grassroots));

        var d = new MemberBuilder().Named("Đỗ Văn Đông").Official(D("2005-01-07")).InUnit(CellB, UnitType.Cell).Build();
        Ok(d.Die(On("2025-09-10"), cell));

        var i = new MemberBuilder().Named("Ích Văn Khiêm").Official(D("2012-01-05")).JoinedOn(D("2024-10-01")).InUnit(CellB, UnitType.Cell).Build();

        return new Scenario(p, t, o, m, d, i);
    }

    private static (Guid, MembershipType, ActivityStatus) Of(MemberStateAsOf s) => (s.UnitId, s.Type, s.Status);

    private static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private sealed record Scenario(Member P, Member T, Member O, Member M, Member D, Member I)
    {
        public IReadOnlyList<MemberEvent> Events { get; } = new[] { P, T, O, M, D, I }.SelectMany(x => x.NewEvents).ToList();
    }
}
