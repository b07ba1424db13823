using PartyMembers.Domain.Accounts;
using PartyMembers.Domain.Common;
using PartyMembers.Domain.Members;
using PartyMembers.Domain.WorkLife;
using PartyMembers.Testing;

namespace PartyMembers.Domain.Tests.WorkLife;

public sealed class ExemptionCaseTests
{
    private static readonly DateOnly Today = TestDates.Today;
    private static readonly Guid Cell = Guid.NewGuid();
    private static readonly ChangeStamp CellStamp = TestStamps.As(Role.CellSecretary, Today);
    private static readonly ChangeStamp GrassrootsStamp = TestStamps.As(Role.GrassrootsSecretary, Today);

    private static Member NewMember() => new MemberBuilder().InUnit(Cell, Domain.Organisation.UnitType.Cell).Build();

    private static LegalBasis Basis(int daysAgo, string number = "05-NQ/CB") => new(number, Today.AddDays(-daysAgo), "Chi bộ Phòng Tổng hợp");

    private static Result<ExemptionCase> Apply(Member member, ExemptionReason reason, DateOnly? to = null, bool open = false, Role role = Role.CellSecretary,
        DateOnly? from = null) =>
        ExemptionCase.Apply(member, Cell, new ExemptionApplication(Today.AddDays(-20), reason, "Nội dung", from ?? Today.AddDays(-15), to), open,
            RuleBooks.Defaults(), TestStamps.As(role, Today));

    [Fact]
    public void The_table_gives_age_and_health_to_the_cell_and_other_reasons_to_the_grassroots_committee()
    {
        foreach (var reason in Enum.GetValues<ExemptionReason>())
        {
            var byCell = reason is ExemptionReason.Age or ExemptionReason.Health;
            Assert.Equal(byCell ? ExemptionDecider.Cell : ExemptionDecider.GrassrootsCommittee, ExemptionTransitions.DeciderFor(reason));
            Assert.Equal(byCell, ExemptionTransitions.Available(ExemptionState.Applied, reason, Role.CellSecretary).Any(t => t.Trigger == ExemptionTrigger.Decide));
            Assert.Equal(!byCell, ExemptionTransitions.Available(ExemptionState.Applied, reason, Role.CellSecretary).Any(t => t.Trigger == ExemptionTrigger.CellResolve));
            Assert.Equal(!byCell, ExemptionTransitions.Available(ExemptionState.CellResolved, reason, Role.GrassrootsSecretary).Any(t => t.Trigger == ExemptionTrigger.Decide));
            Assert.Empty(ExemptionTransitions.Available(ExemptionState.Applied, reason, Role.GrassrootsSecretary));
        }
    }

    [Fact]
    public void Every_state_and_trigger_pair_is_allowed_only_where_the_table_says()
    {
        var expected = new HashSet<(ExemptionState, ExemptionTrigger, ExemptionDecider)>
        {
            (ExemptionState.Applied, ExemptionTrigger.Decide, ExemptionDecider.Cell),
            (ExemptionState.Applied, ExemptionTrigger.Refuse, ExemptionDecider.Cell),
            (ExemptionState.Applied, ExemptionTrigger.Refuse, ExemptionDecider.GrassrootsCommittee),
            (ExemptionState.Applied, ExemptionTrigger.CellResolve, ExemptionDecider.GrassrootsCommittee),
            (ExemptionState.CellResolved, ExemptionTrigger.Decide, ExemptionDecider.GrassrootsCommittee),
            (ExemptionState.CellResolved, ExemptionTrigger.Refuse, ExemptionDecider.GrassrootsCommittee),
            (ExemptionState.Decided, ExemptionTrigger.Return, ExemptionDecider.Cell),
            (ExemptionState.Decided, ExemptionTrigger.Return, ExemptionDecider.GrassrootsCommittee),
            (ExemptionState.Applied, ExemptionTrigger.Withdraw, ExemptionDecider.Cell),
            (ExemptionState.Applied, ExemptionTrigger.Withdraw, ExemptionDecider.GrassrootsCommittee),
            (ExemptionState.CellResolved, ExemptionTrigger.Withdraw, ExemptionDecider.GrassrootsCommittee),
        };
        foreach (var state in Enum.GetValues<ExemptionState>())
        {
            foreach (var trigger in Enum.GetValues<ExemptionTrigger>())
            {
                foreach (var (reason, decider) in new[] { (ExemptionReason.Health, ExemptionDecider.Cell), (ExemptionReason.Maternity, ExemptionDecider.GrassrootsCommittee) })
                {
                    Assert.True(expected.Contains((state, trigger, decider)) == (ExemptionTransitions.Find(state, trigger, reason) is not null),
                        $"{state} --{trigger}--> for {decider}");
                }
            }
        }
    }

    [Fact]
    public void For_health_the_cell_decides_and_the_member_becomes_exempt_with_the_decision_as_a_dated_event()
    {
        var member = NewMember();
        var c = ErrorAssert.Succeeded(Apply(member, ExemptionReason.Health));
        ErrorAssert.Only(c.ResolveInCell(Basis(10), CellStamp), "Exemption.TransitionNotAllowed");

        ErrorAssert.Succeeded(c.Decide(Basis(10), member, CellStamp));

        Assert.Equal(ExemptionState.Decided, c.State);
        Assert.Equal(ActivityStatus.Exempt, member.Status);
        var e = member.NewEvents[^1];
        Assert.Equal(MemberEventKind.Exempted, e.Kind);
        Assert.Equal(Today.AddDays(-10), e.EffectiveDate);
        Assert.Equal("05-NQ/CB", e.Basis!.DocumentNumber);
        Assert.Equal(["Apply", "Decide"], c.Steps.Select(s => s.Action));
    }

