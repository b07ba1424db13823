using PartyMembers.Domain.Accounts;
using PartyMembers.Domain.Admission;
using PartyMembers.Domain.Members;
using PartyMembers.Domain.Rules;
using PartyMembers.Testing;

namespace PartyMembers.Domain.Tests.Admission;

/// Thresholds on the legal denominator (domain reference §1.3) and what a failed vote does to the case.
public class AdmissionVoteTests
{
    private static readonly DateOnly On = new(2025, 9, 8);
    private static readonly RuleBook Rules = RuleBooks.Defaults();

    private static VoteExclusionEntry Away(string name) => new(name, ExclusionReason.TemporarilyAway);

    [Theory]
    [InlineData(VoteLevel.Cell, 9, 6)]
    [InlineData(VoteLevel.Cell, 10, 7)]
    [InlineData(VoteLevel.Cell, 3, 2)]
    [InlineData(VoteLevel.GrassrootsCommittee, 11, 8)]
    [InlineData(VoteLevel.StandingCommittee, 10, 6)]
    [InlineData(VoteLevel.StandingCommittee, 9, 5)]
    [InlineData(VoteLevel.AuthorisedGrassrootsCommittee, 15, 10)]
    public void The_required_count_and_its_edge(VoteLevel level, int registered, int required)
    {
        var passing = VoteOutcome.Apply(AdmissionVotes.Tally(level, registered, registered, required), Rules, On);
        Assert.Equal((registered, required, true), (passing.Denominator, passing.Required, passing.Passed));
        Assert.Equal(level == VoteLevel.StandingCommittee ? ThresholdKind.MoreThan : ThresholdKind.AtLeast, passing.Kind);

        var failing = VoteOutcome.Apply(AdmissionVotes.Tally(level, registered, registered, required - 1), Rules, On);
        Assert.False(failing.Passed);
    }

    [Fact]
    public void Exclusions_reduce_the_denominator()
    {
        // 12 official members, 2 temporarily away and 1 suspended: the denominator is 9, so 6 pass.
        var tally = AdmissionVotes.Tally(VoteLevel.Cell, 12, 9, 6, 3, Away("A"), Away("B"), new VoteExclusionEntry("C", ExclusionReason.Suspended));
        ErrorAssertNone(tally);
        var outcome = VoteOutcome.Apply(tally, Rules, On);
        Assert.Equal((9, 6, true), (outcome.Denominator, outcome.Required, outcome.Passed));
        Assert.Equal(new Fraction(2, 3), outcome.Share);
        Assert.False(VoteOutcome.Apply(AdmissionVotes.Tally(VoteLevel.Cell, 12, 9, 6, 3), Rules, On).Passed); // 12 needs 8
    }

    private static void ErrorAssertNone(VoteTally tally) => ErrorAssert.None(tally.Validate());

    [Theory]
    [InlineData(10, 0, 9, 6, 4, "Vote.VotesExceedPresent", "InFavour")]
    [InlineData(10, 0, 11, 6, 0, "Vote.PresentExceedsDenominator", "Present")]
    [InlineData(10, 2, 9, 6, 0, "Vote.PresentExceedsDenominator", "Present")] // 9 present of a denominator of 8
    [InlineData(2, 3, 0, 0, 0, "Vote.TooManyExcluded", "Excluded")]
    [InlineData(10, 0, -1, 0, 0, "Vote.Negative", "Present")]
    [InlineData(10, 0, 9, -1, 0, "Vote.Negative", "InFavour")]
    [InlineData(10, 0, 9, 6, -1, "Vote.Negative", "Against")]
    [InlineData(0, 0, 0, 0, 0, "Vote.RegisteredRequired", "Registered")]
    public void Invalid_counts_are_refused_beside_their_field(int registered, int excluded, int present, int inFavour, int against, string code, string field)
    {
        var tally = AdmissionVotes.Tally(VoteLevel.Cell, registered, present, inFavour, against,
            Enumerable.Range(1, excluded).Select(i => Away("Người " + i)).ToArray());
        ErrorAssert.Only(tally.Validate(), code, field);
    }

