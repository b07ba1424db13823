using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using PartyMembers.Domain.Admission;
using PartyMembers.Domain.Common;
using PartyMembers.Domain.Members;
using PartyMembers.Infrastructure.Seeding;
using PartyMembers.Testing;
using PartyMembers.Web.Tests.Support;

namespace PartyMembers.Web.Tests.Admission;

/// Drives a case registered for the test through the dossier pages: course, sympathiser, permission, opening the
/// dossier, introducer, verification and its reply; and checks that bad input is shown beside its field and saves
/// nothing.
[Collection(AppCollection.Name)]
public sealed class AdmissionDossierTests(AppFixture app)
{
    private static readonly DateOnly Today = VietnamTime.Today(TimeProvider.System);

    private static string D(int daysAgo) => Today.AddDays(-daysAgo).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    [Fact]
    public async Task A_new_case_goes_from_course_to_an_open_dossier_with_introducer_and_verification()
    {
        var cell = await app.As(DemoAccounts.CellTongHop);
        var id = await RegisterAsync(cell, "Trần Thị Kiểm Thử");

        await RecordCourseAsync(cell, id);
        var sympathiser = await cell.SubmitAsync($"/Admission/Sympathiser/{id}", "main form", new Dictionary<string, string>
        {
            ["Input.ResolutionDate"] = D(40),
            ["Input.ResolutionNumber"] = "31-NQ/CB",
            ["Input.HelperMemberId"] = await FirstOptionAsync(cell, $"/Admission/Sympathiser/{id}", "Input_HelperMemberId"),
            ["Input.TestTasks"] = "Tham gia tổ soạn thảo báo cáo.",
        });
        Assert.Equal(HttpStatusCode.Redirect, sympathiser.StatusCode);

        // The cell may not permit its own procedure; the grassroots secretary does.
        Assert.Equal(HttpStatusCode.Forbidden, (await cell.GetAsync($"/Admission/Permit/{id}")).StatusCode);
        var grassroots = await app.As(DemoAccounts.GrassrootsVanPhong);
        var permit = await grassroots.SubmitAsync($"/Admission/Permit/{id}", "main form", new Dictionary<string, string>
        {
            ["Input.BasisNumber"] = "45-CV/ĐU",
            ["Input.BasisDate"] = D(20),
            ["Input.BasisIssuer"] = "Đảng ủy Văn phòng Tỉnh ủy",
        });
        Assert.Equal(HttpStatusCode.Redirect, permit.StatusCode);
        Assert.Equal(AdmissionStage.DossierPermitted, (await CaseAsync(id)).Stage);

        var open = await cell.SubmitAsync($"/Admission/OpenDossier/{id}", "main form", new Dictionary<string, string> { ["Input.OpenedOn"] = D(10) });
        Assert.Equal(HttpStatusCode.Redirect, open.StatusCode);

        var introducerId = await FirstOptionAsync(cell, $"/Admission/Introducer/{id}", "Input_MemberId");
        var introducer = await cell.SubmitAsync($"/Admission/Introducer/{id}", "main form", new Dictionary<string, string>
        {
            ["Input.MemberId"] = introducerId,
            ["Input.KnownSince"] = D(500),
            ["Input.IsReplacement"] = "true",
        });
        Assert.Equal(HttpStatusCode.Redirect, introducer.StatusCode);

        var verification = await cell.SubmitAsync($"/Admission/Verification/{id}", "main form", new Dictionary<string, string>
        {
            ["Input.Subject"] = nameof(VerificationSubject.Father),
            ["Input.PersonName"] = "Trần Văn Cha",
            ["Input.SentTo"] = "Đảng ủy phường Bắc Hà",
            ["Input.SentOn"] = D(5),
        });
        Assert.Equal(HttpStatusCode.Redirect, verification.StatusCode);

        var saved = await CaseAsync(id);
        Assert.Equal(AdmissionStage.DossierOpen, saved.Stage);
        Assert.Equal(Today.AddDays(-20), saved.DossierPermittedOn);
        Assert.Equal(Today.AddDays(-10), saved.DossierOpenedOn);
        var added = Assert.Single(saved.Introducers);
        Assert.Equal(Guid.Parse(introducerId), added.MemberId);
        Assert.True(added.IsReplacement);
        var request = Assert.Single(saved.Verifications);
        Assert.Equal(Today.AddDays(-5), request.SentOn);
        Assert.NotNull(request.DueOn);
        Assert.True(request.DueOn > request.SentOn);

        var (_, details) = await cell.GetPageAsync($"/Admission/Details/{id}");
        Assert.Contains(request.DueOn!.Value.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture), details.QuerySelector("[data-testid=case-verifications]")!.TextContent, StringComparison.Ordinal);

        // A reply dated before the request was sent is refused beside its field.
        var replyUrl = $"/Admission/VerificationReply/{id}?request={request.Id}";
        var early = await cell.SubmitAsync(replyUrl, "main form", new Dictionary<string, string>
        {
            ["Input.RepliedOn"] = D(6),
            ["Input.Conclusion"] = "Không có vấn đề gì.",
        });
        Assert.Equal(HttpStatusCode.OK, early.StatusCode);
        Assert.NotNull((await AppClient.ParseAsync(early)).FieldError("Input.RepliedOn"));
        Assert.Null((await CaseAsync(id)).Verifications.Single().RepliedOn);

        Assert.Equal(HttpStatusCode.NotFound, (await cell.GetAsync($"/Admission/VerificationReply/{id}?request={Guid.NewGuid()}")).StatusCode);

