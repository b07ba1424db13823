using PartyMembers.Domain.Accounts;
using PartyMembers.Domain.Admission;
using PartyMembers.Domain.Common;
using PartyMembers.Domain.Organisation;
using PartyMembers.Testing;

namespace PartyMembers.Domain.Tests.Admission;

/// The aggregate's methods follow the table: from a stage it does not allow they fail with
/// Admission.TransitionNotAllowed and change nothing; a role the row does not name gets Admission.RoleCannotRecord.
public class AdmissionTransitionBehaviourTests
{
    private static readonly DateOnly Later = new(2027, 6, 1);

    /// Each stage-changing method, with the trigger it records in the admission phase and in the recognition phase.
    public enum Method
    {
        RecogniseSympathiser,
        PermitDossier,
        OpenDossier,
        CellVote,
        SubCommitteeAppraisal,
        GrassrootsVote,
        BoardAppraisal,
        Decide,
        HoldCeremony,
        RecognitionCellVote,
        Withdraw,
    }

    private static readonly AdmissionStage[] Reachable =
    [
        AdmissionStage.Candidate, AdmissionStage.Sympathiser, AdmissionStage.DossierPermitted, AdmissionStage.DossierOpen,
        AdmissionStage.CellResolved, AdmissionStage.SubCommitteeAppraised, AdmissionStage.GrassrootsResolved, AdmissionStage.Appraised,
        AdmissionStage.Escalated, AdmissionStage.Decided, AdmissionStage.NotAdmitted, AdmissionStage.Probation,
        AdmissionStage.RecognitionCellResolved, AdmissionStage.RecognitionSubCommitteeAppraised, AdmissionStage.RecognitionGrassrootsResolved,
        AdmissionStage.RecognitionAppraised, AdmissionStage.RecognitionEscalated, AdmissionStage.Recognised, AdmissionStage.Withdrawn,
    ];

    public static TheoryData<string, AdmissionStage> StagesPerChain()
    {
        var data = new TheoryData<string, AdmissionStage>();
        foreach (var name in new[] { "NoSubCommittee", "WithSubCommittee", "GrassrootsCell", "AuthorisedGrassroots" })
        {
            var chain = AdmissionTransitionTableTests.Chain(name);
            foreach (var stage in Reachable.Where(s => Reaches(chain, s)))
            {
                data.Add(name, stage);
            }
        }

        return data;
    }

    private static bool Reaches(AdmissionChain chain, AdmissionStage stage) => stage switch
    {
        AdmissionStage.SubCommitteeAppraised or AdmissionStage.RecognitionSubCommitteeAppraised => chain.HasSubCommittee,
        AdmissionStage.GrassrootsResolved or AdmissionStage.RecognitionGrassrootsResolved => chain.HasGrassrootsCommittee,
        AdmissionStage.Appraised or AdmissionStage.RecognitionAppraised => chain.Decider == VoteLevel.StandingCommittee,
        _ => true,
    };

    internal static AdmissionTrigger TriggerOf(Method method, bool recognition) => method switch
    {
        Method.RecogniseSympathiser => AdmissionTrigger.RecogniseSympathiser,
        Method.PermitDossier => AdmissionTrigger.PermitDossier,
        Method.OpenDossier => AdmissionTrigger.OpenDossier,
        Method.CellVote => AdmissionTrigger.CellVote,
        Method.SubCommitteeAppraisal => recognition ? AdmissionTrigger.RecognitionSubCommitteeAppraisal : AdmissionTrigger.SubCommitteeAppraisal,
        Method.GrassrootsVote => recognition ? AdmissionTrigger.RecognitionGrassrootsVote : AdmissionTrigger.GrassrootsVote,
        Method.BoardAppraisal => recognition ? AdmissionTrigger.RecognitionBoardAppraisal : AdmissionTrigger.BoardAppraisal,
        Method.Decide => recognition ? AdmissionTrigger.RecognitionDecide : AdmissionTrigger.Decide,
        Method.HoldCeremony => AdmissionTrigger.HoldCeremony,
        Method.RecognitionCellVote => AdmissionTrigger.RecognitionCellVote,
        _ => AdmissionTrigger.Withdraw,
    };

