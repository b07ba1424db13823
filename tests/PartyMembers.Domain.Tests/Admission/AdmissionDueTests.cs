using PartyMembers.Domain.Accounts;
using PartyMembers.Domain.Admission;
using PartyMembers.Testing;

namespace PartyMembers.Domain.Tests.Admission;

/// What a case waits for, who takes the step, and by when.
public class AdmissionDueTests
{
    [Fact]
    public void A_candidate_waits_for_the_cell_with_no_limit()
    {
        var s = new AdmissionCaseBuilder().AtStage(AdmissionStage.Candidate);
        Assert.Equal(new CaseDue(AdmissionTrigger.RecogniseSympathiser, Role.CellSecretary, null), s.Case.Due(s.Chain, s.Deadlines));
    }

    [Fact]
    public void A_sympathiser_in_a_grassroots_cell_waits_for_the_organisation_board()
    {
        var s = new AdmissionCaseBuilder().InChain(AdmissionChains.GrassrootsCell).AtStage(AdmissionStage.Sympathiser);
        Assert.Equal(new CaseDue(AdmissionTrigger.PermitDossier, Role.OrganisationBoard, null), s.Case.Due(s.Chain, s.Deadlines));
    }

    [Fact]
    public void An_open_dossier_is_due_at_its_earliest_unanswered_verification_or_its_12_months()
    {
        var s = new AdmissionCaseBuilder().Without(verifications: true).AtStage(AdmissionStage.DossierOpen);
        Assert.Equal(new CaseDue(AdmissionTrigger.CellVote, Role.CellSecretary, new DateOnly(2026, 7, 10)), s.Case.Due(s.Chain, s.Deadlines));

        // Sent Tuesday 15/07/2025: 30 working days end on Tuesday 26/08/2025.
        var sent = s.Dates.VerificationsSentOn;
        var request = ErrorAssert.Succeeded(s.Case.AddVerification(VerificationSubject.Candidate, "Lê Thị Hoa", false, "Đảng ủy phường", sent, null, s.Deadlines,
            TestStamps.As(Role.CellSecretary, sent)));
        Assert.Equal(new DateOnly(2025, 8, 26), s.Case.Due(s.Chain, s.Deadlines)!.DueOn);

        ErrorAssert.Succeeded(s.Case.RecordVerificationReply(request.Id, s.Dates.VerificationsRepliedOn, "Không có vấn đề", false,
            TestStamps.As(Role.CellSecretary, s.Dates.VerificationsRepliedOn)));
        Assert.Equal(new DateOnly(2026, 7, 10), s.Case.Due(s.Chain, s.Deadlines)!.DueOn);
    }

    [Fact]
    public void After_the_cell_resolution_the_grassroots_committee_is_due_within_the_45_working_days()
    {
        // The Hà Nội 25-day split is in force only from 01/11/2025; the resolution of 08/09/2025 falls back to 45 days.
        var s = new AdmissionCaseBuilder().AtStage(AdmissionStage.CellResolved);
        Assert.Equal(new CaseDue(AdmissionTrigger.GrassrootsVote, Role.GrassrootsSecretary, new DateOnly(2025, 11, 10)), s.Case.Due(s.Chain, s.Deadlines));
    }

    [Fact]
    public void With_the_local_split_in_force_the_grassroots_committee_is_due_in_25_working_days()
    {
        var s = new AdmissionCaseBuilder().WithDates(d => d with { CellVoteOn = new DateOnly(2025, 11, 3) }).InChain(AdmissionChains.WithSubCommittee)
            .AtStage(AdmissionStage.CellResolved);
        var due = s.Case.Due(s.Chain, s.Deadlines)!;
        Assert.Equal((AdmissionTrigger.SubCommitteeAppraisal, Role.GrassrootsSecretary), (due.Next, due.WaitingOn));
        Assert.Equal(s.Deadlines.AdmissionDecisionDue(new DateOnly(2025, 11, 3)), due.DueOn);

        var on = new DateOnly(2025, 11, 10);
        ErrorAssert.Succeeded(s.Case.RecordAppraisal(AppraisalLevel.SubCommittee, new AppraisalInput(on, true, true, true, "Đủ điều kiện", AppraisalOutcome.Forward), s.Chain,
            TestStamps.As(Role.GrassrootsSecretary, on)));
        due = s.Case.Due(s.Chain, s.Deadlines)!;
        Assert.Equal((AdmissionTrigger.GrassrootsVote, Role.GrassrootsSecretary), (due.Next, due.WaitingOn));
        Assert.Equal(s.Deadlines.GrassrootsResolveDue(new DateOnly(2025, 11, 3)), due.DueOn);
        Assert.Equal(new DateOnly(2025, 12, 8), due.DueOn);
    }

    [Fact]
    public void An_authorised_grassroots_committee_decides_itself_within_the_45_working_days()
    {
        var s = new AdmissionCaseBuilder().InChain(AdmissionChains.AuthorisedGrassroots).AtStage(AdmissionStage.GrassrootsResolved);
        Assert.Equal(new CaseDue(AdmissionTrigger.Decide, Role.GrassrootsSecretary, new DateOnly(2025, 11, 10)), s.Case.Due(s.Chain, s.Deadlines));
    }

    [Fact]
    public void An_appraised_case_waits_for_the_standing_committee()
    {
        var s = new AdmissionCaseBuilder().AtStage(AdmissionStage.Appraised);
        Assert.Equal(new CaseDue(AdmissionTrigger.Decide, Role.StandingCommittee, new DateOnly(2025, 11, 10)), s.Case.Due(s.Chain, s.Deadlines));
    }

    [Fact]
    public void A_decided_case_waits_for_the_ceremony_within_30_working_days_of_receipt()
    {
        var s = new AdmissionCaseBuilder().AtStage(AdmissionStage.Decided);
        Assert.Equal(new CaseDue(AdmissionTrigger.HoldCeremony, Role.CellSecretary, new DateOnly(2025, 12, 3)), s.Case.Due(s.Chain, s.Deadlines));
    }

    [Fact]
    public void A_probationer_is_due_for_the_cell_within_30_working_days_after_the_probation()
    {
        var s = new AdmissionCaseBuilder().AtStage(AdmissionStage.Probation);
        var due = s.Case.Due(s.Chain, s.Deadlines)!;
        Assert.Equal((AdmissionTrigger.RecognitionCellVote, Role.CellSecretary), (due.Next, due.WaitingOn));
        Assert.Equal(s.Deadlines.RecognitionConsiderDue(new DateOnly(2026, 11, 3)), due.DueOn);
        Assert.Equal(new DateOnly(2026, 12, 15), due.DueOn);
    }

    [Fact]
    public void The_recognition_decision_is_due_30_working_days_after_the_cell_resolution()
    {
        var s = new AdmissionCaseBuilder().InChain(AdmissionChains.GrassrootsCell).AtStage(AdmissionStage.RecognitionAppraised);
        var due = s.Case.Due(s.Chain, s.Deadlines)!;
        Assert.Equal((AdmissionTrigger.RecognitionDecide, Role.StandingCommittee), (due.Next, due.WaitingOn));
        Assert.Equal(s.Deadlines.RecognitionDecisionDue(s.Dates.RecognitionCellVoteOn), due.DueOn);
    }

    [Theory]
    [InlineData(AdmissionStage.NotAdmitted)]
    [InlineData(AdmissionStage.Withdrawn)]
    public void A_closed_case_waits_for_nothing(AdmissionStage stage)
    {
        var s = new AdmissionCaseBuilder().AtStage(stage);
        Assert.Null(s.Case.Due(s.Chain, s.Deadlines));
    }
}