    [Fact]
    public void An_exclusion_needs_a_name()
    {
        ErrorAssert.Only(AdmissionVotes.Tally(VoteLevel.Cell, 10, 8, 8, 0, Away(" ")).Validate(), "Vote.ExcludedNameRequired", "Excluded");
    }

    [Fact]
    public void An_invalid_tally_on_the_case_is_refused_and_nothing_is_recorded()
    {
        var s = new AdmissionCaseBuilder().AtStage(AdmissionStage.DossierOpen);
        var steps = s.Case.StepCount;
        var input = AdmissionVotes.Input(On, AdmissionVotes.Tally(VoteLevel.Cell, 10, 9, 8, 2));
        ErrorAssert.Only(s.Case.RecordCellVote(input, s.Introducers, s.Chain, s.Deadlines, TestStamps.As(Role.CellSecretary, On)), "Vote.VotesExceedPresent", "InFavour");
        Assert.Empty(s.Case.Votes);
        Assert.Equal((AdmissionStage.DossierOpen, steps), (s.Case.Stage, s.Case.StepCount));
    }

    [Fact]
    public void The_vote_keeps_its_legal_denominator_and_threshold()
    {
        var s = new AdmissionCaseBuilder().AtStage(AdmissionStage.DossierOpen);
        var input = AdmissionVotes.Input(On, AdmissionVotes.Tally(VoteLevel.Cell, 11, 9, 7, 2, Away("Trần Văn Xa")));
        var vote = ErrorAssert.Succeeded(s.Case.RecordCellVote(input, s.Introducers, s.Chain, s.Deadlines, TestStamps.As(Role.CellSecretary, On)));
        Assert.Equal((11, 10, 7, true), (vote.Registered, vote.Denominator, vote.Required, vote.Passed));
        Assert.Equal((2, 3, ThresholdKind.AtLeast), (vote.ShareNumerator, vote.ShareDenominator, vote.ThresholdKind));
        Assert.Equal("Trần Văn Xa", Assert.Single(vote.Exclusions).Name);
        Assert.Contains("294", vote.RuleSource, StringComparison.Ordinal);
        Assert.Equal((TestStamps.UserNameFor(Role.CellSecretary), Role.CellSecretary), (vote.RecordedBy, vote.RecordedAs));
        Assert.Equal(AdmissionStage.CellResolved, s.Case.Stage);
        Assert.Equal(On, s.Case.CellResolutionDate);
    }

    [Fact]
    public void A_failed_cell_vote_is_kept_and_the_third_sends_the_case_to_the_competent_committee()
    {
        var s = new AdmissionCaseBuilder().AtStage(AdmissionStage.DossierOpen);
        for (var i = 1; i <= 2; i++)
        {
            var on = On.AddDays(7 * (i - 1));
            var steps = s.Case.StepCount;
            var vote = ErrorAssert.Succeeded(s.Case.RecordCellVote(AdmissionVotes.Failing(VoteLevel.Cell, on), s.Introducers, s.Chain, s.Deadlines, TestStamps.As(Role.CellSecretary, on)));
            Assert.False(vote.Passed);
            Assert.Equal(i, s.Case.Votes.Count);
            Assert.Equal((AdmissionStage.DossierOpen, i), (s.Case.Stage, s.Case.FailedVotesAtStage));
            Assert.Equal(steps + 1, s.Case.StepCount);
            Assert.Equal("CellVote.Failed", s.Case.Steps[^1].Action);
            Assert.Null(s.Case.CellResolutionDate);
        }

        var third = On.AddDays(14);
        ErrorAssert.Succeeded(s.Case.RecordCellVote(AdmissionVotes.Failing(VoteLevel.Cell, third), s.Introducers, s.Chain, s.Deadlines, TestStamps.As(Role.CellSecretary, third)));
        Assert.Equal(3, s.Case.Votes.Count);
        Assert.Equal(AdmissionStage.Escalated, s.Case.Stage);
        Assert.Equal(0, s.Case.FailedVotesAtStage);
        var step = s.Case.Steps[^1];
        Assert.Equal((AdmissionStage.DossierOpen, AdmissionStage.Escalated, third), (step.FromStage, step.ToStage, step.Date));

        // The standing committee decides on the escalated case.
        var decideOn = third.AddDays(14);
        ErrorAssert.Succeeded(s.Case.Decide(AdmissionVotes.Passing(VoteLevel.StandingCommittee, decideOn), AdmissionScenario.Decision(decideOn, decideOn), s.Chain, s.Deadlines,
            TestStamps.As(Role.StandingCommittee, decideOn)));
        Assert.Equal(AdmissionStage.Decided, s.Case.Stage);
    }

