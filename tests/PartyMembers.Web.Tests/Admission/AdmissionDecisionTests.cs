using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using PartyMembers.Domain.Admission;
using PartyMembers.Domain.Members;
using PartyMembers.Infrastructure.Seeding;
using PartyMembers.Web.Tests.Support;
using static PartyMembers.Web.Tests.Admission.TongHopCases;

namespace PartyMembers.Web.Tests.Admission;

/// The competent committee's decision, its print view and .docx, and the ceremony that makes the person a
/// probationary member. Each case is brought to the decision through the domain, with dates in the past.
[Collection(AppCollection.Name)]
public sealed class AdmissionDecisionTests(AppFixture app)
{
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

    /// A new case of the Tổng hợp cell brought to stage Appraised through the domain, the board's appraisal ten days ago.
    private Task<(Guid Id, string Name)> AppraisedCaseAsync(string name) => app.Factory.WithDbAsync(async db =>
    {
        var c = (await TongHopCases.AppraisedAsync(db, name, Today.AddDays(-10))).Case;
        db.AdmissionCases.Add(c);
        await db.SaveChangesAsync();
        return (c.Id, c.FullName);
    });
}