    /// Calls the method with well-formed arguments dated <paramref name="on"/>.
    internal static IReadOnlyList<DomainError> Call(AdmissionScenario s, Method method, Role role, DateOnly on)
    {
        var c = s.Case;
        var stamp = TestStamps.As(role, on);
        var appraisal = new AppraisalInput(on, true, true, true, "Đủ điều kiện", AppraisalOutcome.Forward);
        return method switch
        {
            Method.RecogniseSympathiser => c.RecogniseSympathiser(on, "05-NQ/CB", s.Helper, null, s.Chain, stamp).Errors,
            Method.PermitDossier => c.PermitDossier(LegalBases.Sample(on), s.Chain, s.Deadlines, stamp).Errors,
            Method.OpenDossier => c.OpenDossier(on, s.Chain, stamp).Errors,
            Method.CellVote => c.RecordCellVote(AdmissionVotes.Passing(VoteLevel.Cell, on), s.Introducers, s.Chain, s.Deadlines, stamp).Errors,
            Method.SubCommitteeAppraisal => c.RecordAppraisal(AppraisalLevel.SubCommittee, appraisal, s.Chain, stamp).Errors,
            Method.GrassrootsVote => c.RecordGrassrootsVote(AdmissionVotes.Passing(VoteLevel.GrassrootsCommittee, on), s.Chain, s.Deadlines, stamp).Errors,
            Method.BoardAppraisal => c.RecordAppraisal(AppraisalLevel.OrganisationBoard, appraisal, s.Chain, stamp).Errors,
            Method.Decide => c.Decide(AdmissionVotes.Passing(s.Chain.Decider, on), AdmissionScenario.Decision(on, on, "Lý do"), s.Chain, s.Deadlines, stamp, s.Member).Errors,
            Method.HoldCeremony => c.HoldCeremony(on, s.Helper, LegalBases.Sample(on), new MemberBuilder().BuildDetails(), UnitType.Cell, s.Chain, s.Deadlines, stamp).Errors,
            Method.RecognitionCellVote => c.RecordRecognitionCellVote(AdmissionVotes.Passing(VoteLevel.Cell, on), RecognitionProposal.Recognise, s.Chain, s.Deadlines, stamp).Errors,
            _ => c.Withdraw(on, "Chuyển công tác", s.Chain, stamp).Errors,
        };
    }

    [Theory]
    [MemberData(nameof(StagesPerChain))]
    public void A_method_the_table_does_not_allow_from_the_stage_fails_and_changes_nothing(string chainName, AdmissionStage stage)
    {
        var chain = AdmissionTransitionTableTests.Chain(chainName);
        var checkedMethods = 0;
        foreach (var method in Enum.GetValues<Method>())
        {
            var s = new AdmissionCaseBuilder().InChain(chain).AtStage(stage);
            Assert.Equal(stage, s.Case.Stage);
            var trigger = TriggerOf(method, s.Case.IsRecognitionPhase);
            if (AdmissionTransitions.Find(stage, trigger, chain) is not null)
            {
                continue;
            }

            var (steps, votes, appraisals, decisions, last) = (s.Case.StepCount, s.Case.Votes.Count, s.Case.Appraisals.Count, s.Case.Decisions.Count, s.Case.LastStepDate);
            var role = RoleAllowedSomewhere(trigger, chain);
            var errors = Call(s, method, role, Later);

            var error = ErrorAssert.Has(errors, "Admission.TransitionNotAllowed");
            Assert.Equal(new object[] { trigger, stage }, error.Arguments);
            Assert.Equal(stage, s.Case.Stage);
            Assert.Equal(steps, s.Case.StepCount);
            Assert.Equal(steps, s.Case.Steps.Count);
            Assert.Equal((votes, appraisals, decisions, last), (s.Case.Votes.Count, s.Case.Appraisals.Count, s.Case.Decisions.Count, s.Case.LastStepDate));
            checkedMethods++;
        }

        Assert.True(checkedMethods > 0);
    }

    private static Role RoleAllowedSomewhere(AdmissionTrigger trigger, AdmissionChain chain) =>
        AdmissionTransitions.All.Where(t => t.Trigger == trigger).Select(t => AdmissionTransitions.RoleFor(t, chain).Order().First()).FirstOrDefault(Role.CellSecretary);

    [Theory]
    [MemberData(nameof(StagesPerChain))]
    public void A_role_the_row_does_not_name_cannot_record_it_and_nothing_changes(string chainName, AdmissionStage stage)
    {
        var chain = AdmissionTransitionTableTests.Chain(chainName);
        foreach (var method in Enum.GetValues<Method>())
        {
            var s = new AdmissionCaseBuilder().InChain(chain).AtStage(stage);
            var row = AdmissionTransitions.Find(stage, TriggerOf(method, s.Case.IsRecognitionPhase), chain);
            if (row is null)
            {
                continue;
            }

            foreach (var wrong in Enum.GetValues<Role>().Where(r => !AdmissionTransitions.RoleFor(row, chain).Contains(r)))
            {
                var steps = s.Case.StepCount;
                var errors = Call(s, method, wrong, Later);
                var error = ErrorAssert.Has(errors, "Admission.RoleCannotRecord");
                Assert.Equal(new object[] { row.Trigger, wrong }, error.Arguments);
                Assert.Equal(stage, s.Case.Stage);
                Assert.Equal(steps, s.Case.StepCount);
            }
        }
    }