    [Fact]
    public void Three_failed_grassroots_votes_escalate_too()
    {
        var s = new AdmissionCaseBuilder().AtStage(AdmissionStage.CellResolved);
        for (var i = 0; i < 3; i++)
        {
            var on = s.Dates.GrassrootsVoteOn.AddDays(7 * i);
            ErrorAssert.Succeeded(s.Case.RecordGrassrootsVote(AdmissionVotes.Failing(VoteLevel.GrassrootsCommittee, on), s.Chain, s.Deadlines, TestStamps.As(Role.GrassrootsSecretary, on)));
            Assert.Equal(i < 2 ? AdmissionStage.CellResolved : AdmissionStage.Escalated, s.Case.Stage);
        }
    }

    [Fact]
    public void A_failed_standing_committee_admission_vote_ends_the_case_as_not_admitted()
    {
        var s = new AdmissionCaseBuilder().AtStage(AdmissionStage.Appraised);
        var on = s.Dates.DecisionOn;
        var votes = s.Case.Votes.Count;
        var vote = ErrorAssert.Succeeded(s.Case.Decide(AdmissionVotes.Input(on, AdmissionVotes.Tally(VoteLevel.StandingCommittee, 10, 10, 5, 5), "Chưa đủ"), null,
            s.Chain, s.Deadlines, TestStamps.As(Role.StandingCommittee, on)));
        Assert.False(vote.Passed);
        Assert.Equal(6, vote.Required);
        Assert.Equal(votes + 1, s.Case.Votes.Count);
        Assert.Equal(AdmissionStage.NotAdmitted, s.Case.Stage);
        Assert.True(s.Case.IsClosed);
        Assert.Equal("Chưa đủ", s.Case.ClosingReason);
        Assert.Empty(s.Case.Decisions);
        Assert.Null(s.Case.Due(s.Chain, s.Deadlines));
    }

    [Fact]
    public void A_passed_decision_vote_needs_the_decision()
    {
        var s = new AdmissionCaseBuilder().AtStage(AdmissionStage.Appraised);
        var on = s.Dates.DecisionOn;
        ErrorAssert.Only(s.Case.Decide(AdmissionVotes.Passing(VoteLevel.StandingCommittee, on), null, s.Chain, s.Deadlines, TestStamps.As(Role.StandingCommittee, on)),
            "Decision.NumberRequired", "Number");
        Assert.Equal(AdmissionStage.Appraised, s.Case.Stage);
    }

    [Fact]
    public void A_failed_recognition_decision_vote_keeps_the_case_for_another_vote()
    {
        var s = new AdmissionCaseBuilder().AtStage(AdmissionStage.RecognitionAppraised);
        var on = s.Dates.RecognitionDecisionOn;
        ErrorAssert.Succeeded(s.Case.Decide(AdmissionVotes.Failing(VoteLevel.StandingCommittee, on), null, s.Chain, s.Deadlines, TestStamps.As(Role.StandingCommittee, on), s.Member));
        Assert.Equal((AdmissionStage.RecognitionAppraised, 1), (s.Case.Stage, s.Case.FailedVotesAtStage));
        Assert.Equal(MembershipType.Probationary, s.Member!.Type);
    }

    [Fact]
    public void Three_failed_recognition_cell_votes_escalate_with_the_proposal()
    {
        var s = new AdmissionCaseBuilder().Proposing(RecognitionProposal.RemoveFromList).AtStage(AdmissionStage.RecognitionEscalated);
        Assert.Equal(3, s.Case.Votes.Count(v => v.Phase == AdmissionPhase.Recognition));
        Assert.Equal(RecognitionProposal.RemoveFromList, s.Case.RecognitionProposal);
    }
}
