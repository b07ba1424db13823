using PartyMembers.Domain.Accounts;
using PartyMembers.Domain.Members;
using PartyMembers.Domain.Organisation;
using PartyMembers.Testing;

namespace PartyMembers.Domain.Tests.Members;

/// Q294 §4.2.2: the member becomes official on the ceremony date plus the probation period, however late the decision.
public class MemberRecognitionTests
{
    private static readonly DateOnly Ceremony = new(2024, 6, 3);
    private static readonly DateOnly OfficialByRule = new(2025, 6, 3);
    private static readonly Guid Cell = Guid.NewGuid();

    private static Member Probationer(DateOnly today) =>
        new MemberBuilder().Probationary(Ceremony).InUnit(Cell, UnitType.Cell).On(today).Build();

    [Fact]
    public void Recognition_is_dated_the_ceremony_date_plus_twelve_months()
    {
        var today = new DateOnly(2025, 7, 15);
        var member = Probationer(today);

        ErrorAssert.Succeeded(member.Recognise(LegalBases.Sample(today), 12, TestStamps.As(Role.StandingCommittee, today)));

        Assert.Equal(MembershipType.Official, member.Type);
        Assert.Equal(OfficialByRule, member.OfficialDate);
        var e = member.NewEvents[^1];
        Assert.Equal((MemberEventKind.Recognised, OfficialByRule, MembershipType.Official), (e.Kind, e.EffectiveDate, e.Type));
        Assert.Equal(ActivityStatus.Active, member.Status);
    }

    [Fact]
    public void A_late_decision_does_not_move_the_official_date()
    {
        var today = new DateOnly(2027, 2, 1);
        var member = Probationer(today);

        ErrorAssert.Succeeded(member.Recognise(LegalBases.Sample(new DateOnly(2027, 1, 20)), 12, TestStamps.As(Role.OrganisationBoard, today)));

        Assert.Equal(OfficialByRule, member.OfficialDate);
        Assert.Equal(OfficialByRule, member.NewEvents[^1].EffectiveDate);
    }

    [Fact]
    public void Recognition_is_dated_back_before_events_recorded_since_the_probation_ended()
    {
        var today = new DateOnly(2025, 10, 20);
        var member = Probationer(today);
        var awayOn = new DateOnly(2025, 8, 1);
        ErrorAssert.Succeeded(member.StartTemporaryTransfer(new(awayOn, LegalBases.Sample(awayOn), null), TestStamps.As(Role.GrassrootsSecretary, today)));

        ErrorAssert.Succeeded(member.Recognise(LegalBases.Sample(today), 12, TestStamps.As(Role.OrganisationBoard, today)));

        var e = member.NewEvents[^1];
        Assert.Equal(OfficialByRule, e.EffectiveDate);
        Assert.True(e.EffectiveDate < awayOn);
        Assert.Equal(ActivityStatus.TemporarilyAway, member.Status);
        Assert.Equal(MembershipType.Official, member.Type);
        Assert.Equal(awayOn, member.LastEventDate); // the latest date stays the latest
        Assert.Equal(3, e.Sequence);
    }

    [Fact]
    public void Recognition_waits_until_the_probation_is_over()
    {
        var member = Probationer(OfficialByRule.AddDays(-1));

        var error = ErrorAssert.Only(
            member.Recognise(LegalBases.Sample(OfficialByRule.AddDays(-1)), 12, TestStamps.As(Role.OrganisationBoard, OfficialByRule.AddDays(-1))),
            "Member.ProbationNotOver");

        Assert.Equal(new object[] { OfficialByRule }, error.Arguments);
        Assert.Equal(MembershipType.Probationary, member.Type);
        Assert.Single(member.NewEvents);

        ErrorAssert.Succeeded(member.Recognise(LegalBases.Sample(OfficialByRule), 12, TestStamps.As(Role.OrganisationBoard, OfficialByRule)));
    }

    [Fact]
    public void The_probation_period_comes_from_the_rule_in_force()
    {
        var today = new DateOnly(2026, 1, 5);
        var member = Probationer(today);

        ErrorAssert.Only(member.Recognise(LegalBases.Sample(today), 24, TestStamps.As(Role.OrganisationBoard, today)), "Member.ProbationNotOver");
        ErrorAssert.Succeeded(member.Recognise(LegalBases.Sample(today), 18, TestStamps.As(Role.OrganisationBoard, today)));

        Assert.Equal(new DateOnly(2025, 12, 3), member.OfficialDate);
    }

    [Fact]
    public void An_official_member_is_not_recognised_again()
    {
        var member = new MemberBuilder().Build();

        ErrorAssert.Only(member.Recognise(LegalBases.Sample(), 12, TestStamps.As(Role.OrganisationBoard)), "Member.AlreadyOfficial");
        Assert.Equal(2, member.EventCount);
    }

    [Fact]
    public void The_decision_cannot_predate_the_ceremony()
    {
        var today = new DateOnly(2025, 7, 15);
        var member = Probationer(today);

        ErrorAssert.Only(
            member.Recognise(LegalBases.Sample(Ceremony.AddDays(-1)), 12, TestStamps.As(Role.OrganisationBoard, today)),
            "Member.DecisionBeforeProbationEnd", "DocumentDate");
        Assert.Equal(MembershipType.Probationary, member.Type);
    }

    // Q294 §4.2.1 (reference §4.3): the cell considers recognition only after the 12 months end, and the competent
    // committee decides after the cell's resolution; a recognition decision signed during the probation cannot exist.
    [Fact]
    public void The_decision_cannot_predate_the_end_of_the_probation()
    {
        var today = new DateOnly(2025, 7, 15);
        var member = Probationer(today);

        var result = member.Recognise(LegalBases.Sample(OfficialByRule.AddDays(-1)), 12, TestStamps.As(Role.OrganisationBoard, today));

        ErrorAssert.Only(result, "Member.DecisionBeforeProbationEnd", "DocumentDate");
        Assert.Equal(MembershipType.Probationary, member.Type);
        ErrorAssert.Succeeded(member.Recognise(LegalBases.Sample(OfficialByRule), 12, TestStamps.As(Role.OrganisationBoard, today)));
    }

    [Fact]
    public void A_member_away_on_a_temporary_transfer_can_be_recognised_but_not_one_who_is_suspended()
    {
        var today = new DateOnly(2025, 10, 20);
        var away = MemberActions.Bring(Probationer(today), ActivityStatus.TemporarilyAway, new DateOnly(2025, 9, 1), today);
        var suspended = MemberActions.Bring(Probationer(today), ActivityStatus.Suspended, new DateOnly(2025, 9, 1), today);

        ErrorAssert.Succeeded(away.Recognise(LegalBases.Sample(today), 12, TestStamps.As(Role.OrganisationBoard, today)));
        ErrorAssert.Only(suspended.Recognise(LegalBases.Sample(today), 12, TestStamps.As(Role.OrganisationBoard, today)), "Member.TransitionNotAllowed");
    }
}