    [Fact]
    public void In_a_grassroots_cell_the_board_permits_the_dossier_and_a_grassroots_secretary_cannot()
    {
        var s = new AdmissionCaseBuilder().InChain(AdmissionChains.GrassrootsCell).AtStage(AdmissionStage.Sympathiser);
        var on = s.Dates.PermittedOn;
        ErrorAssert.Only(s.Case.PermitDossier(LegalBases.Sample(on), s.Chain, s.Deadlines, TestStamps.As(Role.GrassrootsSecretary, on)), "Admission.RoleCannotRecord");
        ErrorAssert.Succeeded(s.Case.PermitDossier(LegalBases.Sample(on), s.Chain, s.Deadlines, TestStamps.As(Role.OrganisationBoard, on)));
        Assert.Equal(AdmissionStage.DossierPermitted, s.Case.Stage);
    }

    [Fact]
    public void Where_the_grassroots_committee_is_authorised_the_standing_committee_does_not_decide()
    {
        var s = new AdmissionCaseBuilder().InChain(AdmissionChains.AuthorisedGrassroots).AtStage(AdmissionStage.GrassrootsResolved);
        var on = s.Dates.DecisionOn;
        var vote = AdmissionVotes.Passing(VoteLevel.AuthorisedGrassrootsCommittee, on);
        var decision = AdmissionScenario.Decision(on, on);
        var votes = s.Case.Votes.Count;
        ErrorAssert.Only(s.Case.Decide(vote, decision, s.Chain, s.Deadlines, TestStamps.As(Role.StandingCommittee, on)), "Admission.RoleCannotRecord");
        Assert.Equal(votes, s.Case.Votes.Count);
        ErrorAssert.Succeeded(s.Case.Decide(vote, decision, s.Chain, s.Deadlines, TestStamps.As(Role.GrassrootsSecretary, on)));
        Assert.Equal(AdmissionStage.Decided, s.Case.Stage);
    }

    [Fact]
    public void A_vote_of_the_wrong_level_is_refused()
    {
        var s = new AdmissionCaseBuilder().AtStage(AdmissionStage.Appraised);
        var on = s.Dates.DecisionOn;
        var result = s.Case.Decide(AdmissionVotes.Passing(VoteLevel.GrassrootsCommittee, on), AdmissionScenario.Decision(on, on), s.Chain, s.Deadlines,
            TestStamps.As(Role.StandingCommittee, on));
        ErrorAssert.Only(result, "Admission.WrongVoteLevel");
        Assert.Equal(AdmissionStage.Appraised, s.Case.Stage);
    }

    [Fact]
    public void A_step_dated_before_the_last_one_or_in_the_future_is_refused()
    {
        var s = new AdmissionCaseBuilder().AtStage(AdmissionStage.DossierPermitted);
        var before = s.Dates.PermittedOn.AddDays(-1);
        ErrorAssert.Only(s.Case.OpenDossier(before, s.Chain, TestStamps.As(Role.CellSecretary, s.Dates.OpenedOn)), "Admission.DateBeforeLastStep", "OpenedOn");
        ErrorAssert.Only(s.Case.OpenDossier(s.Dates.OpenedOn.AddDays(1), s.Chain, TestStamps.As(Role.CellSecretary, s.Dates.OpenedOn)), "Date.InFuture", "OpenedOn");
        Assert.Equal(AdmissionStage.DossierPermitted, s.Case.Stage);
    }

    [Fact]
    public void Only_the_cell_secretary_registers_a_candidate()
    {
        var builder = new AdmissionCaseBuilder();
        var result = AdmissionCase.Register(builder.BuildDetails(), Guid.NewGuid(), UnitType.Cell, TestStamps.As(Role.GrassrootsSecretary, TestDates.Today));
        ErrorAssert.Only(result, "Admission.RoleCannotRecord");
    }

    [Fact]
    public void An_appraisal_returned_to_the_cell_reopens_the_dossier_and_the_cell_votes_again()
    {
        var s = new AdmissionCaseBuilder().AtStage(AdmissionStage.GrassrootsResolved);
        var on = s.Dates.BoardOn;
        ErrorAssert.Succeeded(s.Case.RecordAppraisal(AppraisalLevel.OrganisationBoard,
            new AppraisalInput(on, false, true, true, "Thiếu bản tổng hợp ý kiến", AppraisalOutcome.ReturnToCell), s.Chain, TestStamps.As(Role.OrganisationBoard, on)));
        Assert.Equal(AdmissionStage.DossierOpen, s.Case.Stage);
        Assert.Equal(AdmissionTrigger.CellVote, Assert.Single(s.Case.Available(s.Chain, Role.CellSecretary), t => t.Trigger != AdmissionTrigger.Withdraw).Trigger);
    }
}
