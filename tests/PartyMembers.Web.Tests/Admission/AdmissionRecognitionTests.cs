using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using PartyMembers.Domain.Accounts;
using PartyMembers.Domain.Admission;
using PartyMembers.Domain.Members;
using PartyMembers.Infrastructure.Seeding;
using PartyMembers.Testing;
using PartyMembers.Web.Tests.Support;
using static PartyMembers.Web.Tests.Admission.TongHopCases;

namespace PartyMembers.Web.Tests.Admission;

/// The recognition phase through the pages: the new-member course, the cell's vote to recognise the probationer or
/// remove the name, the grassroots committee's vote with its named exclusions, the board's appraisal and the standing
/// committee's decision. Each case is brought to the probation through the domain, with dates in the past.
[Collection(AppCollection.Name)]
public sealed class AdmissionRecognitionTests(AppFixture app)
{
    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);

    [Fact]
    public async Task A_probationer_whose_probation_has_ended_is_recognised_official_from_the_end_of_the_probation()
    {
        var (caseId, ceremony) = await ProbationCaseAsync("Nguyễn Thị Chính Thức", ceremonyDaysAgo: 400);
        var cell = await app.As(DemoAccounts.CellTongHop);

        var course = await cell.SubmitAsync($"/Admission/NewMemberCourse/{caseId}", "main form", new Dictionary<string, string>
        {
            ["Input.CertificateNumber"] = "DVM-" + Guid.NewGuid().ToString("N")[..6],
            ["Input.CertificateDate"] = D(ceremony.AddDays(60)),
            ["Input.CertificateIssuer"] = "Trung tâm Chính trị",
        });
        Assert.Equal(HttpStatusCode.Redirect, course.StatusCode);
        Assert.Equal(ceremony.AddDays(60), (await LoadAsync(caseId)).NewMemberCourseDate);

        await ThroughTheCommitteesAsync(caseId, RecognitionProposal.Recognise);

        var decided = await DecideAsync(caseId);
        Assert.Equal(HttpStatusCode.Redirect, decided.StatusCode);
        var after = await LoadAsync(caseId);
        Assert.Equal(AdmissionStage.Recognised, after.Stage);
        Assert.Equal(Today, after.Decisions.Single(d => d.Phase == AdmissionPhase.Recognition).Date);
        var member = await MemberAsync(after.MemberId!.Value);
        Assert.Equal(MembershipType.Official, member.Type);
        Assert.Equal(ceremony.AddMonths(12), member.OfficialDate);

        var standing = await app.As(DemoAccounts.Standing);
        var (printed, document) = await standing.GetPageAsync($"/Admission/Decision/{caseId}?phase=Recognition");
        Assert.Equal(HttpStatusCode.OK, printed.StatusCode);
        var text = document.QuerySelector("[data-testid=party-document]")!.TextContent;
        Assert.Contains("đảng viên chính thức", text, StringComparison.Ordinal);
        Assert.Contains(after.FullName, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_probationer_whose_name_the_cell_proposes_to_remove_leaves_the_register()
    {
        var (caseId, _) = await ProbationCaseAsync("Trần Văn Xóa Tên", ceremonyDaysAgo: 390);

        await ThroughTheCommitteesAsync(caseId, RecognitionProposal.RemoveFromList);

        var decided = await DecideAsync(caseId);
        Assert.Equal(HttpStatusCode.Redirect, decided.StatusCode);
        var after = await LoadAsync(caseId);
        Assert.Equal(AdmissionStage.RemovedFromList, after.Stage);
        var member = await MemberAsync(after.MemberId!.Value);
        Assert.Equal(ActivityStatus.Left, member.Status);
        Assert.Equal(ExitForm.RemovedFromList, member.ExitForm);
        Assert.Equal(MembershipType.Probationary, member.Type);
    }

    [Fact]
    public async Task The_cell_cannot_vote_on_recognition_before_the_probation_ends()
    {
        var (caseId, ceremony) = await ProbationCaseAsync("Lê Văn Chưa Đủ", ceremonyDaysAgo: 200, courseDaysAfterCeremony: 30);

        var refused = await CellVoteAsync(caseId, RecognitionProposal.Recognise);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains(D(ceremony.AddMonths(12)), (await AppClient.ParseAsync(refused)).FieldError("Input.MeetingDate"), StringComparison.Ordinal);
        var after = await LoadAsync(caseId);
        Assert.Equal(AdmissionStage.Probation, after.Stage);
        Assert.DoesNotContain(after.Votes, v => v.Phase == AdmissionPhase.Recognition);
        Assert.Null(after.RecognitionProposal);
    }

    [Fact]
    public async Task A_committee_member_left_out_by_name_without_a_reason_is_refused_and_nothing_is_saved()
    {
        var (caseId, _) = await ProbationCaseAsync("Phạm Thị Thiếu Lý Do", ceremonyDaysAgo: 395, courseDaysAfterCeremony: 30);
        Assert.Equal(HttpStatusCode.Redirect, (await CellVoteAsync(caseId, RecognitionProposal.Recognise)).StatusCode);
        var committee = await app.As(DemoAccounts.GrassrootsVanPhong);

        var refused = await committee.SubmitAsync($"/Admission/CommitteeVote/{caseId}", "main form", new Dictionary<string, string>(CommitteeVoteForm())
        {
            ["Input.Excluded[0].Reason"] = string.Empty,
        });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await AppClient.ParseAsync(refused);
        Assert.NotNull(page.FieldError("Input.Excluded[0].Reason"));
        Assert.Equal("Nguyễn Văn Biệt Phái", page.QuerySelector("input[name='Input.Excluded[0].Name']")!.GetAttribute("value"));
        var after = await LoadAsync(caseId);
        Assert.Equal(AdmissionStage.RecognitionCellResolved, after.Stage);
        Assert.Equal(VoteLevel.Cell, Assert.Single(after.Votes, v => v.Phase == AdmissionPhase.Recognition).Level);
    }

    /// The cell's recognition vote, the grassroots committee's vote with one member left out by name, and the board's
    /// appraisal, each through its page by the account that holds the step.
    private async Task ThroughTheCommitteesAsync(Guid caseId, RecognitionProposal proposal)
    {
        Assert.Equal(HttpStatusCode.Redirect, (await CellVoteAsync(caseId, proposal)).StatusCode);
        var afterCell = await LoadAsync(caseId);
        Assert.Equal(AdmissionStage.RecognitionCellResolved, afterCell.Stage);
        Assert.Equal(proposal, afterCell.RecognitionProposal);

        var committee = await app.As(DemoAccounts.GrassrootsVanPhong);
        var committeeVote = await committee.SubmitAsync($"/Admission/CommitteeVote/{caseId}", "main form", CommitteeVoteForm());
        Assert.Equal(HttpStatusCode.Redirect, committeeVote.StatusCode);
        var afterCommittee = await LoadAsync(caseId);
        Assert.Equal(AdmissionStage.RecognitionGrassrootsResolved, afterCommittee.Stage);
        var vote = afterCommittee.Votes.Single(v => v.Phase == AdmissionPhase.Recognition && v.Level == VoteLevel.GrassrootsCommittee);
        Assert.Equal(9, vote.Registered);
        Assert.Equal(9 - 1, vote.Denominator);
        var exclusion = Assert.Single(vote.Exclusions);
        Assert.Equal("Nguyễn Văn Biệt Phái", exclusion.Name);
        Assert.Equal(ExclusionReason.TemporarilyAway, exclusion.Reason);

        var board = await app.As(DemoAccounts.Board);
        var appraised = await board.SubmitAsync($"/Admission/Appraise/{caseId}", "main form", TongHopCases.ForwardAppraisal(Today.AddDays(-10)));
        Assert.Equal(HttpStatusCode.Redirect, appraised.StatusCode);
        Assert.Equal(AdmissionStage.RecognitionAppraised, (await LoadAsync(caseId)).Stage);
    }

    /// The cell's recognition vote through its page, twenty days ago, that passes on the counts: every official member
    /// of the cell present and in favour.
    private async Task<HttpResponseMessage> CellVoteAsync(Guid caseId, RecognitionProposal proposal)
    {
        var cell = await app.As(DemoAccounts.CellTongHop);
        var (_, page) = await cell.GetPageAsync($"/Admission/CellVote/{caseId}");
        var registered = N(int.Parse(page.QuerySelector("[data-testid=vote-registered]")!.TextContent, CultureInfo.InvariantCulture));
        return await cell.SubmitAsync($"/Admission/CellVote/{caseId}", "main form", new Dictionary<string, string>
        {
            ["Input.MeetingDate"] = D(Today.AddDays(-20)),
            ["Input.ResolutionNumber"] = "12-NQ/CB",
            ["Input.Proposal"] = proposal.ToString(),
            ["Input.Present"] = registered,
            ["Input.InFavour"] = registered,
            ["Input.Against"] = "0",
        });
    }

    /// A passing vote of the grassroots committee: nine members, one on temporary transfer left out by name.
    private static Dictionary<string, string> CommitteeVoteForm() => new()
    {
        ["Input.MeetingDate"] = D(Today.AddDays(-15)),
        ["Input.ResolutionNumber"] = "20-NQ/ĐU",
        ["Input.Registered"] = "9",
        ["Input.Excluded[0].Name"] = "Nguyễn Văn Biệt Phái",
        ["Input.Excluded[0].Reason"] = nameof(ExclusionReason.TemporarilyAway),
        ["Input.Present"] = "8",
        ["Input.InFavour"] = "8",
        ["Input.Against"] = "0",
    };

    /// The standing committee votes and issues the decision today.
    private async Task<HttpResponseMessage> DecideAsync(Guid caseId)
    {
        var standing = await app.As(DemoAccounts.Standing);
        return await standing.SubmitAsync($"/Admission/Decide/{caseId}", "main form", new Dictionary<string, string>
        {
            ["Input.MeetingDate"] = D(Today.AddDays(-5)),
            ["Input.Registered"] = "11",
            ["Input.Excluded[0].Name"] = "Nguyễn Văn Vắng",
            ["Input.Excluded[0].Reason"] = nameof(ExclusionReason.TemporarilyAway),
            ["Input.Present"] = "10",
            ["Input.InFavour"] = "9",
            ["Input.Against"] = "1",
            ["Input.Number"] = UniqueNumber(),
            ["Input.Date"] = D(Today),
            ["Input.Signer"] = "Nguyễn Văn Ký",
            ["Input.ReceivedOn"] = D(Today),
        });
    }

    private Task<AdmissionCase> LoadAsync(Guid caseId) => app.Factory.WithDbAsync(db => db.AdmissionCases.AsNoTracking()
        .Include(c => c.Votes).ThenInclude(v => v.Exclusions).Include(c => c.Decisions)
        .AsSplitQuery().SingleAsync(c => c.Id == caseId));

    private Task<Member> MemberAsync(Guid memberId) => app.Factory.WithDbAsync(db => db.Members.AsNoTracking().SingleAsync(m => m.Id == memberId));

    /// A new case of the Tổng hợp cell brought through the domain to the probation, with the ceremony held
    /// <paramref name="ceremonyDaysAgo"/> days ago and every step recorded on its own day before it, in order; the member
    /// created at the ceremony is saved with the case. The new-member course is recorded when a day after the ceremony is given.
    private Task<(Guid Id, DateOnly Ceremony)> ProbationCaseAsync(string name, int ceremonyDaysAgo, int? courseDaysAfterCeremony = null) =>
        app.Factory.WithDbAsync(async db =>
        {
            var ceremony = Today.AddDays(-ceremonyDaysAgo);
            var (c, cell, introducers, chain, deadlines) = await TongHopCases.AppraisedAsync(db, name, ceremony.AddDays(-35), Sex.Female);
            var issuer = await db.Units.AsNoTracking().SingleAsync(u => u.Code == DemoUnits.TopUnitCode);
            var decidedOn = ceremony.AddDays(-30);
            var receivedOn = ceremony.AddDays(-28);
            Ok(c.Decide(Vote(decidedOn, VoteLevel.StandingCommittee), new DecisionInput(issuer.Id, issuer.Name, UniqueNumber(), decidedOn, "Nguyễn Văn Chủ", receivedOn, null),
                chain, deadlines, TestStamps.As(chain.DecidingRole, receivedOn)));
            var member = Ok(c.HoldCeremony(ceremony, introducers[0], null, new MemberDetails { HomeTown = "Xã Thạch Đài, Hà Tĩnh", Ethnicity = "Kinh" }, cell.Type, chain,
                deadlines, TestStamps.As(Role.CellSecretary, ceremony)));
            if (courseDaysAfterCeremony is { } days)
            {
                var on = ceremony.AddDays(days);
                Ok(c.RecordNewMemberCourse("DVM-" + Guid.NewGuid().ToString("N")[..6], on, "Trung tâm Chính trị", TestStamps.As(Role.CellSecretary, on)));
            }

            Assert.Equal(AdmissionStage.Probation, c.Stage);
            db.AdmissionCases.Add(c);
            db.Members.Add(member);
            await db.SaveChangesAsync();
            return (c.Id, ceremony);
        });
}
