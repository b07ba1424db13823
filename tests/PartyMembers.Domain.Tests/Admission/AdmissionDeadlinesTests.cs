using PartyMembers.Domain.Accounts;
using PartyMembers.Domain.Admission;
using PartyMembers.Domain.Calendar;
using PartyMembers.Domain.Members;
using PartyMembers.Domain.Organisation;
using PartyMembers.Testing;

namespace PartyMembers.Domain.Tests.Admission;

/// Time limits counted in working days on the statutory calendar (Tết 2026: Monday 16/02 to Friday 20/02 off), at their
/// edges.
public class AdmissionDeadlinesTests
{
    private static readonly AdmissionDeadlines Deadlines = new(RuleBooks.Defaults(), WorkingDayCalendar.StatutoryOnly);

    [Fact]
    public void A_verification_sent_in_January_2026_is_due_30_working_days_later_after_the_Tet_week()
    {
        // After Tuesday 20/01: 21-23/01 (3), 26-30/01 (8), 02-06/02 (13), 09-13/02 (18), Tết 16-20/02 (none),
        // 23-27/02 (23), 02-06/03 (28), 09-10/03 (30). Without Tết it would be Tuesday 03/03.
        var due = Deadlines.VerificationReplyDue(new DateOnly(2026, 1, 20), abroad: false);
        Assert.Equal(new DateOnly(2026, 3, 10), due);
        Assert.False(WorkingDayCalendar.StatutoryOnly.IsWorkingDay(new DateOnly(2026, 2, 17)));
    }

    [Fact]
    public void A_pending_verification_is_due_on_its_day_in_the_case()
    {
        var s = new AdmissionCaseBuilder().Without(verifications: true).AtStage(AdmissionStage.DossierOpen);
        var sent = new DateOnly(2026, 1, 20);
        var request = ErrorAssert.Succeeded(s.Case.AddVerification(VerificationSubject.Father, "Lê Văn Phú", false, "Đảng ủy xã", sent, null, s.Deadlines,
            TestStamps.As(Role.CellSecretary, sent)));
        Assert.Equal(new DateOnly(2026, 3, 10), request.DueOn);
    }

