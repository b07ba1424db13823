using PartyMembers.Domain.Accounts;
using PartyMembers.Domain.Admission;
using PartyMembers.Domain.Members;
using PartyMembers.Testing;

namespace PartyMembers.Domain.Tests.Admission;

/// The whole way from the register to official membership (or removal), and the history it leaves.
public class AdmissionPathTests
{
    public static TheoryData<string> Chains => AdmissionTransitionTableTests.Chains;

    [Theory]
    [MemberData(nameof(Chains))]
    public void The_ceremony_creates_a_probationary_member(string chainName)
    {
        var s = new AdmissionCaseBuilder().InChain(AdmissionTransitionTableTests.Chain(chainName)).AtStage(AdmissionStage.Probation);
        var member = s.Member!;
        Assert.Equal(MembershipType.Probationary, member.Type);
        Assert.Equal(ActivityStatus.Active, member.Status);
        Assert.Equal(s.Dates.CeremonyOn, member.CeremonyDate);
        Assert.Equal(s.Dates.DecisionOn, member.AdmissionDecisionDate);
        Assert.Null(member.OfficialDate);
        Assert.Equal(s.Case.CellId, member.HomeUnitId);
        Assert.Equal((s.Case.FullName, s.Case.DateOfBirth, s.Case.PersonalIdNumber), (member.FullName, member.DateOfBirth, member.PersonalIdNumber));
        Assert.Equal("Phạm Văn Cường, Hoàng Thị Dung", member.Introducers);
        Assert.Equal(member.Id, s.Case.MemberId);
        Assert.Equal(MemberEventKind.Admitted, Assert.Single(member.NewEvents).Kind);
        Assert.True(s.Case.IsRecognitionPhase);
    }

    [Theory]
    [MemberData(nameof(Chains))]
    public void The_happy_path_ends_with_an_official_member_twelve_months_after_the_ceremony(string chainName)
    {
        var chain = AdmissionTransitionTableTests.Chain(chainName);
        var s = new AdmissionCaseBuilder().InChain(chain).AtStage(AdmissionStage.Recognised);
        var member = s.Member!;
        Assert.Equal(MembershipType.Official, member.Type);
        Assert.Equal(s.Dates.CeremonyOn.AddMonths(12), member.OfficialDate);
        Assert.Equal(new DateOnly(2026, 11, 3), member.OfficialDate);
        Assert.True(s.Case.IsClosed);
        Assert.Null(s.Case.Due(chain, s.Deadlines));
        Assert.Equal(2, s.Case.Decisions.Count);
        Assert.Equal(s.Dates.RecognitionDecisionOn, s.Case.RecognitionDecision!.Date);

        // The stage changes, in order, are exactly the rows of the documented chain.
        var expected = AdmissionTransitionTableTests.Expected(chainName);
        var moves = s.Case.Steps.Where(st => st.FromStage != st.ToStage).ToList();
        Assert.All(moves, st =>
        {
            var trigger = Enum.Parse<AdmissionTrigger>(st.Action);
            Assert.True(expected.TryGetValue((st.FromStage, trigger), out var row), st.Action + " from " + st.FromStage);
            Assert.Equal(row.To, st.ToStage);
            Assert.Contains(st.ActingAs, row.Roles);
        });
        Assert.Equal(AdmissionStage.Candidate, moves[0].FromStage);
        Assert.Equal(AdmissionStage.Recognised, moves[^1].ToStage);
        for (var i = 1; i < moves.Count; i++)
        {
            Assert.Equal(moves[i - 1].ToStage, moves[i].FromStage);
        }
    }

