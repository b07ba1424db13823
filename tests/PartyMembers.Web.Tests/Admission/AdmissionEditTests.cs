using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using PartyMembers.Domain.Admission;
using PartyMembers.Domain.Common;
using PartyMembers.Domain.Members;
using PartyMembers.Domain.Calendar;
using PartyMembers.Infrastructure.Seeding;
using PartyMembers.Testing;
using PartyMembers.Web.Tests.Support;

namespace PartyMembers.Web.Tests.Admission;

/// The cell secretary corrects a person's details with a reason, and records the provincial-level approval for a
/// person over 60 without which the cell's vote is refused.
[Collection(AppCollection.Name)]
public sealed class AdmissionEditTests(AppFixture app)
{
    private static readonly DateOnly Today = VietnamTime.Today(TimeProvider.System);

    private static string D(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    [Fact]
    public async Task A_correction_with_a_reason_is_saved_and_stands_in_the_history()
    {
        var cell = await app.As(DemoAccounts.CellTongHop);
        var id = await RegisterAsync(cell, "Nguyễn Văn Sữa", new DateOnly(1998, 3, 2));

        var response = await cell.SubmitAsync($"/Admission/Edit/{id}", "main form", new Dictionary<string, string>
        {
            ["Input.FullName"] = "Nguyễn Văn Sửa",
            ["Input.Reason"] = "Gõ nhầm dấu trong họ tên.",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await CaseAsync(id);
        Assert.Equal("Nguyễn Văn Sửa", saved.FullName);
        Assert.Equal(new DateOnly(1998, 3, 2), saved.DateOfBirth);
        var (_, details) = await cell.GetPageAsync($"/Admission/Details/{id}");
        var history = details.QuerySelector("[data-testid=case-history]")!.TextContent;
        Assert.Contains("Gõ nhầm dấu trong họ tên.", history, StringComparison.Ordinal);
        Assert.NotNull(details.QuerySelector("[data-testid=case-edit]"));
        Assert.Null(details.QuerySelector("[data-testid=case-over60]"));
    }

    [Fact]
    public async Task A_correction_without_a_reason_is_refused_beside_the_field_and_nothing_changes()
    {
        var cell = await app.As(DemoAccounts.CellTongHop);
        var id = await RegisterAsync(cell, "Trần Thị Không Lý Do", new DateOnly(1997, 8, 9));
        var before = await CaseAsync(id);

        var response = await cell.SubmitAsync($"/Admission/Edit/{id}", "main form", new Dictionary<string, string>
        {
            ["Input.FullName"] = "Trần Thị Đã Đổi",
            ["Input.Reason"] = " ",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull((await AppClient.ParseAsync(response)).FieldError("Input.Reason"));
        var after = await CaseAsync(id);
        Assert.Equal("Trần Thị Không Lý Do", after.FullName);
        Assert.Equal(before.Version, after.Version);
    }

    [Fact]
    public async Task A_personal_id_number_of_another_open_case_is_refused_beside_the_field()
    {
        var cell = await app.As(DemoAccounts.CellTongHop);
        var dob = new DateOnly(1995, 1, 15);
        var first = await RegisterAsync(cell, "Lê Văn Một", dob);
        var second = await RegisterAsync(cell, "Lê Văn Hai", dob);
        var taken = (await CaseAsync(first)).PersonalIdNumber;

        var response = await cell.SubmitAsync($"/Admission/Edit/{second}", "main form", new Dictionary<string, string>
        {
            ["Input.PersonalIdNumber"] = taken,
            ["Input.Reason"] = "Sửa số định danh.",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull((await AppClient.ParseAsync(response)).FieldError("Input.PersonalIdNumber"));
        Assert.NotEqual(taken, (await CaseAsync(second)).PersonalIdNumber);
    }

    [Fact]
    public async Task Another_cells_secretary_may_not_correct_the_case()
    {
        var cell = await app.As(DemoAccounts.CellTongHop);
        var id = await RegisterAsync(cell, "Phạm Văn Ô Ngoài", new DateOnly(1996, 6, 6));
        var other = await app.As(DemoAccounts.CellBaoChi);

        Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync($"/Admission/Edit/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync($"/Admission/Over60/{id}")).StatusCode);
    }

    [Fact]
    public async Task A_person_over_60_passes_the_age_criterion_only_once_the_approval_is_recorded()
    {
        var cell = await app.As(DemoAccounts.CellTongHop);
        var id = await RegisterAsync(cell, "Hoàng Văn Cao Niên", Today.AddYears(-61));
        var deadlines = new AdmissionDeadlines(RuleBooks.Defaults(), WorkingDayCalendar.StatutoryOnly);
        Assert.Contains(AdmissionEligibility.Check(await CaseAsync(id), Today, [], deadlines), e => e.Code == "Admission.Over60NeedsApproval");

        var (_, details) = await cell.GetPageAsync($"/Admission/Details/{id}");
        Assert.NotNull(details.QuerySelector("[data-testid=case-over60]"));
        var (page, form) = await cell.GetPageAsync($"/Admission/Over60/{id}");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("720", form.QuerySelector("[data-testid=over60-age]")!.TextContent, StringComparison.Ordinal);

        var response = await cell.SubmitAsync($"/Admission/Over60/{id}", "main form", new Dictionary<string, string>
        {
            ["Input.BasisNumber"] = "1234-CV/TU",
            ["Input.BasisDate"] = D(Today.AddDays(-3)),
            ["Input.BasisIssuer"] = "Tỉnh ủy Hà Tĩnh",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var approval = await app.Factory.WithDbAsync(db => db.AdmissionCases.AsNoTracking()
            .Where(c => c.Id == Guid.Parse(id)).Select(c => c.Over60Approval).SingleAsync());
        Assert.Equal(new LegalBasis("1234-CV/TU", Today.AddDays(-3), "Tỉnh ủy Hà Tĩnh"), approval);
        Assert.DoesNotContain(AdmissionEligibility.Check(await CaseAsync(id), Today, [], deadlines), e => e.Code == "Admission.Over60NeedsApproval");
        (_, details) = await cell.GetPageAsync($"/Admission/Details/{id}");
        Assert.Contains("1234-CV/TU", details.QuerySelector("[data-testid=case-over60-approval]")!.TextContent, StringComparison.Ordinal);
    }

    /// Puts a person on the Tổng hợp cell's register through the form; the case's id.
    private async Task<string> RegisterAsync(AppClient client, string name, DateOnly dob)
    {
        var fields = new Dictionary<string, string>
        {
            ["Input.CellId"] = app.Data.TongHopCell.ToString(), ["Input.FullName"] = name, ["Input.Sex"] = nameof(Sex.Male),
            ["Input.DateOfBirth"] = D(dob), ["Input.PersonalIdNumber"] = PersonalIds.For(dob, Sex.Male),
            ["Input.Education"] = nameof(EducationLevel.University), ["Input.Source"] = nameof(CandidateSource.TradeUnion),
            ["Input.IntroducedOn"] = D(Today.AddDays(-30)),
        };
        var response = await client.SubmitAsync("/Admission/Create", "main form", fields);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.Headers.Location!.OriginalString.Split('/')[^1];
    }

    private Task<AdmissionCase> CaseAsync(string id) => app.Factory.WithDbAsync(db => db.AdmissionCases.AsNoTracking()
        .Include(c => c.Courses).Include(c => c.Introducers).Include(c => c.Steps)
        .SingleAsync(c => c.Id == Guid.Parse(id)));
}