    [Fact]
    public void For_another_reason_the_cell_resolves_and_only_the_grassroots_committee_decides()
    {
        var member = NewMember();
        var c = ErrorAssert.Succeeded(Apply(member, ExemptionReason.MobileWork, Today.AddMonths(5)));
        ErrorAssert.Only(c.Decide(Basis(10), member, CellStamp), "Exemption.TransitionNotAllowed");
        ErrorAssert.Only(c.ResolveInCell(Basis(12), GrassrootsStamp), "Exemption.RoleCannotRecord");
        ErrorAssert.Succeeded(c.ResolveInCell(Basis(12), CellStamp));
        ErrorAssert.Only(c.Decide(Basis(8, "10-QĐ/ĐU"), member, CellStamp), "Exemption.RoleCannotRecord");
        Assert.Equal(ActivityStatus.Active, member.Status);
        ErrorAssert.Only(c.Decide(Basis(13, "10-QĐ/ĐU"), member, GrassrootsStamp), "Exemption.DateBeforeLastStep", "Date");

        ErrorAssert.Succeeded(c.Decide(Basis(8, "10-QĐ/ĐU"), member, GrassrootsStamp));
        Assert.Equal(ActivityStatus.Exempt, member.Status);
        Assert.Equal("10-QĐ/ĐU", c.Decision!.DocumentNumber);
    }

    [Fact]
    public void Another_reason_needs_an_end_under_the_local_parameter_of_twelve_months()
    {
        var member = NewMember();
        var from = Today.AddDays(-15);
        ErrorAssert.Only(Apply(member, ExemptionReason.Maternity), "Exemption.PeriodEndRequired", nameof(ExemptionCase.PeriodTo));
        ErrorAssert.Succeeded(Apply(member, ExemptionReason.Maternity, from.AddMonths(12).AddDays(-1)));
        ErrorAssert.Only(Apply(member, ExemptionReason.Maternity, from.AddMonths(12)), "Exemption.PeriodTooLong", nameof(ExemptionCase.PeriodTo));
        ErrorAssert.Only(Apply(member, ExemptionReason.Maternity, from.AddMonths(12).AddDays(1)), "Exemption.PeriodTooLong", nameof(ExemptionCase.PeriodTo));
        ErrorAssert.Succeeded(Apply(member, ExemptionReason.Age));
        ErrorAssert.Only(Apply(member, ExemptionReason.Age, from), "Exemption.PeriodEndsBeforeStart", nameof(ExemptionCase.PeriodTo));
        ErrorAssert.Only(Apply(member, ExemptionReason.Age, from: Today.AddDays(-21)), "Exemption.PeriodBeforeApplication", nameof(ExemptionCase.PeriodFrom));
    }

    [Fact]
    public void An_application_is_refused_for_a_second_open_case_a_member_not_active_or_a_role_other_than_the_cell()
    {
        ErrorAssert.Only(Apply(NewMember(), ExemptionReason.Age, open: true), "Exemption.AlreadyOpen");
        ErrorAssert.Only(Apply(NewMember(), ExemptionReason.Age, role: Role.GrassrootsSecretary), "Exemption.RoleCannotRecord");
        var away = MemberActions.Bring(NewMember(), ActivityStatus.Suspended, Today.AddDays(-30));
        ErrorAssert.Only(Apply(away, ExemptionReason.Age), "Exemption.MemberNotActive");
    }

    [Fact]
    public void The_return_ends_the_members_exemption_and_the_period_end_is_flagged_the_day_after()
    {
        var member = NewMember();
        var c = ErrorAssert.Succeeded(Apply(member, ExemptionReason.MobileWork, Today.AddDays(-2)));
        ErrorAssert.Succeeded(c.ResolveInCell(Basis(12), CellStamp));
        ErrorAssert.Succeeded(c.Decide(Basis(10, "10-QĐ/ĐU"), member, GrassrootsStamp));

        Assert.False(c.PeriodEnded(Today.AddDays(-2)));
        Assert.True(c.PeriodEnded(Today.AddDays(-1)));
        ErrorAssert.Succeeded(c.Return(Today, "Hết thời hạn, đã kiểm điểm", member, CellStamp));

        Assert.Equal(ExemptionState.Returned, c.State);
        Assert.Equal(ActivityStatus.Active, member.Status);
        Assert.Equal(MemberEventKind.ExemptionEnded, member.NewEvents[^1].Kind);
        Assert.False(c.PeriodEnded(Today.AddDays(1)));
        Assert.False(c.IsOpen);
    }

    [Fact]
    public void A_refusal_or_withdrawal_needs_a_reason_and_leaves_the_member_active()
    {
        var member = NewMember();
        var c = ErrorAssert.Succeeded(Apply(member, ExemptionReason.Health));
        ErrorAssert.Only(c.Refuse(null, Today, " ", CellStamp), "Exemption.ReasonRequired", "Reason");
        ErrorAssert.Succeeded(c.Refuse(null, Today, "Chưa có giấy xác nhận của cơ sở y tế", CellStamp));
        Assert.Equal(ExemptionState.Refused, c.State);
        Assert.Equal(ActivityStatus.Active, member.Status);

        var w = ErrorAssert.Succeeded(Apply(NewMember(), ExemptionReason.Age));
        ErrorAssert.Succeeded(w.Withdraw(Today, "Đảng viên rút đơn", CellStamp));
        Assert.Equal(ExemptionState.Withdrawn, w.State);
    }
}
