using PartyMembers.Domain.Accounts;
using PartyMembers.Domain.Common;
using PartyMembers.Domain.Members;
using PartyMembers.Domain.Organisation;
using PartyMembers.Testing;

namespace PartyMembers.Domain.Tests.Members;

/// Walks every (status, event kind) pair through the Member methods, with the transition table as the specification.
public class MemberTransitionWalkTests
{
    private static readonly DateOnly Today = new(2026, 3, 16);

    // A probationer whose probation is over (official date by rule: 03/06/2025), brought to each status on 01/09/2025.
    private static readonly DateOnly Ceremony = new(2024, 6, 3);
    private static readonly DateOnly OfficialByRule = Ceremony.AddMonths(12);
    private static readonly DateOnly SetupDate = new(2025, 9, 1);
    private static readonly DateOnly EventDate = new(2026, 1, 12);
    private static readonly Guid HomeCell = Guid.NewGuid();
    private static readonly Guid OtherCell = Guid.NewGuid();
    private static readonly LegalBasis Decision = LegalBases.Sample(new DateOnly(2026, 1, 10), "301-QĐ/ĐU");
    private static readonly MemberActionOptions Options = new(NewUnitId: OtherCell);

    public static TheoryData<ActivityStatus, MemberEventKind> AllowedPairs() => Pairs(inTable: true);

    public static TheoryData<ActivityStatus, MemberEventKind> RefusedPairs() => Pairs(inTable: false);

    public static TheoryData<ActivityStatus, MemberEventKind> AllowedPairsDatedByTheCaller()
    {
        var data = new TheoryData<ActivityStatus, MemberEventKind>();
        foreach (var t in MemberTransitions.All.Where(t => t.Event != MemberEventKind.Recognised))
        {
            data.Add(t.From, t.Event);
        }

        return data;
    }

    [Fact]
    public void The_walk_covers_every_status_and_every_recordable_kind()
    {
        Assert.Equal(9 * 16, AllowedPairs().Count + RefusedPairs().Count);
        Assert.Equal(MemberTransitions.All.Count, AllowedPairs().Count);
    }

    [Theory]
    [MemberData(nameof(AllowedPairs))]
    public void A_pair_in_the_table_is_recorded_for_each_of_its_roles_and_refused_for_the_others(ActivityStatus from, MemberEventKind kind)
    {
        var row = MemberTransitions.Find(from, kind)!;
        foreach (var role in Enum.GetValues<Role>())
        {
            var member = MemberIn(from);
            var before = State.Of(member);

            var result = MemberActions.Record(member, kind, new StatusChange(EventDate, Decision, "  Theo nghị quyết chi bộ  "), TestStamps.As(role, Today), Options);

            if (!row.Roles.Contains(role))
            {
                var error = ErrorAssert.Only(result, "Member.RoleCannotRecord");
                Assert.Equal(new object[] { kind, role }, error.Arguments);
                Assert.Equal(before, State.Of(member));
                continue;
            }

            ErrorAssert.Succeeded(result);
            var expectedDate = kind == MemberEventKind.Recognised ? OfficialByRule : EventDate;
            var expectedUnit = kind == MemberEventKind.InternalTransfer ? OtherCell : HomeCell;
            var expectedType = kind == MemberEventKind.Recognised ? MembershipType.Official : MembershipType.Probationary;
            ExitForm? expectedExit = kind == MemberEventKind.Left ? ExitForm.RemovedFromList : null;

            Assert.Equal(row.To, member.Status);
            Assert.Equal(expectedType, member.Type);
            Assert.Equal(expectedUnit, member.HomeUnitId);
            Assert.Equal(expectedExit, member.ExitForm);
            Assert.Equal(before.EventCount + 1, member.EventCount);
            Assert.Equal(before.NewEvents + 1, member.NewEvents.Count);
            Assert.Equal(expectedDate > before.LastEventDate ? expectedDate : before.LastEventDate, member.LastEventDate);

            var e = member.NewEvents[^1];
            Assert.Equal(kind, e.Kind);
            Assert.Equal(member.Id, e.MemberId);
            Assert.Equal(member.EventCount, e.Sequence);
            Assert.Equal(expectedDate, e.EffectiveDate);
            Assert.Equal(from, e.PreviousStatus);
            Assert.Equal(row.To, e.Status);
            Assert.Equal(HomeCell, e.PreviousUnitId);
            Assert.Equal(expectedUnit, e.UnitId);
            Assert.Equal(expectedType, e.Type);
            Assert.Equal(expectedExit, e.ExitForm);
            Assert.Equal(Decision, e.Basis);
            Assert.Equal(kind == MemberEventKind.Recognised ? null : "Theo nghị quyết chi bộ", e.Reason);
            Assert.Equal(TestStamps.UserIdFor(role), e.RecordedByUserId);
            Assert.Equal(TestStamps.UserNameFor(role), e.RecordedByName);
            Assert.Equal(TestStamps.AtUtc(Today), e.RecordedAtUtc);
        }
    }

