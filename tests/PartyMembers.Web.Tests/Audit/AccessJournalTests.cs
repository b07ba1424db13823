using System.Net;
using Microsoft.EntityFrameworkCore;
using PartyMembers.Infrastructure.Auditing;
using PartyMembers.Infrastructure.Seeding;
using PartyMembers.Web.Tests.Support;

namespace PartyMembers.Web.Tests.Audit;

/// Views, downloads and refusals are written to the audit (ADR 0015): who, when, the record's ids and the page path,
/// never the personal data itself; the audit pages search them and verify the chain.
[Collection(AppCollection.Name)]
public sealed class AccessJournalTests(AppFixture app)
{
    private Task<List<AuditEntry>> RowsAfterAsync(long sequence) =>
        app.Factory.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.Sequence > sequence).OrderBy(a => a.Sequence).ToListAsync());

    private Task<long> HeadAsync() =>
        app.Factory.WithDbAsync(db => db.AuditEntries.MaxAsync(a => (long?)a.Sequence)).ContinueWith(t => t.Result ?? 0, TaskScheduler.Default);

    private async Task AssertNoPersonalDataAsync(AuditEntry row, Guid memberId)
    {
        var member = await app.Factory.WithDbAsync(db => db.Members.AsNoTracking().SingleAsync(m => m.Id == memberId));
        var text = string.Join("|", row.Entity, row.EntityKey, row.Changes, row.Page, row.Reason);
        Assert.DoesNotContain(member.FullName, text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(member.PersonalIdNumber, text, StringComparison.Ordinal);
        Assert.DoesNotContain("?", row.Page ?? string.Empty, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Viewing_a_member_writes_one_view_row_with_ids_only()
    {
        var head = await HeadAsync();
        var client = await app.NewSession(DemoAccounts.CellTongHop);

        var response = await client.GetAsync($"/Members/Details/{app.Data.TongHopMember}?tab=history");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var row = Assert.Single(await RowsAfterAsync(head), a => a.Action == AuditAction.View);
        Assert.Equal("Member", row.Entity);
        Assert.Equal(app.Data.TongHopMember.ToString(), row.EntityKey);
        Assert.Equal(app.Data.TongHopMember, row.MemberId);
        Assert.Equal(DemoAccounts.CellTongHop, row.UserName);
        Assert.NotNull(row.UserId);
        Assert.Equal($"/Members/Details/{app.Data.TongHopMember}", row.Page);
        await AssertNoPersonalDataAsync(row, app.Data.TongHopMember);
    }

    [Fact]
    public async Task A_refused_member_view_writes_a_denied_row_and_an_anonymous_visit_none()
    {
        var head = await HeadAsync();
        var outsider = await app.NewSession(DemoAccounts.CellBaoChi);

        var refused = await outsider.GetAsync($"/Members/Details/{app.Data.TongHopMember}");

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        var rows = await RowsAfterAsync(head);
        var row = Assert.Single(rows, a => a.Action == AuditAction.Denied);
        Assert.Equal(DemoAccounts.CellBaoChi, row.UserName);
        Assert.Equal(app.Data.TongHopMember.ToString(), row.EntityKey);
        Assert.Equal($"/Members/Details/{app.Data.TongHopMember}", row.Page);
        Assert.DoesNotContain(rows, a => a.Action == AuditAction.View);
        await AssertNoPersonalDataAsync(row, app.Data.TongHopMember);

        head = await HeadAsync();
        var anonymous = await app.Anonymous().GetAsync($"/Members/Details/{app.Data.TongHopMember}");
        Assert.NotEqual(HttpStatusCode.OK, anonymous.StatusCode);
        Assert.DoesNotContain(await RowsAfterAsync(head), a => a.Action == AuditAction.Denied);
    }

    [Fact]
    public async Task A_form_posted_without_its_antiforgery_token_writes_a_denied_row()
    {
        var head = await HeadAsync();
        var client = await app.NewSession(DemoAccounts.CellTongHop);

        var response = await client.Http.PostAsync("/Members/Create", new FormUrlEncodedContent(new Dictionary<string, string> { ["Input.FullName"] = "x" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var row = Assert.Single(await RowsAfterAsync(head), a => a.Action == AuditAction.Denied);
        Assert.Equal("/Members/Create", row.Page);
        Assert.Equal(DemoAccounts.CellTongHop, row.UserName);
    }

    [Fact]
    public async Task The_board_finds_a_members_views_by_member_and_action_and_others_are_refused()
    {
        var viewer = await app.NewSession(DemoAccounts.GrassrootsVanPhong);
        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync($"/Members/Details/{app.Data.HanhChinhMember}")).StatusCode);

        var board = await app.NewSession(DemoAccounts.Board);
        var (details, detailsPage) = await board.GetPageAsync($"/Members/Details/{app.Data.HanhChinhMember}");
        Assert.Equal(HttpStatusCode.OK, details.StatusCode);
        Assert.NotNull(detailsPage.QuerySelector($"#member-audit[href='/Audit?member={app.Data.HanhChinhMember}']"));

        var (response, page) = await board.GetPageAsync($"/Audit?member={app.Data.HanhChinhMember}&action=View&user={DemoAccounts.GrassrootsVanPhong}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var rows = page.QuerySelectorAll("[data-testid=audit-list] tbody tr");
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Contains("Xem", r.TextContent, StringComparison.Ordinal));

        var (_, byOther) = await board.GetPageAsync($"/Audit?member={app.Data.HanhChinhMember}&action=Denied");
        Assert.Empty(byOther.QuerySelectorAll("[data-testid=audit-list] tbody tr"));

        var (badUnit, badUnitPage) = await board.GetPageAsync($"/Audit?unit={Guid.NewGuid()}");
        Assert.Equal(HttpStatusCode.OK, badUnit.StatusCode);
        Assert.Contains(badUnitPage.QuerySelector("#audit-search")!.QuerySelectorAll(".text-danger"), e => e.TextContent.Trim().Length > 0);

        var inspection = await app.NewSession(DemoAccounts.Inspection);
        Assert.Equal(HttpStatusCode.OK, (await inspection.GetAsync("/Audit")).StatusCode);
        var (_, cellPage) = await viewer.GetPageAsync($"/Members/Details/{app.Data.HanhChinhMember}");
        Assert.Null(cellPage.QuerySelector("#member-audit"));
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.GetAsync("/Audit")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.NewSession(DemoAccounts.Standing)).GetAsync("/Audit")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.NewSession(DemoAccounts.Admin)).GetAsync("/Audit/Verify")).StatusCode);
    }

    [Fact]
    public async Task The_search_pages_newest_first_fifty_at_a_time()
    {
        var board = await app.NewSession(DemoAccounts.Board);
        var (_, first) = await board.GetPageAsync("/Audit");
        var sequences = first.QuerySelectorAll("[data-testid=audit-list] tbody tr").Select(r => long.Parse(r.GetAttribute("data-sequence")!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(50, sequences.Count);
        Assert.Equal(sequences.OrderDescending(), sequences);

        var next = first.QuerySelector("#audit-next")!.GetAttribute("href")!;
        var (_, second) = await board.GetPageAsync(next);
        var more = second.QuerySelectorAll("[data-testid=audit-list] tbody tr").Select(r => long.Parse(r.GetAttribute("data-sequence")!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.NotEmpty(more);
        Assert.True(more.Max() < sequences.Min());
    }

    [Fact]
    public async Task The_verify_page_shows_an_intact_chain()
    {
        var board = await app.NewSession(DemoAccounts.Inspection);
        var (response, page) = await board.GetPageAsync("/Audit/Verify");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(page.QuerySelector("[data-testid=audit-valid]"));
        Assert.True(long.Parse(page.QuerySelector("[data-testid=audit-rows]")!.TextContent, System.Globalization.CultureInfo.InvariantCulture) > 100);
    }
}