    [Theory]
    [InlineData("2025-09-08", "2025-11-10")] // 45 working days, no holiday in between
    [InlineData("2026-01-20", "2026-03-31")] // across Tết 2026
    public void The_admission_decision_is_due_45_working_days_after_the_cell_resolution(string resolution, string due)
    {
        var r = DateOnly.Parse(resolution, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(DateOnly.Parse(due, System.Globalization.CultureInfo.InvariantCulture), Deadlines.AdmissionDecisionDue(r));
        Assert.Equal(45, WorkingDayCalendar.StatutoryOnly.WorkingDaysBetween(r, Deadlines.AdmissionDecisionDue(r)));
        Assert.Equal(15, WorkingDayCalendar.StatutoryOnly.WorkingDaysBetween(Deadlines.AdmissionDecisionDue(r), Deadlines.AdmissionDecisionExtendedDue(r)));
    }

    [Theory]
    [InlineData(-1, false)]
    [InlineData(0, false)]
    [InlineData(1, true)]
    public void A_decision_after_the_45_working_days_needs_the_reason(int daysFromDue, bool late)
    {
        var due = new DateOnly(2025, 11, 10);
        var on = due.AddDays(daysFromDue);
        var s = new AdmissionCaseBuilder().AtStage(AdmissionStage.Appraised);
        Assert.Equal(due, s.Deadlines.AdmissionDecisionDue(s.Case.CellResolutionDate!.Value));
        var result = s.Case.Decide(AdmissionVotes.Passing(VoteLevel.StandingCommittee, on), AdmissionScenario.Decision(on, on), s.Chain, s.Deadlines,
            TestStamps.As(Role.StandingCommittee, on));
        if (!late)
        {
            ErrorAssert.Succeeded(result);
            Assert.Equal(AdmissionStage.Decided, s.Case.Stage);
            return;
        }

        var error = ErrorAssert.Only(result, "Decision.LateNeedsReason", "ExtensionReason");
        Assert.Equal(due, error.Arguments[0]);
        Assert.Equal(AdmissionStage.Appraised, s.Case.Stage);
        ErrorAssert.Succeeded(s.Case.Decide(AdmissionVotes.Passing(VoteLevel.StandingCommittee, on), AdmissionScenario.Decision(on, on, "Chờ kết luận thẩm tra bổ sung"),
            s.Chain, s.Deadlines, TestStamps.As(Role.StandingCommittee, on)));
        Assert.Equal("Chờ kết luận thẩm tra bổ sung", s.Case.AdmissionDecision!.ExtensionReason);
    }

    [Theory]
    [InlineData(-1, false)]
    [InlineData(0, false)]
    [InlineData(1, true)]
    public void The_ceremony_is_due_30_working_days_after_the_decision_is_received(int daysFromDue, bool late)
    {
        // Received Wednesday 22/10/2025: 23-24/10 (2), 27-31/10 (7), 03-07/11 (12), 10-14/11 (17), 17-21/11 (22),
        // 24-28/11 (27), 01-03/12 (30).
        var due = new DateOnly(2025, 12, 3);
        var s = new AdmissionCaseBuilder().AtStage(AdmissionStage.Decided);
        Assert.Equal(due, s.Deadlines.CeremonyDue(s.Case.AdmissionDecision!.ReceivedOn));
        var on = due.AddDays(daysFromDue);
        var result = s.Case.HoldCeremony(on, s.Helper, null, new MemberBuilder().BuildDetails(), UnitType.Cell, s.Chain, s.Deadlines, TestStamps.As(Role.CellSecretary, on));
        if (!late)
        {
            ErrorAssert.Succeeded(result);
            Assert.Equal((AdmissionStage.Probation, on), (s.Case.Stage, s.Case.CeremonyDate));
            return;
        }

        var error = ErrorAssert.Only(result, "Admission.CeremonyLateNeedsApproval", "LateApprovalNumber");
        Assert.Equal(due, error.Arguments[0]);
        Assert.Equal(AdmissionStage.Decided, s.Case.Stage);
        Assert.Null(s.Case.MemberId);

        var approval = LegalBases.Sample(on, "14-CV/ĐU");
        ErrorAssert.Succeeded(s.Case.HoldCeremony(on, s.Helper, approval, new MemberBuilder().BuildDetails(), UnitType.Cell, s.Chain, s.Deadlines, TestStamps.As(Role.CellSecretary, on)));
        Assert.Equal(approval, s.Case.LateCeremonyApproval);
    }

    [Fact]
    public void The_ceremony_cannot_come_before_the_decision_is_received()
    {
        var s = new AdmissionCaseBuilder().WithDates(d => d with { DecisionReceivedOn = new DateOnly(2025, 10, 27) }).AtStage(AdmissionStage.Decided);
        var on = new DateOnly(2025, 10, 24);
        ErrorAssert.Only(s.Case.HoldCeremony(on, s.Helper, null, new MemberBuilder().BuildDetails(), UnitType.Cell, s.Chain, s.Deadlines, TestStamps.As(Role.CellSecretary, on)),
            "Admission.CeremonyBeforeReceived", "CeremonyDate");
    }

    [Theory]
    [InlineData(-1, false)]
    [InlineData(0, true)]
    [InlineData(1, true)]
    public void The_recognition_vote_comes_after_the_12_months_of_probation(int daysFromEnd, bool accepted)
    {
        var s = new AdmissionCaseBuilder().AtStage(AdmissionStage.Probation);
        var end = new DateOnly(2026, 11, 3);
        Assert.Equal(end, s.Deadlines.ProbationEnd(s.Case.CeremonyDate!.Value));
        var on = end.AddDays(daysFromEnd);
        var result = s.Case.RecordRecognitionCellVote(AdmissionVotes.Passing(VoteLevel.Cell, on), RecognitionProposal.Recognise, s.Chain, s.Deadlines, TestStamps.As(Role.CellSecretary, on));
        if (accepted)
        {
            ErrorAssert.Succeeded(result);
            Assert.Equal(AdmissionStage.RecognitionCellResolved, s.Case.Stage);
        }
        else
        {
            var error = ErrorAssert.Only(result, "Admission.ProbationNotOver", "MeetingDate");
            Assert.Equal(end, error.Arguments[0]);
            Assert.Equal(AdmissionStage.Probation, s.Case.Stage);
            Assert.DoesNotContain(s.Case.Votes, v => v.Phase == AdmissionPhase.Recognition);
        }
    }

    [Fact]
    public void Recognition_needs_the_new_member_course()
    {
        var s = new AdmissionCaseBuilder().AtStage(AdmissionStage.Decided);
        var c = s.Dates.CeremonyOn;
        ErrorAssert.Succeeded(s.Case.HoldCeremony(c, s.Helper, null, new MemberBuilder().BuildDetails(), UnitType.Cell, s.Chain, s.Deadlines, TestStamps.As(Role.CellSecretary, c)));
        var on = s.Dates.RecognitionCellVoteOn;
        ErrorAssert.Only(s.Case.RecordRecognitionCellVote(AdmissionVotes.Passing(VoteLevel.Cell, on), RecognitionProposal.Recognise, s.Chain, s.Deadlines,
            TestStamps.As(Role.CellSecretary, on)), "Admission.NewMemberCourseMissing");
    }

    [Fact]
    public void The_official_date_is_the_end_of_probation_even_when_the_decision_is_late()
    {
        var late = new DateOnly(2027, 3, 1); // far beyond 30 working days from the cell's resolution of 09/11/2026
        var s = new AdmissionCaseBuilder().AtStage(AdmissionStage.RecognitionAppraised);
        var due = s.Deadlines.RecognitionDecisionDue(s.Case.RecognitionCellResolutionDate!.Value);
        Assert.True(late > due);

        var stamp = TestStamps.As(Role.StandingCommittee, late);
        ErrorAssert.Only(s.Case.Decide(AdmissionVotes.Passing(VoteLevel.StandingCommittee, late), AdmissionScenario.Decision(late, late), s.Chain, s.Deadlines, stamp, s.Member),
            "Decision.LateNeedsReason", "ExtensionReason");
        ErrorAssert.Succeeded(s.Case.Decide(AdmissionVotes.Passing(VoteLevel.StandingCommittee, late), AdmissionScenario.Decision(late, late, "Thiếu nhận xét nơi cư trú"),
            s.Chain, s.Deadlines, stamp, s.Member));
        Assert.Equal(AdmissionStage.Recognised, s.Case.Stage);
        Assert.Equal(new DateOnly(2026, 11, 3), s.Member!.OfficialDate);
        Assert.Equal(MembershipType.Official, s.Member.Type);
    }

    [Fact]
    public void The_grassroots_split_of_the_45_days_applies_from_its_date()
    {
        Assert.Null(Deadlines.GrassrootsResolveDue(new DateOnly(2025, 10, 31)));
        var resolution = new DateOnly(2025, 11, 3);
        Assert.Equal(25, WorkingDayCalendar.StatutoryOnly.WorkingDaysBetween(resolution, Deadlines.GrassrootsResolveDue(resolution)!.Value));
    }

    [Fact]
    public void The_recognition_limits_count_from_the_probation_end_and_the_cell_resolution()
    {
        var end = new DateOnly(2026, 11, 3);
        Assert.Equal(30, WorkingDayCalendar.StatutoryOnly.WorkingDaysBetween(end, Deadlines.RecognitionConsiderDue(end)));
        Assert.Equal(30, WorkingDayCalendar.StatutoryOnly.WorkingDaysBetween(end, Deadlines.RecognitionDecisionDue(end)));
        Assert.Equal(new DateOnly(2027, 2, 28), Deadlines.ProbationEnd(new DateOnly(2026, 2, 28)));
        Assert.Equal(new DateOnly(2025, 2, 28), Deadlines.ProbationEnd(new DateOnly(2024, 2, 29)));
    }
}