    [Theory]
    [MemberData(nameof(RefusedPairs))]
    public void A_pair_not_in_the_table_is_refused_for_every_role_and_changes_nothing(ActivityStatus from, MemberEventKind kind)
    {
        foreach (var role in Enum.GetValues<Role>())
        {
            var member = MemberIn(from);
            var before = State.Of(member);

            var result = MemberActions.Record(member, kind, new StatusChange(EventDate, Decision, null), TestStamps.As(role, Today), Options);

            var error = ErrorAssert.Only(result, "Member.TransitionNotAllowed");
            Assert.Equal(new object[] { kind, from }, error.Arguments);
            Assert.Equal(before, State.Of(member));
        }
    }

    [Theory]
    [MemberData(nameof(AllowedPairsDatedByTheCaller))]
    public void A_decision_or_resolution_is_required_where_the_table_says_so(ActivityStatus from, MemberEventKind kind)
    {
        var row = MemberTransitions.Find(from, kind)!;
        var member = MemberIn(from);
        var before = State.Of(member);

        var result = MemberActions.Record(member, kind, new StatusChange(EventDate, null, null), TestStamps.As(AllowedRole(row), Today), Options);

        if (row.RequiresBasis)
        {
            ErrorAssert.Only(result, "Member.BasisRequired", nameof(StatusChange.Basis));
            Assert.Equal(before, State.Of(member));
        }
        else
        {
            ErrorAssert.Succeeded(result);
            Assert.Null(member.NewEvents[^1].Basis);
            Assert.Equal(row.To, member.Status);
        }
    }

    [Theory]
    [MemberData(nameof(AllowedPairsDatedByTheCaller))]
    public void An_event_cannot_take_effect_after_today(ActivityStatus from, MemberEventKind kind)
    {
        var row = MemberTransitions.Find(from, kind)!;
        var member = MemberIn(from);
        var before = State.Of(member);

        var result = MemberActions.Record(member, kind, new StatusChange(Today.AddDays(1), Decision, null), TestStamps.As(AllowedRole(row), Today), Options);

        ErrorAssert.Only(result, "Date.InFuture", nameof(StatusChange.EffectiveDate));
        Assert.Equal(before, State.Of(member));
    }

    [Theory]
    [MemberData(nameof(AllowedPairsDatedByTheCaller))]
    public void An_event_cannot_be_dated_before_the_last_event_but_may_share_its_day(ActivityStatus from, MemberEventKind kind)
    {
        var row = MemberTransitions.Find(from, kind)!;
        var member = MemberIn(from);
        var last = member.LastEventDate;
        var before = State.Of(member);

        var refused = MemberActions.Record(member, kind, new StatusChange(last.AddDays(-1), Decision, null), TestStamps.As(AllowedRole(row), Today), Options);

        var error = ErrorAssert.Only(refused, "Member.EventBeforeLast", nameof(StatusChange.EffectiveDate));
        Assert.Equal(new object[] { last }, error.Arguments);
        Assert.Equal(before, State.Of(member));

        ErrorAssert.Succeeded(MemberActions.Record(member, kind, new StatusChange(last, Decision, null), TestStamps.As(AllowedRole(row), Today), Options));
        Assert.Equal(last, member.NewEvents[^1].EffectiveDate);
    }

