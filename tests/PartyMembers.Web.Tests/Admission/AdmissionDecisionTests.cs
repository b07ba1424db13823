using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using PartyMembers.Domain.Accounts;
using PartyMembers.Domain.Admission;
using PartyMembers.Domain.Calendar;
using PartyMembers.Domain.Common;
using PartyMembers.Domain.Members;
using PartyMembers.Infrastructure.Seeding;
using PartyMembers.Testing;
using PartyMembers.Web.Tests.Support;

namespace PartyMembers.Web.Tests.Admission;

/// The competent committee's decision, its print view and .docx, and the ceremony that makes the person a
/// probationary member. Each case is brought to the decision through the domain, with dates in the past.
[Collection(AppCollection.Name)]
public sealed class AdmissionDecisionTests(AppFixture app)
{
    private static readonly DateOnly Today = VietnamTime.Today(TimeProvider.System);

    private static string D(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    [Fact]
    public async Task The_standing_committee_decides_the_decision_prints_and_the_ceremony_makes_a_probationary_member()
    {
        var (caseId, name) = await AppraisedCaseAsync("Lê Văn Quyết");
        var number = UniqueNumber();
        var standing = await app.As(DemoAccounts.Standing);

        var decided = await DecideAsync(standing, caseId, number);
        Assert.Equal(HttpStatusCode.Redirect, decided.StatusCode);
        var after = await LoadAsync(caseId);
        Assert.Equal(AdmissionStage.Decided, after.Stage);
        var decision = after.AdmissionDecision!;
        Assert.Equal(number, decision.Number);
        Assert.Equal(Today.AddDays(-5), decision.Date);

        var (printed, document) = await standing.GetPageAsync($"/Admission/Decision/{caseId}");
        Assert.Equal(HttpStatusCode.OK, printed.StatusCode);
        var text = document.QuerySelector("[data-testid=party-document]")!.TextContent;
        Assert.Contains(name, text, StringComparison.Ordinal);
        Assert.Contains(number, text, StringComparison.Ordinal);
        Assert.Contains("QUYẾT ĐỊNH", text, StringComparison.Ordinal);
        Assert.NotNull(document.QuerySelector("link[href^='/css/print.css']"));

        var docx = await standing.GetAsync($"/Admission/Decision/{caseId}?format=docx");
        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
        var bytes = await docx.Content.ReadAsByteArrayAsync();
        Assert.Equal("PK"u8.ToArray(), bytes[..2]);
        var fileName = docx.Content.Headers.ContentDisposition!.FileNameStar ?? docx.Content.Headers.ContentDisposition.FileName!;
        Assert.StartsWith("quyet-dinh-ket-nap-", fileName, StringComparison.Ordinal);
        Assert.DoesNotContain(after.PersonalIdNumber, fileName, StringComparison.Ordinal);

        var cell = await app.As(DemoAccounts.CellTongHop);
        var early = await cell.SubmitAsync($"/Admission/Ceremony/{caseId}", "main form", new Dictionary<string, string>
        {
            ["Input.CeremonyDate"] = D(Today.AddDays(-6)),
        });
        Assert.Equal(HttpStatusCode.OK, early.StatusCode);
        Assert.NotNull((await AppClient.ParseAsync(early)).FieldError("Input.CeremonyDate"));
        Assert.Equal(AdmissionStage.Decided, (await LoadAsync(caseId)).Stage);
        Assert.False(await app.Factory.WithDbAsync(db => db.Members.AnyAsync(m => m.PersonalIdNumber == after.PersonalIdNumber)));

        var held = await cell.SubmitAsync($"/Admission/Ceremony/{caseId}", "main form", new Dictionary<string, string>
        {
            ["Input.CeremonyDate"] = D(Today.AddDays(-2)),
            ["Input.HomeTown"] = "Xã Đông Anh, Hà Nội",
            ["Input.Ethnicity"] = "Kinh",
        });
        Assert.Equal(HttpStatusCode.Redirect, held.StatusCode);
        var ceremonyCase = await LoadAsync(caseId);
        Assert.Equal(AdmissionStage.Probation, ceremonyCase.Stage);
        var member = await app.Factory.WithDbAsync(db => db.Members.AsNoTracking().SingleAsync(m => m.Id == ceremonyCase.MemberId));
        Assert.Equal(MembershipType.Probationary, member.Type);
        Assert.Equal(Today.AddDays(-2), member.CeremonyDate);
        Assert.Equal(decision.Date, member.AdmissionDecisionDate);
        Assert.Equal("Kinh", member.Ethnicity);
    }

    [Fact]
    public async Task A_decision_number_already_used_by_the_issuer_that_year_is_refused_beside_the_number()
    {
        var (first, _) = await AppraisedCaseAsync("Trần Thị Số Một");
        var (second, _) = await AppraisedCaseAsync("Phạm Văn Số Hai");
        var number = UniqueNumber();
        var standing = await app.As(DemoAccounts.Standing);
        Assert.Equal(HttpStatusCode.Redirect, (await DecideAsync(standing, first, number)).StatusCode);

        var refused = await DecideAsync(standing, second, number);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.NotNull((await AppClient.ParseAsync(refused)).FieldError("Input.Number"));
        Assert.Equal(AdmissionStage.Appraised, (await LoadAsync(second)).Stage);
    }

    [Fact]
    public async Task More_votes_than_people_present_are_refused_beside_the_count_and_nothing_is_saved()
    {
        var (caseId, _) = await AppraisedCaseAsync("Đỗ Văn Phiếu");
        var standing = await app.As(DemoAccounts.Standing);

        var refused = await DecideAsync(standing, caseId, UniqueNumber(), inFavour: 9, against: 3);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.NotNull((await AppClient.ParseAsync(refused)).FieldError("Input.InFavour"));
        var after = await LoadAsync(caseId);
        Assert.Equal(AdmissionStage.Appraised, after.Stage);
        Assert.Empty(after.Decisions);
    }

    [Fact]
    public async Task An_empty_withdrawal_withdraws_nothing_and_a_reasoned_one_closes_the_case()
    {
        var (caseId, _) = await AppraisedCaseAsync("Vũ Văn Rút");
        var cell = await app.As(DemoAccounts.CellTongHop);

        var empty = await cell.SubmitAsync($"/Admission/Withdraw/{caseId}", "main form", new Dictionary<string, string>
        {
            ["Input.Date"] = string.Empty,
        });
        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        var document = await AppClient.ParseAsync(empty);
        Assert.NotNull(document.FieldError("Input.Date"));
        Assert.NotNull(document.FieldError("Input.Reason"));
        Assert.Equal(AdmissionStage.Appraised, (await LoadAsync(caseId)).Stage);

        var done = await cell.SubmitAsync($"/Admission/Withdraw/{caseId}", "main form", new Dictionary<string, string>
        {
            ["Input.Reason"] = "Chuyển công tác ra ngoài tỉnh",
        });
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.Equal(AdmissionStage.Withdrawn, (await LoadAsync(caseId)).Stage);
    }

    private static string UniqueNumber() => $"{Random.Shared.Next(5000, 999_999)}-QĐ/ĐU";

    private static async Task<HttpResponseMessage> DecideAsync(AppClient client, Guid caseId, string number, int inFavour = 8, int against = 1) =>
        await client.SubmitAsync($"/Admission/Decide/{caseId}", "main form", new Dictionary<string, string>
        {
            ["Input.MeetingDate"] = D(Today.AddDays(-5)),
            ["Input.Registered"] = "11",
            ["Input.Excluded[0].Name"] = "Nguyễn Văn Vắng",
            ["Input.Excluded[0].Reason"] = nameof(ExclusionReason.TemporarilyAway),
            ["Input.Present"] = "10",
            ["Input.InFavour"] = inFavour.ToString(CultureInfo.InvariantCulture),
            ["Input.Against"] = against.ToString(CultureInfo.InvariantCulture),
            ["Input.Number"] = number,
            ["Input.Date"] = D(Today.AddDays(-5)),
            ["Input.Signer"] = "Nguyễn Văn Ký",
            ["Input.ReceivedOn"] = D(Today.AddDays(-4)),
        });

    private Task<AdmissionCase> LoadAsync(Guid caseId) => app.Factory.WithDbAsync(db =>
        db.AdmissionCases.AsNoTracking().Include(c => c.Decisions).AsSplitQuery().SingleAsync(c => c.Id == caseId));

    /// A new case of the Tổng hợp cell brought to stage Appraised through the domain: course, sympathiser, permission,
    /// dossier, two introducers, verification, the cell's and the grassroots committee's votes, the board's appraisal.
    private Task<(Guid Id, string Name)> AppraisedCaseAsync(string name) => app.Factory.WithDbAsync(async db =>
    {
        var cell = await db.Units.AsNoTracking().SingleAsync(u => u.Name == DemoUnits.TongHopCell);
        var introducers = await db.Members.AsNoTracking()
            .Where(m => m.HomeUnitId == cell.Id && m.Type == MembershipType.Official && m.Status == ActivityStatus.Active)
            .OrderBy(m => m.SearchName).Take(2).ToListAsync();
        var facts = introducers.Select(m => new IntroducerFacts(m.Id, m.FullName, true, true, true)).ToList();
        var deadlines = new AdmissionDeadlines(RuleBooks.Defaults(), WorkingDayCalendar.StatutoryOnly);
        var chain = new AdmissionChain(HasSubCommittee: false, HasGrassrootsCommittee: true, GrassrootsAuthorisedToAdmit: false);
        // Each step is recorded on its own day, as it would have been.
        static ChangeStamp Cell(int daysAgo) => TestStamps.As(Role.CellSecretary, Today.AddDays(-daysAgo));
        var born = Today.AddYears(-25);

        var c = Ok(AdmissionCase.Register(new CandidateDetails
        {
            FullName = name,
            Sex = Sex.Male,
            DateOfBirth = born,
            PersonalIdNumber = PersonalIds.For(born, Sex.Male),
            Occupation = "Chuyên viên",
            Residence = "Phường Ba Đình, Hà Nội",
            Education = EducationLevel.University,
            Source = CandidateSource.PartyMember,
            IntroducedOn = Today.AddDays(-200),
        }, cell.Id, cell.Type, Cell(200)));
        Ok(c.RecordCourse(new CourseInput("Lớp nhận thức về Đảng", Today.AddDays(-190), Today.AddDays(-186), 10, 10, 9m, true,
            "NT-" + Guid.NewGuid().ToString("N")[..6], Today.AddDays(-185), "Trung tâm Chính trị"), Cell(185)));
        Ok(c.RecogniseSympathiser(Today.AddDays(-180), "5-NQ/CB", facts[0], "Tham gia công tác đoàn thể", chain, Cell(180)));
        Ok(c.PermitDossier(new LegalBasis("7-CV/ĐU", Today.AddDays(-150), "Đảng ủy Văn phòng"), chain, deadlines, TestStamps.As(Role.GrassrootsSecretary, Today.AddDays(-150))));
        Ok(c.OpenDossier(Today.AddDays(-140), chain, Cell(140)));
        foreach (var kind in AdmissionEligibility.RequiredDocuments(IntroductionKind.TwoMembers))
        {
            Ok(c.AddDocument(kind, Today.AddDays(-130), null, Cell(130)));
        }

        Ok(c.AddDocument(DossierItemKind.IntroducerLetter, Today.AddDays(-130), null, Cell(130)));
        foreach (var introducer in facts)
        {
            Ok(c.AddIntroducer(introducer, Today.AddYears(-2), replacement: false, Cell(130)));
        }

        foreach (var (subject, person) in new[] { (VerificationSubject.Candidate, name), (VerificationSubject.Father, "Lê Văn Cha"), (VerificationSubject.Mother, "Nguyễn Thị Mẹ") })
        {
            var request = Ok(c.AddVerification(subject, person, abroad: false, "Đảng ủy phường Ba Đình", Today.AddDays(-130), null, deadlines, Cell(130)));
            Ok(c.RecordVerificationReply(request.Id, Today.AddDays(-100), "Không có vấn đề gì", concernsFound: false, Cell(100)));
        }

        Ok(c.RecordCellVote(Vote(Today.AddDays(-20), VoteLevel.Cell), facts, chain, deadlines, Cell(20)));
        Ok(c.RecordGrassrootsVote(Vote(Today.AddDays(-15), VoteLevel.GrassrootsCommittee), chain, deadlines, TestStamps.As(Role.GrassrootsSecretary, Today.AddDays(-15))));
        Ok(c.RecordAppraisal(AppraisalLevel.OrganisationBoard, new AppraisalInput(Today.AddDays(-10), true, true, true, "Đủ điều kiện", AppraisalOutcome.Forward), chain, TestStamps.As(Role.OrganisationBoard, Today.AddDays(-10))));
        Assert.Equal(AdmissionStage.Appraised, c.Stage);

        db.AdmissionCases.Add(c);
        await db.SaveChangesAsync();
        return (c.Id, c.FullName);
    });

    private static VoteInput Vote(DateOnly meeting, VoteLevel level) =>
        new(meeting, "1-NQ", new VoteTally { Level = level, Registered = 9, Excluded = [], Present = 9, InFavour = 9, Against = 0 }, null);

    private static T Ok<T>(Result<T> result)
        where T : class
    {
        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        return result.Value!;
    }

    private static void Ok(Result result) => Assert.True(result.Succeeded, string.Join("; ", result.Errors));
}