        var reply = await cell.SubmitAsync(replyUrl, "main form", new Dictionary<string, string>
        {
            ["Input.RepliedOn"] = D(1),
            ["Input.Conclusion"] = "Không có vấn đề gì.",
            ["Input.ConcernsFound"] = "false",
        });
        Assert.Equal(HttpStatusCode.Redirect, reply.StatusCode);
        var replied = (await CaseAsync(id)).Verifications.Single();
        Assert.Equal(Today.AddDays(-1), replied.RepliedOn);
        Assert.Equal("Không có vấn đề gì.", replied.Conclusion);
        Assert.False(replied.ConcernsFound);
    }

    [Fact]
    public async Task A_course_dated_in_the_future_is_refused_beside_the_field_and_nothing_is_saved()
    {
        var cell = await app.As(DemoAccounts.CellTongHop);
        var id = await RegisterAsync(cell, "Lê Văn Tương Lai");
        var before = await CaseAsync(id);

        var response = await cell.SubmitAsync($"/Admission/Course/{id}", "main form", new Dictionary<string, string>
        {
            ["Input.ClassName"] = "Lớp nhận thức về Đảng",
            ["Input.StartDate"] = D(-3),
            ["Input.EndDate"] = D(-1),
            ["Input.SessionsTotal"] = "10",
            ["Input.SessionsAttended"] = "10",
            ["Input.Passed"] = "false",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await AppClient.ParseAsync(response);
        Assert.NotNull(document.FieldError("Input.StartDate"));
        Assert.NotNull(document.FieldError("Input.EndDate"));
        var after = await CaseAsync(id);
        Assert.Empty(after.Courses);
        Assert.Equal(before.Version, after.Version);
    }

    [Fact]
    public async Task Bad_input_on_the_course_form_shows_messages_and_never_fails()
    {
        var cell = await app.As(DemoAccounts.CellTongHop);
        var id = await RegisterAsync(cell, "Phạm Văn Sai Sót");

        var response = await cell.SubmitAsync($"/Admission/Course/{id}", "main form", new Dictionary<string, string>
        {
            ["Input.ClassName"] = string.Empty,
            ["Input.StartDate"] = "31/02/2026",
            ["Input.EndDate"] = "abc",
            ["Input.SessionsTotal"] = "x",
            ["Input.SessionsAttended"] = "",
            ["Input.Score"] = "mười",
            ["Input.Passed"] = "true",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await AppClient.ParseAsync(response);
        Assert.NotNull(document.FieldError("Input.ClassName"));
        Assert.NotNull(document.FieldError("Input.StartDate"));
        Assert.NotNull(document.FieldError("Input.SessionsTotal"));
        Assert.Empty((await CaseAsync(id)).Courses);
    }

    private async Task<string> RegisterAsync(AppClient client, string name)
    {
        var cellId = await app.Factory.WithDbAsync(db => db.Units.Where(u => u.Name == DemoUnits.TongHopCell).Select(u => u.Id).SingleAsync());
        var dob = new DateOnly(1999, 4, 12);
        var response = await client.SubmitAsync("/Admission/Create", "main form", new Dictionary<string, string>
        {
            ["Input.CellId"] = cellId.ToString(),
            ["Input.FullName"] = name,
            ["Input.Sex"] = nameof(Sex.Female),
            ["Input.DateOfBirth"] = dob.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
            ["Input.PersonalIdNumber"] = PersonalIds.For(dob, Sex.Female),
            ["Input.Occupation"] = "Chuyên viên",
            ["Input.Residence"] = "Thành phố Hà Tĩnh",
            ["Input.Education"] = nameof(EducationLevel.University),
            ["Input.Source"] = nameof(CandidateSource.YouthUnion),
            ["Input.SourceDetails"] = "Đoàn cơ sở Văn phòng",
            ["Input.IntroducedOn"] = D(100),
            ["Input.UnitHasYouthUnion"] = "true",
            ["Input.IsYouthUnionMember"] = "true",
            ["Input.UnitHasTradeUnion"] = "true",
            ["Input.IsTradeUnionMember"] = "true",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        return location[(location.LastIndexOf('/') + 1)..];
    }

    private async Task RecordCourseAsync(AppClient client, string id)
    {
        var response = await client.SubmitAsync($"/Admission/Course/{id}", "main form", new Dictionary<string, string>
        {
            ["Input.ClassName"] = "Lớp bồi dưỡng nhận thức về Đảng",
            ["Input.StartDate"] = D(60),
            ["Input.EndDate"] = D(55),
            ["Input.SessionsTotal"] = "10",
            ["Input.SessionsAttended"] = "9",
            ["Input.Score"] = "8",
            ["Input.Passed"] = "true",
            ["Input.CertificateNumber"] = "NT-901",
            ["Input.CertificateDate"] = D(50),
            ["Input.CertificateIssuer"] = "Trung tâm Chính trị thành phố Hà Tĩnh",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var course = Assert.Single((await CaseAsync(id)).Courses);
        Assert.True(course.HasCertificate);
        Assert.Equal(9, course.SessionsAttended);
    }

    private static async Task<string> FirstOptionAsync(AppClient client, string url, string selectId)
    {
        var (response, document) = await client.GetPageAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return document.QuerySelectorAll($"select#{selectId} option").Select(o => o.GetAttribute("value") ?? string.Empty).First(v => v.Length > 0);
    }

    private Task<AdmissionCase> CaseAsync(string id) => app.Factory.WithDbAsync(db => db.AdmissionCases.AsNoTracking()
        .Include(c => c.Courses).Include(c => c.Introducers).Include(c => c.Verifications)
        .SingleAsync(c => c.Id == Guid.Parse(id)));
}