    [Fact]
    public void The_decision_itself_cannot_be_dated_after_today()
    {
        var member = MemberIn(ActivityStatus.Active);

        var result = member.StartTemporaryTransfer(new StatusChange(Today, LegalBases.Sample(Today.AddDays(1)), null), TestStamps.As(Role.GrassrootsSecretary, Today));

        ErrorAssert.Only(result, "Date.InFuture", nameof(LegalBasis.DocumentDate));
        Assert.Equal(ActivityStatus.Active, member.Status);
    }

    [Fact]
    public void The_reason_is_at_most_1000_characters()
    {
        var stamp = TestStamps.As(Role.CellSecretary, Today);
        var member = MemberIn(ActivityStatus.Active);

        var error = ErrorAssert.Only(member.Exempt(new StatusChange(Today, Decision, new string('x', 1001)), stamp), "Text.TooLong", nameof(StatusChange.Reason));

        Assert.Equal(new object[] { 1000 }, error.Arguments);
        ErrorAssert.Succeeded(member.Exempt(new StatusChange(Today, Decision, new string('x', 1000)), stamp));
    }

    [Fact]
    public void Errors_of_one_request_are_reported_together()
    {
        var member = MemberIn(ActivityStatus.Active);

        var result = member.StartTransferOut(new StatusChange(Today.AddDays(2), null, null), TestStamps.As(Role.CellSecretary, Today));

        Assert.Equal(["Member.RoleCannotRecord", "Member.BasisRequired", "Date.InFuture"], result.Errors.Select(e => e.Code));
    }

    [Fact]
    public void AvailableTransitions_lists_the_rows_from_the_current_status_for_the_role()
    {
        foreach (var status in Enum.GetValues<ActivityStatus>())
        {
            var member = MemberIn(status);
            foreach (var role in Enum.GetValues<Role>())
            {
                var expected = MemberTransitions.All.Where(t => t.From == status && t.Roles.Contains(role)).Select(t => t.Event).Order();
                Assert.Equal(expected, member.AvailableTransitions(role).Select(t => t.Event).Order());
            }
        }
    }

    [Fact]
    public void Moving_to_a_unit_that_holds_no_members_or_to_the_same_unit_is_refused()
    {
        var stamp = TestStamps.As(Role.GrassrootsSecretary, Today);

        foreach (var type in new[] { UnitType.UpperCommittee, UnitType.GrassrootsCommittee, UnitType.SubCommittee, UnitType.PartyGroup })
        {
            var member = MemberIn(ActivityStatus.Active);
            ErrorAssert.Only(member.MoveToUnit(OtherCell, type, new StatusChange(Today, Decision, null), stamp), "Member.UnitCannotHoldMembers", nameof(Member.HomeUnitId));
            Assert.Equal(HomeCell, member.HomeUnitId);
        }

        var same = MemberIn(ActivityStatus.Active);
        ErrorAssert.Only(same.MoveToUnit(HomeCell, UnitType.Cell, new StatusChange(Today, Decision, null), stamp), "Member.AlreadyInUnit", nameof(Member.HomeUnitId));
        ErrorAssert.Succeeded(same.MoveToUnit(OtherCell, UnitType.GrassrootsCell, new StatusChange(Today, Decision, null), stamp));
    }

    private static Member MemberIn(ActivityStatus status) =>
        MemberActions.Bring(
            new MemberBuilder().Probationary(Ceremony).InUnit(HomeCell, UnitType.Cell).On(Today).Build(),
            status, SetupDate, Today);

    private static Role AllowedRole(MemberTransition row) => row.Roles.Order().First();

    private static TheoryData<ActivityStatus, MemberEventKind> Pairs(bool inTable)
    {
        var data = new TheoryData<ActivityStatus, MemberEventKind>();
        foreach (var status in Enum.GetValues<ActivityStatus>())
        {
            foreach (var kind in MemberActions.Recordable)
            {
                if ((MemberTransitions.Find(status, kind) is not null) == inTable)
                {
                    data.Add(status, kind);
                }
            }
        }

        return data;
    }

    private sealed record State(
        ActivityStatus Status, MembershipType Type, Guid Unit, ExitForm? Exit, DateOnly? OfficialDate, DateOnly LastEventDate,
        int EventCount, int NewEvents)
    {
        public static State Of(Member m) =>
            new(m.Status, m.Type, m.HomeUnitId, m.ExitForm, m.OfficialDate, m.LastEventDate, m.EventCount, m.NewEvents.Count);
    }
}
