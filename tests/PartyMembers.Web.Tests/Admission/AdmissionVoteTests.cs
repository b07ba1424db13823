using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
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

[Collection(AppCollection.Name)]
public sealed class AdmissionVoteTests(AppFixture app)
{
    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));

    private static string Date(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    [Fact]
    public async Task A_case_goes_through_the_cell_vote_the_committee_vote_and_the_board_appraisal()
    {
        var caseId = await CaseWithOpenDossierAsync();
        var cell = await app.As(DemoAccounts.CellTongHop);
        var (_, page) = await cell.GetPageAsync($"/Admission/CellVote/{caseId}");
        var registered = int.Parse(page.QuerySelector("[data-testid=vote-registered]")!.TextContent, CultureInfo.InvariantCulture);
        Assert.True(registered >= 3);

        var refused = await cell.SubmitAsync($"/Admission/CellVote/{caseId}", "main form", Vote(registered - 1, registered - 1, 1));

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.NotNull((await AppClient.ParseAsync(refused)).FieldError("Input.InFavour"));
        var untouched = await LoadAsync(caseId);
        Assert.Equal(AdmissionStage.DossierOpen, untouched.Stage);
        Assert.Empty(untouched.Votes);

        var tooMany = await cell.SubmitAsync($"/Admission/CellVote/{caseId}", "main form", Vote(registered + 1, 0, 0));
        Assert.NotNull((await AppClient.ParseAsync(tooMany)).FieldError("Input.Present"));

        var passed = await cell.SubmitAsync($"/Admission/CellVote/{caseId}", "main form", new Dictionary<string, string>(Vote(registered - 1, registered - 1, 0))
        {
            ["Input.Excluded[0].Name"] = "Nguyễn Văn Vắng",
            ["Input.Excluded[0].Reason"] = nameof(ExclusionReason.TemporarilyAway),
        });

        Assert.Equal(HttpStatusCode.Redirect, passed.StatusCode);
        var afterCell = await LoadAsync(caseId);
        Assert.Equal(AdmissionStage.CellResolved, afterCell.Stage);
        var vote = Assert.Single(afterCell.Votes);
        Assert.Equal(registered, vote.Registered);
        Assert.Equal(registered - 1, vote.Denominator);
        Assert.True(vote.Passed);
        Assert.Equal("Nguyễn Văn Vắng", Assert.Single(vote.Exclusions).Name);

        var committee = await app.As(DemoAccounts.GrassrootsVanPhong);
        var committeeVote = await committee.SubmitAsync($"/Admission/CommitteeVote/{caseId}", "main form", new Dictionary<string, string>(Vote(9, 9, 0))
        {
            ["Input.Registered"] = "9",
        });
        Assert.Equal(HttpStatusCode.Redirect, committeeVote.StatusCode);
        Assert.Equal(AdmissionStage.GrassrootsResolved, (await LoadAsync(caseId)).Stage);

        var board = await app.As(DemoAccounts.Board);
        var appraised = await board.SubmitAsync($"/Admission/Appraise/{caseId}", "main form", TongHopCases.ForwardAppraisal(Today));
        Assert.Equal(HttpStatusCode.Redirect, appraised.StatusCode);
        var afterBoard = await LoadAsync(caseId);
        Assert.Equal(AdmissionStage.Appraised, afterBoard.Stage);
        Assert.Equal(AppraisalLevel.OrganisationBoard, Assert.Single(afterBoard.Appraisals).Level);
    }

    [Fact]
    public async Task A_failed_cell_vote_is_kept_and_says_so()
    {
        var caseId = await CaseWithOpenDossierAsync();
        var cell = await app.As(DemoAccounts.CellTongHop);

        var response = await cell.SubmitAsync($"/Admission/CellVote/{caseId}", "main form", Vote(2, 1, 1));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var (_, details) = await cell.GetPageAsync(response.Headers.Location!.ToString());
        Assert.Contains("không đạt", details.Text(), StringComparison.Ordinal);
        var after = await LoadAsync(caseId);
        Assert.False(Assert.Single(after.Votes).Passed);
    }

    [Fact]
    public async Task A_scan_must_be_what_its_name_says_and_is_downloaded_only_by_readers_of_the_case()
    {
        var caseId = await CaseWithOpenDossierAsync();
        var cell = await app.As(DemoAccounts.CellTongHop);
        var documentsBefore = (await LoadAsync(caseId)).Documents.Count;
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0];

        var refused = await UploadAsync(cell, caseId, png, "scan.pdf");

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Equal("Nội dung tệp không đúng với phần mở rộng của tên tệp.", (await AppClient.ParseAsync(refused)).FieldError("Upload"));
        Assert.Equal(documentsBefore, (await LoadAsync(caseId)).Documents.Count);

        var pdf = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"u8.ToArray();
        var stored = await UploadAsync(cell, caseId, pdf, "don-xin-vao-dang.pdf");

        Assert.Equal(HttpStatusCode.Redirect, stored.StatusCode);
        var after = await LoadAsync(caseId);
        Assert.Equal(documentsBefore + 1, after.Documents.Count);
        var attachment = Assert.Single(after.Attachments);
        Assert.Equal("application/pdf", attachment.ContentType);

        var download = await cell.GetAsync($"/Admission/Attachment/{caseId}?file={attachment.Id}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(pdf, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("nosniff", Assert.Single(download.Headers.GetValues("X-Content-Type-Options")));

        // The download is in the access log: ids and the path only, not the file's name.
        var logged = await app.Factory.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(a => a.Entity == "AdmissionAttachment" && a.EntityKey == $"{caseId},{attachment.Id}").ToListAsync());
        var export = Assert.Single(logged);
        Assert.Equal(PartyMembers.Infrastructure.Auditing.AuditAction.Export, export.Action);
        Assert.Equal($"/Admission/Attachment/{caseId}", export.Page);
        Assert.DoesNotContain("don-xin-vao-dang", export.Changes + export.Page + export.EntityKey, StringComparison.Ordinal);

        var outsider = await app.As(DemoAccounts.CellBaoChi);
        Assert.Equal(HttpStatusCode.Forbidden, (await outsider.GetAsync($"/Admission/Attachment/{caseId}?file={attachment.Id}")).StatusCode);
    }

    private static Dictionary<string, string> Vote(int present, int inFavour, int against) => new()
    {
        ["Input.MeetingDate"] = Date(Today),
        ["Input.ResolutionNumber"] = "05-NQ/CB",
        ["Input.Present"] = present.ToString(CultureInfo.InvariantCulture),
        ["Input.InFavour"] = inFavour.ToString(CultureInfo.InvariantCulture),
        ["Input.Against"] = against.ToString(CultureInfo.InvariantCulture),
    };

    private static async Task<HttpResponseMessage> UploadAsync(AppClient client, Guid caseId, byte[] content, string fileName)
    {
        var url = $"/Admission/Document/{caseId}";
        var (_, page) = await client.GetPageAsync(url);
        var form = page.QuerySelector<IHtmlFormElement>("main form")!;
        using var body = new MultipartFormDataContent();
        var fields = AppClient.FormFields(form);
        fields["Input.Kind"] = nameof(DossierItemKind.Application);
        fields["Input.ReceivedOn"] = Date(Today);
        foreach (var (name, value) in fields)
        {
            body.Add(new StringContent(value), name);
        }

        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        body.Add(file, "Upload", fileName);
        return await client.Http.PostAsync(form.GetAttribute("action") is { Length: > 0 } action ? action : url, body);
    }

    private Task<AdmissionCase> LoadAsync(Guid id) => app.Factory.WithDbAsync(db => db.AdmissionCases.AsNoTracking()
        .Include(c => c.Votes).ThenInclude(v => v.Exclusions).Include(c => c.Appraisals).Include(c => c.Documents).Include(c => c.Attachments)
        .AsSplitQuery().SingleAsync(c => c.Id == id));

    /// A new case of the Tổng hợp cell with a complete, open dossier, built through the domain.
    private Task<Guid> CaseWithOpenDossierAsync() => app.Factory.WithDbAsync(async db =>
    {
        var cell = await db.Units.AsNoTracking().SingleAsync(u => u.Name == DemoUnits.TongHopCell);
        var introducers = await db.Members.AsNoTracking()
            .Where(m => m.HomeUnitId == cell.Id && m.Type == MembershipType.Official && m.Status == ActivityStatus.Active)
            .OrderBy(m => m.SearchName).Take(2).ToListAsync();
        var today = Today;
        var now = DateTime.UtcNow;
        ChangeStamp As(Role role) => new(null, "test", role, now, today);
        var deadlines = new AdmissionDeadlines(RuleBooks.Defaults(), WorkingDayCalendar.StatutoryOnly);
        var chain = new AdmissionChain(false, true, false);
        var facts = introducers.Select(m => new IntroducerFacts(m.Id, m.FullName, true, true, true)).ToList();

        var id = "0420" + "96" + Random.Shared.Next(100_000, 900_000).ToString(CultureInfo.InvariantCulture);
        var details = new CandidateDetails
        {
            FullName = "Phan Thanh Bình",
            Sex = Sex.Male,
            DateOfBirth = new DateOnly(1996, 5, 20),
            PersonalIdNumber = id,
            Occupation = "Chuyên viên",
            Residence = "Thành phố Hà Tĩnh",
            Education = EducationLevel.University,
            Source = CandidateSource.YouthUnion,
            SourceDetails = "Đoàn cơ sở",
            IntroducedOn = today.AddDays(-300),
            UnitHasYouthUnion = true,
            UnitHasTradeUnion = true,
            IsYouthUnionMember = true,
            IsTradeUnionMember = true,
        };
        var c = Must(AdmissionCase.Register(details, cell.Id, cell.Type, As(Role.CellSecretary)));
        Must(c.RecordCourse(new CourseInput("Lớp nhận thức", today.AddDays(-280), today.AddDays(-275), 10, 10, 8m, true, "NT-1",
            today.AddDays(-270), "Trung tâm Chính trị"), As(Role.CellSecretary)));
        Must(c.RecogniseSympathiser(today.AddDays(-260), "01-NQ/CB", facts[0], "Nhiệm vụ thử thách.", chain, As(Role.CellSecretary)));
        Must(c.PermitDossier(new LegalBasis("12-CV/ĐU", today.AddDays(-40), "Đảng ủy"), chain, deadlines, As(Role.GrassrootsSecretary)));
        Must(c.OpenDossier(today.AddDays(-35), chain, As(Role.CellSecretary)));
        foreach (var kind in Enum.GetValues<DossierItemKind>())
        {
            Must(c.AddDocument(kind, today.AddDays(-5), null, As(Role.CellSecretary)));
        }

        foreach (var introducer in facts)
        {
            Must(c.AddIntroducer(introducer, today.AddYears(-2), false, As(Role.CellSecretary)));
        }

        foreach (var (subject, name) in new[] { (VerificationSubject.Candidate, "Phan Thanh Bình"), (VerificationSubject.Father, "Phan Văn Hùng"), (VerificationSubject.Mother, "Lê Thị Mai") })
        {
            var request = Must(c.AddVerification(subject, name, false, "Đảng ủy phường", today.AddDays(-30), null, deadlines, As(Role.CellSecretary)));
            Must(c.RecordVerificationReply(request.Id, today.AddDays(-10), "Không có vấn đề.", false, As(Role.CellSecretary)));
        }

        db.AdmissionCases.Add(c);
        await db.SaveChangesAsync();
        return c.Id;
    });

    private static T Must<T>(Result<T> result)
        where T : class =>
        result.Succeeded ? result.Value! : throw new InvalidOperationException(string.Join(", ", result.Errors));

    private static void Must(Result result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join(", ", result.Errors));
        }
    }
}
