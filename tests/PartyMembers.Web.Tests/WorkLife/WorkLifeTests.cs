using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using PartyMembers.Domain.Common;
using PartyMembers.Domain.Members;
using PartyMembers.Domain.WorkLife;
using PartyMembers.Infrastructure.Seeding;
using PartyMembers.Web.Tests.Support;

namespace PartyMembers.Web.Tests.WorkLife;

/// Work assignments, exemptions and study records through HTTP, as the cell and grassroots secretaries use them.
[Collection(AppCollection.Name)]
public sealed class WorkLifeTests(AppFixture app)
{
    private static readonly DateOnly Today = VietnamTime.Today(TimeProvider.System);

    private static string D(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    private Task<Guid> TongHopCellAsync() => app.Factory.WithDbAsync(db => db.Units.Where(u => u.Name == DemoUnits.TongHopCell).Select(u => u.Id).SingleAsync());

    /// An active official member of the Tổng hợp cell, other than Nguyễn Thị Đào, with no assignment this year (or with one).
    private Task<Member> TongHopMemberAsync(bool assigned, int skip = 0) => app.Factory.WithDbAsync(async db =>
    {
        var cell = await db.Units.SingleAsync(u => u.Name == DemoUnits.TongHopCell);
        var year = Today.Year;
        return await db.Members.AsNoTracking()
            .Where(m => m.HomeUnitId == cell.Id && m.Status == ActivityStatus.Active && m.Type == MembershipType.Official && m.FullName != DemoMembers.Dao)
            .Where(m => db.WorkAssignments.Any(a => a.MemberId == m.Id && a.Year == year) == assigned)
            .Where(m => !db.ExemptionCases.Any(c => c.MemberId == m.Id))
            .OrderBy(m => m.SearchName).Skip(skip).FirstAsync();
    });

    private async Task<Guid> FollowUpAsync(Guid cellId, Guid except) => await app.Factory.WithDbAsync(db => db.Members.AsNoTracking()
        .Where(m => m.HomeUnitId == cellId && m.Status == ActivityStatus.Active && m.Id != except).OrderBy(m => m.SearchName).Select(m => m.Id).FirstAsync());

    [Fact]
    public async Task The_cell_secretary_assigns_work_the_missing_report_drops_the_member_and_bad_input_changes_nothing()
    {
        var client = await app.As(DemoAccounts.CellTongHop);
        var cell = await TongHopCellAsync();
        var member = await TongHopMemberAsync(assigned: false);
        var (_, missing) = await client.GetPageAsync($"/Assignments/Missing?unit={cell}");
        Assert.NotNull(missing.QuerySelector($"[data-testid=missing-list] tr[data-member='{member.Id}']"));
        var (_, home) = await client.GetPageAsync("/Cell");
        Assert.NotNull(home.QuerySelector("[data-testid=without-assignment]"));

        var url = $"/Assignments/Assign/{member.Id}";
        var (_, form) = await client.GetPageAsync(url);
        Assert.Equal("01-NQ/CB", form.QuerySelector<IHtmlInputElement>("#Input_ResolutionNumber")!.Value);
        var bad = await client.SubmitAsync(url, "form#assign-form", new Dictionary<string, string> { ["Input.Tasks"] = " " });
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        var badPage = await AppClient.ParseAsync(bad);
        Assert.NotNull(badPage.FieldError("Input.Tasks"));
        Assert.NotNull(badPage.FieldError("Input.FollowUpId"));
        Assert.False(await app.Factory.WithDbAsync(db => db.WorkAssignments.AnyAsync(a => a.MemberId == member.Id)));

        var followUp = await FollowUpAsync(cell, member.Id);
        var saved = await client.SubmitAsync(url, "form#assign-form", new Dictionary<string, string>
        {
            ["Input.Tasks"] = "Phụ trách tổng hợp báo cáo quý; tham gia tổ công tác dân vận.",
            ["Input.FollowUpId"] = followUp.ToString(),
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var assignment = await app.Factory.WithDbAsync(db => db.WorkAssignments.AsNoTracking().Include(a => a.Changes).SingleAsync(a => a.MemberId == member.Id));
        Assert.Equal(Today.Year, assignment.Year);
        Assert.Equal(followUp, assignment.FollowUpMemberId);
        Assert.Equal(AssignmentAction.Assigned, Assert.Single(assignment.Changes).Action);
        var (_, after) = await client.GetPageAsync($"/Assignments/Missing?unit={cell}");
        Assert.Null(after.QuerySelector($"[data-testid=missing-list] tr[data-member='{member.Id}']"));

        // A second assignment for the same year is refused beside the form.
        var again = await client.SubmitAsync(url, "form#assign-form", new Dictionary<string, string>
        {
            ["Input.Tasks"] = "Lần hai", ["Input.FollowUpId"] = followUp.ToString(),
        });
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(1, await app.Factory.WithDbAsync(db => db.WorkAssignments.CountAsync(a => a.MemberId == member.Id)));

        // Adjusted with a reason, then the year-end result.
        var adjusted = await client.SubmitAsync($"/Assignments/Adjust/{assignment.Id}", "form#adjust-form", new Dictionary<string, string>
        {
            ["Input.Tasks"] = "Phụ trách tổng hợp báo cáo quý và năm.", ["Input.Reason"] = "Bổ sung nhiệm vụ",
        });
        Assert.Equal(HttpStatusCode.Redirect, adjusted.StatusCode);
        var result = await client.SubmitAsync($"/Assignments/Result/{assignment.Id}", "form#result-form", new Dictionary<string, string>
        {
            ["Input.Outcome"] = nameof(AssignmentOutcome.Completed),
        });
        Assert.Equal(HttpStatusCode.Redirect, result.StatusCode);
        var done = await app.Factory.WithDbAsync(db => db.WorkAssignments.AsNoTracking().Include(a => a.Changes).SingleAsync(a => a.Id == assignment.Id));
        Assert.Equal(AssignmentOutcome.Completed, done.Outcome);
        Assert.Equal([AssignmentAction.Assigned, AssignmentAction.Adjusted, AssignmentAction.ResultRecorded], done.Changes.OrderBy(c => c.Sequence).Select(c => c.Action));
    }

    [Fact]
    public async Task Of_two_adjustments_posted_from_the_same_version_the_second_is_refused_with_the_concurrency_message()
    {
        var first = await app.NewSession(DemoAccounts.CellTongHop);
        var second = await app.NewSession(DemoAccounts.CellTongHop);
        var member = await TongHopMemberAsync(assigned: true, skip: 2);
        var id = await app.Factory.WithDbAsync(db => db.WorkAssignments.Where(a => a.MemberId == member.Id && a.Year == Today.Year).Select(a => a.Id).SingleAsync());
        var url = $"/Assignments/Adjust/{id}";
        var (_, firstPage) = await first.GetPageAsync(url);
        var (_, secondPage) = await second.GetPageAsync(url);

        var won = await first.PostFormAsync(firstPage.QuerySelector<IHtmlFormElement>("form#adjust-form")!, url,
            new Dictionary<string, string> { ["Input.Tasks"] = "Bản thứ nhất", ["Input.Reason"] = "Điều chỉnh" });
        var lost = await second.PostFormAsync(secondPage.QuerySelector<IHtmlFormElement>("form#adjust-form")!, url,
            new Dictionary<string, string> { ["Input.Tasks"] = "Bản thứ hai", ["Input.Reason"] = "Điều chỉnh" });

        Assert.Equal(HttpStatusCode.Redirect, won.StatusCode);
        Assert.Equal(HttpStatusCode.OK, lost.StatusCode);
        var lostPage = await AppClient.ParseAsync(lost);
        Assert.Contains("người khác", lostPage.QuerySelector("[data-testid=form-errors]")?.TextContent ?? string.Empty, StringComparison.Ordinal);
        Assert.Equal("Bản thứ nhất", await app.Factory.WithDbAsync(db => db.WorkAssignments.Where(a => a.Id == id).Select(a => a.Tasks).SingleAsync()));
    }

    [Fact]
    public async Task An_exemption_for_another_reason_is_resolved_by_the_cell_decided_by_the_grassroots_committee_and_ended_by_a_return()
    {
        var cellClient = await app.As(DemoAccounts.CellTongHop);
        var grassroots = await app.As(DemoAccounts.GrassrootsVanPhong);
        var member = await TongHopMemberAsync(assigned: true, skip: 4);
        var url = $"/Exemptions/Apply/{member.Id}";

        // Thirteen months is over the local limit: refused beside the field, nothing saved.
        var tooLong = await cellClient.SubmitAsync(url, "form#apply-form", new Dictionary<string, string>
        {
            ["Input.Reason"] = nameof(ExemptionReason.Maternity), ["Input.PeriodTo"] = D(Today.AddMonths(13)),
        });
        Assert.Equal(HttpStatusCode.OK, tooLong.StatusCode);
        Assert.Contains("dưới 12 tháng", (await AppClient.ParseAsync(tooLong)).FieldError("Input.PeriodTo"), StringComparison.Ordinal);
        Assert.False(await app.Factory.WithDbAsync(db => db.ExemptionCases.AnyAsync(c => c.MemberId == member.Id)));

        var applied = await cellClient.SubmitAsync(url, "form#apply-form", new Dictionary<string, string>
        {
            ["Input.Reason"] = nameof(ExemptionReason.Maternity), ["Input.Details"] = "Nghỉ thai sản 6 tháng", ["Input.PeriodTo"] = D(Today.AddMonths(6)),
        });
        Assert.Equal(HttpStatusCode.Redirect, applied.StatusCode);
        var caseId = await app.Factory.WithDbAsync(db => db.ExemptionCases.Where(c => c.MemberId == member.Id).Select(c => c.Id).SingleAsync());
        var resolve = $"/Exemptions/Resolve/{caseId}";

        // The cell cannot decide a reason other than age or health, even by posting the step directly.
        var (_, cellForm) = await cellClient.GetPageAsync(resolve);
        Assert.Null(cellForm.QuerySelector("#trigger-Decide"));
        var forged = await cellClient.SubmitAsync(resolve, "form#resolve-form", new Dictionary<string, string>
        {
            ["Input.Trigger"] = nameof(ExemptionTrigger.Decide), ["Input.Number"] = "07-NQ/CB",
        });
        Assert.Equal(HttpStatusCode.OK, forged.StatusCode);
        Assert.NotNull((await AppClient.ParseAsync(forged)).FieldError("Input.Trigger"));

        var resolved = await cellClient.SubmitAsync(resolve, "form#resolve-form", new Dictionary<string, string>
        {
            ["Input.Trigger"] = nameof(ExemptionTrigger.CellResolve), ["Input.Number"] = "07-NQ/CB",
        });
        Assert.Equal(HttpStatusCode.Redirect, resolved.StatusCode);
        var (_, grassrootsHome) = await grassroots.GetPageAsync("/Grassroots");
        Assert.Contains(member.FullName, grassrootsHome.QuerySelector("[data-testid=exemptions-waiting]")!.TextContent, StringComparison.Ordinal);

        var decided = await grassroots.SubmitAsync(resolve, "form#resolve-form", new Dictionary<string, string>
        {
            ["Input.Trigger"] = nameof(ExemptionTrigger.Decide), ["Input.Number"] = "21-QĐ/ĐU", ["Input.Issuer"] = "Đảng ủy Văn phòng Tỉnh ủy",
        });
        Assert.Equal(HttpStatusCode.Redirect, decided.StatusCode);
        var exempt = await app.Factory.WithDbAsync(db => db.Members.AsNoTracking().SingleAsync(m => m.Id == member.Id));
        Assert.Equal(ActivityStatus.Exempt, exempt.Status);
        var last = await app.Factory.WithDbAsync(db => db.MemberEvents.AsNoTracking().Where(e => e.MemberId == member.Id).OrderByDescending(e => e.Sequence).FirstAsync());
        Assert.Equal(MemberEventKind.Exempted, last.Kind);
        Assert.Equal("21-QĐ/ĐU", last.Basis!.DocumentNumber);
        Assert.Equal(Today, last.EffectiveDate);

        var returned = await cellClient.SubmitAsync($"/Exemptions/Return/{caseId}", "form#return-form", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, returned.StatusCode);
        var back = await app.Factory.WithDbAsync(db => db.Members.AsNoTracking().SingleAsync(m => m.Id == member.Id));
        Assert.Equal(ActivityStatus.Active, back.Status);
        var closed = await app.Factory.WithDbAsync(db => db.ExemptionCases.AsNoTracking().Include(c => c.Steps).SingleAsync(c => c.Id == caseId));
        Assert.Equal(ExemptionState.Returned, closed.State);
        Assert.Equal(["Apply", "CellResolve", "Decide", "Return"], closed.Steps.OrderBy(s => s.Sequence).Select(s => s.Action));
    }

    [Fact]
    public async Task A_higher_theory_level_updates_the_member_and_a_missing_institution_changes_nothing()
    {
        var client = await app.As(DemoAccounts.CellTongHop);
        var member = await app.Factory.WithDbAsync(async db =>
        {
            var cell = await db.Units.SingleAsync(u => u.Name == DemoUnits.TongHopCell);
            return await db.Members.AsNoTracking().Where(m => m.HomeUnitId == cell.Id && m.Status == ActivityStatus.Active
                    && (m.PoliticalTheory == PoliticalTheoryLevel.None || m.PoliticalTheory == PoliticalTheoryLevel.Elementary
                        || m.PoliticalTheory == PoliticalTheoryLevel.Intermediate) && m.FullName != DemoMembers.Dao)
                .OrderBy(m => m.SearchName).FirstAsync();
        });
        var url = $"/Study/TheoryLevel/{member.Id}";
        var bad = await client.SubmitAsync(url, "form#theory-form", new Dictionary<string, string>
        {
            ["Input.Level"] = nameof(PoliticalTheoryLevel.Advanced), ["Input.AwardedOn"] = D(Today.AddDays(-30)),
        });
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.NotNull((await AppClient.ParseAsync(bad)).FieldError("Input.Institution"));

        var saved = await client.SubmitAsync(url, "form#theory-form", new Dictionary<string, string>
        {
            ["Input.Level"] = nameof(PoliticalTheoryLevel.Advanced), ["Input.AwardedOn"] = D(Today.AddDays(-30)),
            ["Input.Institution"] = "Học viện Chính trị khu vực III", ["Input.CertificateNumber"] = "CC-2026-015",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var after = await app.Factory.WithDbAsync(db => db.Members.AsNoTracking().SingleAsync(m => m.Id == member.Id));
        Assert.Equal(PoliticalTheoryLevel.Advanced, after.PoliticalTheory);
        var (_, page) = await client.GetPageAsync($"/Study/{member.Id}");
        Assert.Contains("CC-2026-015", page.QuerySelector("[data-testid=theory-levels]")!.TextContent, StringComparison.Ordinal);
        var (_, details) = await client.GetPageAsync($"/Members/Details/{member.Id}");
        Assert.NotNull(details.QuerySelector("[data-testid=member-work-life] #member-study"));
    }
}