    [Fact]
    public void Every_step_is_appended_with_who_when_and_in_sequence()
    {
        var s = new AdmissionCaseBuilder().InChain(AdmissionChains.WithSubCommittee).AtStage(AdmissionStage.Recognised);
        var steps = s.Case.Steps;
        Assert.Equal(s.Case.StepCount, steps.Count);
        Assert.Equal(Enumerable.Range(1, steps.Count), steps.Select(st => st.Sequence));
        Assert.All(steps, st =>
        {
            Assert.Equal(s.Case.Id, st.CaseId);
            Assert.Equal(TestStamps.UserIdFor(st.ActingAs), st.UserId);
            Assert.Equal(TestStamps.UserNameFor(st.ActingAs), st.UserName);
            Assert.NotEqual(default, st.AtUtc);
        });
        Assert.Equal("Register", steps[0].Action);
        Assert.Equal((AdmissionStage.Candidate, AdmissionStage.Candidate, s.Dates.IntroducedOn), (steps[0].FromStage, steps[0].ToStage, steps[0].Date));

        var ceremony = Assert.Single(steps, st => st.Action == nameof(AdmissionTrigger.HoldCeremony));
        Assert.Equal((s.Dates.CeremonyOn, Role.CellSecretary, TestStamps.AtUtc(s.Dates.CeremonyOn)), (ceremony.Date, ceremony.ActingAs, ceremony.AtUtc));
        var decision = Assert.Single(steps, st => st.Action == nameof(AdmissionTrigger.Decide));
        Assert.Equal((s.Dates.DecisionOn, Role.StandingCommittee), (decision.Date, decision.ActingAs));

        // Recording actions leave their own line without moving the case.
        Assert.Contains(steps, st => st.Action == "RecordCourse" && st.FromStage == AdmissionStage.Candidate && st.ToStage == AdmissionStage.Candidate);
        Assert.Equal(7, steps.Count(st => st.Action == "AddDocument")); // two introducer letters
        Assert.Equal(3, steps.Count(st => st.Action == "AddVerification"));
        Assert.Equal(s.Dates.RecognitionDecisionOn, s.Case.LastStepDate);
    }

    [Theory]
    [MemberData(nameof(Chains))]
    public void A_removal_proposal_leaves_the_probationer_removed_from_the_list(string chainName)
    {
        var s = new AdmissionCaseBuilder().InChain(AdmissionTransitionTableTests.Chain(chainName)).Proposing(RecognitionProposal.RemoveFromList)
            .AtStage(AdmissionStage.RemovedFromList);
        var member = s.Member!;
        Assert.Equal(ActivityStatus.Left, member.Status);
        Assert.Equal(ExitForm.RemovedFromList, member.ExitForm);
        Assert.Equal(MembershipType.Probationary, member.Type);
        Assert.Null(member.OfficialDate);
        Assert.Equal(MemberEventKind.Left, member.NewEvents[^1].Kind);
        Assert.Equal(s.Dates.RecognitionDecisionOn, member.NewEvents[^1].EffectiveDate);
        Assert.Equal(RecognitionProposal.RemoveFromList, s.Case.RecognitionProposal);
        Assert.True(s.Case.IsClosed);
    }

    [Fact]
    public void The_recognition_decision_needs_the_member_created_at_the_ceremony()
    {
        var s = new AdmissionCaseBuilder().AtStage(AdmissionStage.RecognitionAppraised);
        var on = s.Dates.RecognitionDecisionOn;
        var other = new MemberBuilder().Probationary(s.Dates.CeremonyOn).Build();
        ErrorAssert.Only(s.Case.Decide(AdmissionVotes.Passing(VoteLevel.StandingCommittee, on), AdmissionScenario.Decision(on, on), s.Chain, s.Deadlines,
            TestStamps.As(Role.StandingCommittee, on), other), "Admission.MemberMissing");
        Assert.Equal(MembershipType.Probationary, s.Member!.Type);
        Assert.Equal(AdmissionStage.RecognitionAppraised, s.Case.Stage);
    }

    [Fact]
    public void A_case_is_withdrawn_before_the_ceremony_and_then_closed()
    {
        var s = new AdmissionCaseBuilder().AtStage(AdmissionStage.Decided);
        var on = s.Dates.DecisionReceivedOn;
        ErrorAssert.Only(s.Case.Withdraw(on, " ", s.Chain, TestStamps.As(Role.CellSecretary, on)), "Admission.ReasonRequired", "Reason");
        ErrorAssert.Succeeded(s.Case.Withdraw(on, "Chuyển công tác ra ngoài tỉnh", s.Chain, TestStamps.As(Role.OrganisationBoard, on)));
        Assert.Equal(AdmissionStage.Withdrawn, s.Case.Stage);
        Assert.Equal("Chuyển công tác ra ngoài tỉnh", s.Case.ClosingReason);
        ErrorAssert.Has(s.Case.AddDocument(DossierItemKind.Application, on, null, TestStamps.As(Role.CellSecretary, on)).Errors, "Admission.Closed");
    }

    [Fact]
    public void Details_cannot_be_corrected_once_the_person_is_a_member()
    {
        var s = new AdmissionCaseBuilder().AtStage(AdmissionStage.Probation);
        var on = s.Dates.NewMemberCourseOn;
        ErrorAssert.Only(s.Case.UpdateDetails(new AdmissionCaseBuilder().BuildDetails(), "Sửa tên", TestStamps.As(Role.CellSecretary, on)), "Admission.AlreadyMember");
    }
}
