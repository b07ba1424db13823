using System.Net;
using Microsoft.EntityFrameworkCore;
using PartyMembers.Domain.Rules;
using PartyMembers.Infrastructure.Seeding;
using PartyMembers.Web.Tests.Support;
using static PartyMembers.Web.Tests.Admin.AdminSteps;

namespace PartyMembers.Web.Tests.Admin;

/// Every admin page renders its content for the administrator, and none shows a member: the administrator keeps the
/// structure of the organisation without any right to know who its members are.
[Collection(AdminCollection.Name)]
public sealed class AdminPagesTests(AppFixture app)
{
    /// A Saturday no other admin test declares, for the withdraw page.
    private static readonly DateOnly EntryDay = new(2026, 11, 7);

    public static TheoryData<string, string, string> Pages() => new()
    {
        { "/Admin", "h1", "Quản trị hệ thống" },
        { "/Admin/Units", "[data-testid=unit-tree]", DemoUnits.TongHopCell },
        { "/Admin/Units?HideDissolved=true", "[data-testid=unit-tree]", DemoUnits.VanPhongCommittee },
        { "/Admin/Units/Create", "h1", "Thêm tổ chức đảng" },
        { "/Admin/Units/Create?parent={committee}", "#Input_Type", "Chi bộ trực thuộc" },
        { "/Admin/Units/Edit/{cell}", "h1", "Sửa tổ chức đảng: " + DemoUnits.TongHopCell },
        { "/Admin/Units/Move/{cell}", "h1", "Chuyển trực thuộc: " + DemoUnits.TongHopCell },
        { "/Admin/Units/Dissolve/{cell}", "[data-testid=member-count]", "đảng viên đang sinh hoạt" },
        { "/Admin/Users", "[data-testid=user-table]", DemoAccounts.CellTongHop },
        { "/Admin/Users?Q=dao", "main", "Tài khoản" },
        { "/Admin/Users/Create", "h1", "Tạo tài khoản" },
        { "/Admin/Users/Details/{user}", "[data-testid=account]", DemoAccounts.Inspection },
        { "/Admin/Users/Details/{secretary}", "[data-testid=assignment-table]", DemoUnits.TongHopCell },
        { "/Admin/Users/AddAssignment/{user}", "h1", "Thêm phân công" },
        { "/Admin/Users/EndAssignment/{assignment}", "[data-testid=assignment]", "Ủy ban Kiểm tra" },
        { "/Admin/Users/Disable/{user}", "h1", "Khóa tài khoản: " + DemoAccounts.Inspection },
        { "/Admin/Users/Enable/{user}", "h1", "Mở khóa tài khoản: " + DemoAccounts.Inspection },
        { "/Admin/Users/ResetPassword/{user}", "h1", "Đặt lại mật khẩu: " + DemoAccounts.Inspection },
        { "/Admin/Holidays", "h1", "Ngày nghỉ, ngày làm bù" },
        { "/Admin/Holidays?Year=2026&From=02/02/2026&Days=30", "[data-testid=check-date]", "23/03/2026" },
        { "/Admin/Holidays/Create", "h1", "Khai báo ngày nghỉ, ngày làm bù" },
        { "/Admin/Holidays/Withdraw/{entry}", "[data-testid=entry]", "Làm bù cho trang rút khai báo" },
        { "/Admin/Rules", "tr[data-key='" + RuleKeys.ProbationMonths + "']", "Thời gian dự bị của đảng viên mới kết nạp" },
        { "/Admin/Rules/Details?key=" + RuleKeys.ProbationMonths, "h1", "Thời gian dự bị của đảng viên mới kết nạp" },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Each_admin_page_renders_its_content_and_never_a_members_name(string template, string selector, string content)
    {
        var admin = await AdminAsync(app);
        var url = await UrlAsync(template);

        var (response, document) = await admin.GetPageAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var element = document.QuerySelector(selector);
        Assert.NotNull(element);
        Assert.Contains(content, element.TextContent, StringComparison.Ordinal);
        Assert.Equal("Quản trị hệ thống", document.QuerySelector("ol.breadcrumb li")?.TextContent.Trim());

        // The whole page, text and attributes, decoded.
        var html = document.DocumentElement.OuterHtml;
        Assert.DoesNotContain(DemoMembers.Dao, html, StringComparison.Ordinal);
        Assert.DoesNotContain(DemoMembers.TranVanDao, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_administrator_reaches_no_member_page()
    {
        var admin = await AdminAsync(app);

        Assert.Equal(HttpStatusCode.Forbidden, (await admin.GetAsync("/Members")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await admin.GetAsync($"/Members/Details/{app.Data.TongHopMember}")).StatusCode);
    }

    private async Task<string> UrlAsync(string template)
    {
        var data = app.Data;
        var url = template
            .Replace("{cell}", data.TongHopCell.ToString(), StringComparison.Ordinal)
            .Replace("{user}", data.OtherUser.ToString(), StringComparison.Ordinal)
            .Replace("{assignment}", data.OtherUsersAssignment.ToString(), StringComparison.Ordinal);
        if (url.Contains("{committee}", StringComparison.Ordinal))
        {
            url = url.Replace("{committee}", (await UnitIdAsync(app, DemoUnits.VanPhongCommittee)).ToString(), StringComparison.Ordinal);
        }

        if (url.Contains("{secretary}", StringComparison.Ordinal))
        {
            var secretary = await app.Factory.WithDbAsync(db => db.Users.Where(u => u.UserName == DemoAccounts.CellTongHop).Select(u => u.Id).SingleAsync());
            url = url.Replace("{secretary}", secretary.ToString(), StringComparison.Ordinal);
        }

        if (url.Contains("{entry}", StringComparison.Ordinal))
        {
            var entry = await app.Factory.WithDbAsync(db => db.CalendarEntries.Where(e => e.Date == EntryDay && !e.IsWithdrawn)
                .Select(e => (Guid?)e.Id).FirstOrDefaultAsync())
                ?? await AddEntryAsync(app, EntryDay, nameof(Domain.Calendar.CalendarExceptionKind.WorkingDay), "Làm bù cho trang rút khai báo");
            url = url.Replace("{entry}", entry.ToString(), StringComparison.Ordinal);
        }

        return url;
    }
}
