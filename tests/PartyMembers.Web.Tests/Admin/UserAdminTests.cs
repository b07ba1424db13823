using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using PartyMembers.Domain.Accounts;
using PartyMembers.Infrastructure.Seeding;
using PartyMembers.Web.Tests.Support;
using static PartyMembers.Web.Tests.Admin.AdminSteps;

namespace PartyMembers.Web.Tests.Admin;

/// Accounts and their assignments: what the administrator does decides what the user can reach on the next request.
[Collection(AdminCollection.Name)]
public sealed class UserAdminTests(AppFixture app)
{
    private const string Password = "Mat-khau-ban-dau-2026";
    private const string AssignmentEntity = nameof(RoleAssignment);

    private Task<PartyMembers.Infrastructure.Identity.ApplicationUser> AccountAsync(Guid id) =>
        app.Factory.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Id == id));

    private static async Task<HttpResponseMessage> SignInAttemptAsync(AppClient client, string userName, string password) =>
        await client.SubmitAsync("/Account/Login", "main form", new Dictionary<string, string>
        {
            ["Input.UserName"] = userName,
            ["Input.Password"] = password,
        });

    [Fact]
    public async Task A_new_account_can_sign_in_and_is_told_it_has_no_assignment_yet()
    {
        var admin = await AdminAsync(app);

        var response = await admin.SubmitAsync("/Admin/Users/Create", "form[data-testid=user-create-form]", new Dictionary<string, string>
        {
            ["Input.UserName"] = "chibo.luutru",
            ["Input.DisplayName"] = "  Bí thư   Chi bộ Phòng Lưu trữ ",
            ["Input.Password"] = Password,
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var account = await app.Factory.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.UserName == "chibo.luutru"));
        Assert.Equal($"/Admin/Users/Details/{account.Id}", response.Headers.Location!.OriginalString);
        Assert.Equal("Bí thư Chi bộ Phòng Lưu trữ", account.DisplayName);
        Assert.False(account.IsDisabled);
        var audit = await LastAuditAsync(app, AccountEntity, account.Id);
        Assert.Equal(DemoAccounts.Admin, audit.UserName);
        Assert.Equal("Tạo tài khoản", audit.Reason);
        Assert.DoesNotContain(Password, audit.Changes, StringComparison.Ordinal);

        var (_, details) = await admin.GetPageAsync($"/Admin/Users/Details/{account.Id}");
        Assert.Contains("Đã tạo tài khoản.", details.QuerySelector("[data-testid=status-message]")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("Tài khoản chưa được phân công nhiệm vụ nào.", details.QuerySelector("[data-testid=no-assignments]")?.TextContent.Trim());

        var user = await SignInAsync(app, "chibo.luutru", Password);
        var (home, dashboard) = await user.GetPageAsync("/");
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Equal("Tài khoản chưa được phân công nhiệm vụ nào đang có hiệu lực. Xin liên hệ quản trị viên.",
            dashboard.QuerySelector("[data-testid=no-assignment]")?.TextContent.Trim());
        Assert.Equal(HttpStatusCode.Forbidden, (await user.GetAsync("/Cell")).StatusCode);
    }

    public static TheoryData<string, string, string, string> InvalidAccounts() => new()
    {
        { DemoAccounts.CellTongHop, Password, "Input.UserName", "Tên đăng nhập này đã có người dùng." },
        { "CHIBO.TONGHOP", Password, "Input.UserName", "Tên đăng nhập này đã có người dùng." },
        { "nguyễn.an", Password, "Input.UserName", "Tên đăng nhập gồm 3 đến 50 ký tự: chữ cái không dấu, chữ số, dấu chấm, gạch ngang hoặc gạch dưới." },
        { "an b", Password, "Input.UserName", "Tên đăng nhập gồm 3 đến 50 ký tự: chữ cái không dấu, chữ số, dấu chấm, gạch ngang hoặc gạch dưới." },
        { "", Password, "Input.UserName", "Xin nhập tên đăng nhập." },
        { "chibo.ngan", "ngan-qua", "Input.Password", "Mật khẩu phải có ít nhất 12 ký tự." },
        { "chibo.trong", "", "Input.Password", "Xin nhập mật khẩu." },
    };

    [Theory]
    [MemberData(nameof(InvalidAccounts))]
    public async Task An_invalid_account_is_refused_beside_the_field_and_nothing_is_saved(string userName, string password, string field, string message)
    {
        var admin = await AdminAsync(app);
        var accounts = await app.Factory.WithDbAsync(db => db.Users.CountAsync());
        var audit = await app.Factory.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Entity != AccountEntity || a.Action == PartyMembers.Infrastructure.Auditing.AuditAction.Insert));

        var response = await admin.SubmitAsync("/Admin/Users/Create", "form[data-testid=user-create-form]", new Dictionary<string, string>
        {
            ["Input.UserName"] = userName,
            ["Input.DisplayName"] = "Tài khoản không được tạo",
            ["Input.Password"] = password,
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await AppClient.ParseAsync(response);
        Assert.Equal(message, document.FieldError(field));
        Assert.Equal(accounts, await app.Factory.WithDbAsync(db => db.Users.CountAsync()));
        Assert.Equal(audit, await app.Factory.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Entity != AccountEntity || a.Action == PartyMembers.Infrastructure.Auditing.AuditAction.Insert)));

        // The password is never sent back to the browser.
        Assert.DoesNotContain(Password, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_assignment_opens_the_cell_area_and_ending_it_yesterday_closes_it_on_the_next_request()
    {
        var admin = await AdminAsync(app);
        var userId = await CreateUserAsync(app, "bithu.phanhcong", Password);
        var user = await SignInAsync(app, "bithu.phanhcong", Password);
        Assert.Equal(HttpStatusCode.Forbidden, (await user.GetAsync("/Cell")).StatusCode);
        var (form, formPage) = await admin.GetPageAsync($"/Admin/Users/AddAssignment/{userId}");
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        Assert.Contains("Bí thư chi bộ: Chi bộ cơ sở, Chi bộ trực thuộc", formPage.QuerySelector("[data-testid=role-help]")?.TextContent, StringComparison.Ordinal);

        var response = await admin.SubmitAsync($"/Admin/Users/AddAssignment/{userId}", "form[data-testid=assignment-form]", new Dictionary<string, string>
        {
            ["Input.Role"] = nameof(Role.CellSecretary),
            ["Input.UnitId"] = app.Data.TongHopCell.ToString(),
            ["Input.ValidFrom"] = D(Today.AddDays(-30)),
            ["Input.Note"] = "Quyết định 40-QĐ/ĐU",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/Admin/Users/Details/{userId}", response.Headers.Location!.OriginalString);
        var assignment = await app.Factory.WithDbAsync(db => db.RoleAssignments.AsNoTracking().SingleAsync(a => a.UserId == userId));
        Assert.Equal(Role.CellSecretary, assignment.Role);
        Assert.Equal(app.Data.TongHopCell, assignment.UnitId);
        Assert.Equal(Today.AddDays(-30), assignment.ValidFrom);
        Assert.Null(assignment.ValidTo);
        Assert.Equal("Quyết định 40-QĐ/ĐU", assignment.Note);
        var granted = await LastAuditAsync(app, AssignmentEntity, assignment.Id);
        Assert.Equal(DemoAccounts.Admin, granted.UserName);
        Assert.Equal("Phân công nhiệm vụ", granted.Reason);

        // A changed assignment ends the account's sessions: the user signs in again and finds the new area.
        Assert.Contains("/Account/Login", (await user.GetAsync("/Cell")).Headers.Location?.OriginalString, StringComparison.Ordinal);
        user = await SignInAsync(app, "bithu.phanhcong", Password);
        Assert.Equal(HttpStatusCode.OK, (await user.GetAsync("/Cell")).StatusCode);

        // The same role in the same unit for an overlapping period is refused.
        var overlap = await admin.SubmitAsync($"/Admin/Users/AddAssignment/{userId}", "form[data-testid=assignment-form]", new Dictionary<string, string>
        {
            ["Input.Role"] = nameof(Role.CellSecretary),
            ["Input.UnitId"] = app.Data.TongHopCell.ToString(),
        });
        Assert.Equal(HttpStatusCode.OK, overlap.StatusCode);
        Assert.Equal($"Tài khoản đã có nhiệm vụ này tại tổ chức này trong cùng khoảng thời gian (phân công từ ngày {D(Today.AddDays(-30))}).",
            (await AppClient.ParseAsync(overlap)).FieldError("Input.ValidFrom"));

        var endUrl = $"/Admin/Users/EndAssignment/{assignment.Id}";
        var (endPage, endDocument) = await admin.GetPageAsync(endUrl);
        Assert.Equal(HttpStatusCode.OK, endPage.StatusCode);
        Assert.Contains(DemoUnits.TongHopCell, endDocument.QuerySelector("[data-testid=assignment]")?.TextContent, StringComparison.Ordinal);
        var ended = await admin.SubmitAsync(endUrl, "form[data-testid=end-assignment-form]",
            new Dictionary<string, string> { ["Input.LastDay"] = D(Today.AddDays(-1)) });

        Assert.Equal(HttpStatusCode.Redirect, ended.StatusCode);
        Assert.Equal($"/Admin/Users/Details/{userId}", ended.Headers.Location!.OriginalString);
        var after = await app.Factory.WithDbAsync(db => db.RoleAssignments.AsNoTracking().SingleAsync(a => a.Id == assignment.Id));
        Assert.Equal(Today.AddDays(-1), after.ValidTo);
        var endAudit = await LastAuditAsync(app, AssignmentEntity, assignment.Id);
        Assert.Equal(DemoAccounts.Admin, endAudit.UserName);
        Assert.Equal("Kết thúc phân công nhiệm vụ", endAudit.Reason);
        Assert.Contains("/Account/Login", (await user.GetAsync("/Cell")).Headers.Location?.OriginalString, StringComparison.Ordinal);
        user = await SignInAsync(app, "bithu.phanhcong", Password);
        Assert.Equal(HttpStatusCode.Forbidden, (await user.GetAsync("/Cell")).StatusCode);
        var (_, details) = await admin.GetPageAsync($"/Admin/Users/Details/{userId}");
        var row = details.QuerySelector($"tr[data-assignment-id='{assignment.Id}']");
        Assert.Contains("Đã kết thúc", row?.TextContent, StringComparison.Ordinal);
        Assert.Null(row?.QuerySelector($"a[href='{endUrl}']"));
    }

    public static TheoryData<string, string, string, string> InvalidAssignments() => new()
    {
        { nameof(Role.CellSecretary), DemoUnits.VanPhongCommittee, "Input.UnitId", "Nhiệm vụ \"Bí thư chi bộ\" không giao được ở loại tổ chức \"Đảng bộ cơ sở\"." },
        { nameof(Role.OrganisationBoard), DemoUnits.TongHopCell, "Input.UnitId", "Nhiệm vụ \"Ban Tổ chức\" không giao được ở loại tổ chức \"Chi bộ trực thuộc\"." },
        { "", DemoUnits.TongHopCell, "Input.Role", "Xin chọn nhiệm vụ." },
        { nameof(Role.CellSecretary), "", "Input.UnitId", "Xin chọn tổ chức." },
    };

    [Theory]
    [MemberData(nameof(InvalidAssignments))]
    public async Task An_assignment_that_does_not_fit_is_refused_beside_the_field_and_nothing_is_saved(
        string role, string unitName, string field, string message)
    {
        var admin = await AdminAsync(app);
        var unit = unitName.Length == 0 ? "" : (await UnitIdAsync(app, unitName)).ToString();
        var user = app.Data.OtherUser;
        var assignments = await app.Factory.WithDbAsync(db => db.RoleAssignments.CountAsync());
        var audit = await AuditCountAsync(app);

        var response = await admin.SubmitAsync($"/Admin/Users/AddAssignment/{user}", "form[data-testid=assignment-form]", new Dictionary<string, string>
        {
            ["Input.Role"] = role,
            ["Input.UnitId"] = unit,
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(message, (await AppClient.ParseAsync(response)).FieldError(field));
        Assert.Equal(assignments, await app.Factory.WithDbAsync(db => db.RoleAssignments.CountAsync()));
        Assert.Equal(audit, await AuditCountAsync(app));
    }

    [Fact]
    public async Task Ending_an_assignment_needs_a_last_day_not_before_its_start()
    {
        var admin = await AdminAsync(app);
        var userId = await CreateUserAsync(app, "bithu.ketthuc", Password);
        var assignmentId = await AddAssignmentAsync(app, userId, nameof(Role.CellSecretary), app.Data.OutsideCell, Today.AddDays(-10));
        var before = await app.Factory.WithDbAsync(db => db.RoleAssignments.AsNoTracking().SingleAsync(a => a.Id == assignmentId));
        var audit = await AuditCountAsync(app);
        var url = $"/Admin/Users/EndAssignment/{assignmentId}";

        var empty = await admin.SubmitAsync(url, "form[data-testid=end-assignment-form]", new Dictionary<string, string> { ["Input.LastDay"] = "" });
        var early = await admin.SubmitAsync(url, "form[data-testid=end-assignment-form]",
            new Dictionary<string, string> { ["Input.LastDay"] = D(Today.AddDays(-20)) });

        Assert.Equal("Xin nhập ngày cuối cùng.", (await AppClient.ParseAsync(empty)).FieldError("Input.LastDay"));
        Assert.Equal("Ngày kết thúc không được trước ngày bắt đầu.", (await AppClient.ParseAsync(early)).FieldError("Input.LastDay"));
        var after = await app.Factory.WithDbAsync(db => db.RoleAssignments.AsNoTracking().SingleAsync(a => a.Id == assignmentId));
        Assert.Null(after.ValidTo);
        Assert.Equal(before.Version, after.Version);
        Assert.Equal(audit, await AuditCountAsync(app));
    }

    [Fact]
    public async Task A_disabled_account_loses_access_at_once_cannot_sign_in_and_is_enabled_again()
    {
        var admin = await AdminAsync(app);
        var userId = await CreateUserAsync(app, "bithu.khoa", Password);
        await AddAssignmentAsync(app, userId, nameof(Role.CellSecretary), app.Data.TongHopCell, Today.AddDays(-5));
        var session = await SignInAsync(app, "bithu.khoa", Password);
        Assert.Equal(HttpStatusCode.OK, (await session.GetAsync("/Cell")).StatusCode);
        var (page, confirm) = await admin.GetPageAsync($"/Admin/Users/Disable/{userId}");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Tài khoản bị khóa không đăng nhập được", confirm.Text(), StringComparison.Ordinal);

        var response = await admin.SubmitAsync($"/Admin/Users/Disable/{userId}", "form[data-testid=disable-form]", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/Admin/Users/Details/{userId}", response.Headers.Location!.OriginalString);
        Assert.True((await AccountAsync(userId)).IsDisabled);
        var audit = await LastAuditAsync(app, AccountEntity, userId);
        Assert.Equal(DemoAccounts.Admin, audit.UserName);
        Assert.Equal("Khóa tài khoản", audit.Reason);
        Assert.Contains("IsDisabled", audit.Changes, StringComparison.Ordinal);

        // The open session ends on the server at its next request (it goes to sign-in); signing in again is refused
        // with the usual message.
        foreach (var url in new[] { "/Cell", "/Members" })
        {
            using var ended = await session.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, ended.StatusCode);
            Assert.Contains("/Account/Login", ended.Headers.Location!.ToString(), StringComparison.Ordinal);
        }

        var refused = await SignInAttemptAsync(new AppClient(app.Factory), "bithu.khoa", Password);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Tên đăng nhập hoặc mật khẩu không đúng.", (await AppClient.ParseAsync(refused)).Text(), StringComparison.Ordinal);
        var (_, details) = await admin.GetPageAsync($"/Admin/Users/Details/{userId}");
        Assert.NotNull(details.QuerySelector("[data-testid=account] [data-testid=disabled]"));
        var (_, list) = await admin.GetPageAsync("/Admin/Users?Q=bithu.khoa");
        Assert.NotNull(list.QuerySelector("tr[data-testid=user-row] [data-testid=disabled]"));

        // Enabled again.
        var (enablePage, enableConfirm) = await admin.GetPageAsync($"/Admin/Users/Enable/{userId}");
        Assert.Equal(HttpStatusCode.OK, enablePage.StatusCode);
        Assert.Contains("Tài khoản được mở khóa sẽ đăng nhập lại được", enableConfirm.Text(), StringComparison.Ordinal);
        var enabled = await admin.SubmitAsync($"/Admin/Users/Enable/{userId}", "form[data-testid=enable-form]", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, enabled.StatusCode);
        Assert.False((await AccountAsync(userId)).IsDisabled);
        var enableAudit = await LastAuditAsync(app, AccountEntity, userId);
        Assert.Equal(DemoAccounts.Admin, enableAudit.UserName);
        Assert.Equal("Mở khóa tài khoản", enableAudit.Reason);
        var again = await SignInAsync(app, "bithu.khoa", Password);
        Assert.Equal(HttpStatusCode.OK, (await again.GetAsync("/Cell")).StatusCode);
    }

    /// The account page has its own disable and enable buttons (small forms posting to the Disable and Enable pages).
    /// A browser submits them with what they render, so they must carry the antiforgery token like every other form.
    [Fact]
    public async Task The_disable_and_enable_buttons_of_the_account_page_post_with_their_antiforgery_token()
    {
        var admin = await AdminAsync(app);
        var userId = await CreateUserAsync(app, "bithu.nutbam", Password);
        var (_, page) = await admin.GetPageAsync($"/Admin/Users/Details/{userId}");
        Assert.NotNull(page.QuerySelector("form[data-testid=disable-form] input[name=__RequestVerificationToken]"));

        var disabled = await admin.SubmitAsync($"/Admin/Users/Details/{userId}", "form[data-testid=disable-form]", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, disabled.StatusCode);
        Assert.True((await AccountAsync(userId)).IsDisabled);

        var enabled = await admin.SubmitAsync($"/Admin/Users/Details/{userId}", "form[data-testid=enable-form]", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, enabled.StatusCode);
        Assert.False((await AccountAsync(userId)).IsDisabled);
    }

    [Fact]
    public async Task The_administrator_cannot_disable_their_own_account()
    {
        var admin = await AdminAsync(app);
        var self = app.Data.AdminUser;
        var before = await AccountAsync(self);
        var url = $"/Admin/Users/Disable/{self}";

        var (page, document) = await admin.GetPageAsync(url);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("Đồng chí không tự khóa tài khoản của mình được; việc này do một quản trị viên khác thực hiện.",
            document.QuerySelector("[data-testid=self]")?.TextContent.Trim());
        Assert.Null(document.QuerySelector("form[data-testid=disable-form]"));
        var (_, details) = await admin.GetPageAsync($"/Admin/Users/Details/{self}");
        Assert.Null(details.QuerySelector("form[data-testid=disable-form]"));
        Assert.NotNull(details.QuerySelector("[data-testid=self-note]"));

        var forged = await admin.PostAsync(url, new Dictionary<string, string> { ["Input.ConcurrencyStamp"] = before.ConcurrencyStamp ?? "" }, "/Admin/Users/Create");

        Assert.Equal(HttpStatusCode.OK, forged.StatusCode);
        Assert.Contains("Đồng chí không tự khóa tài khoản của mình được", (await AppClient.ParseAsync(forged)).Text(), StringComparison.Ordinal);
        var after = await AccountAsync(self);
        Assert.False(after.IsDisabled);
        Assert.Equal(before.SecurityStamp, after.SecurityStamp);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/Admin")).StatusCode);
    }

    [Fact]
    public async Task The_administrator_cannot_end_their_own_administrator_assignment()
    {
        var admin = await AdminAsync(app);
        var own = await app.Factory.WithDbAsync(db => db.RoleAssignments.AsNoTracking()
            .SingleAsync(a => a.UserId == app.Data.AdminUser && a.Role == Role.Administrator));
        var url = $"/Admin/Users/EndAssignment/{own.Id}";
        var audit = await AuditCountAsync(app);

        var (page, document) = await admin.GetPageAsync(url);
        var forged = await admin.PostAsync(url, new Dictionary<string, string>
        {
            ["Input.Version"] = own.Version.ToString(),
            ["Input.LastDay"] = D(Today.AddDays(-1)),
        }, "/Admin/Users/Create");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        const string Message = "Đồng chí không tự kết thúc nhiệm vụ quản trị của mình được; việc này do một quản trị viên khác thực hiện.";
        Assert.Equal(Message, document.QuerySelector("[data-testid=own-administration]")?.TextContent.Trim());
        Assert.Null(document.QuerySelector("form[data-testid=end-assignment-form]"));
        Assert.Equal(HttpStatusCode.OK, forged.StatusCode);
        Assert.Contains(Message, (await AppClient.ParseAsync(forged)).Text(), StringComparison.Ordinal);
        Assert.Null((await app.Factory.WithDbAsync(db => db.RoleAssignments.AsNoTracking().SingleAsync(a => a.Id == own.Id))).ValidTo);
        Assert.Equal(audit, await AuditCountAsync(app));
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/Admin")).StatusCode);
    }

    [Fact]
    public async Task Disabling_from_a_page_loaded_before_another_change_to_the_account_shows_the_concurrency_message()
    {
        var admin = await AdminAsync(app);
        var userId = await CreateUserAsync(app, "bithu.dongthoi", Password);
        var url = $"/Admin/Users/Disable/{userId}";
        var (_, page) = await admin.GetPageAsync(url);
        var form = page.QuerySelector<AngleSharp.Html.Dom.IHtmlFormElement>("form[data-testid=disable-form]")!;
        var reset = await admin.SubmitAsync($"/Admin/Users/ResetPassword/{userId}", "form[data-testid=reset-password-form]",
            new Dictionary<string, string> { ["Input.NewPassword"] = "Mat-khau-khac-hoan-toan" });
        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);

        var stale = await admin.PostFormAsync(form, url, new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        var document = await AppClient.ParseAsync(stale);
        Assert.Contains("Hồ sơ vừa được người khác thay đổi.", document.Text(), StringComparison.Ordinal);
        var account = await AccountAsync(userId);
        Assert.False(account.IsDisabled);
        Assert.Equal(account.ConcurrencyStamp, document.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input[name='Input.ConcurrencyStamp']")?.Value);
    }

    [Fact]
    public async Task A_reset_password_replaces_the_old_one_and_a_short_one_is_refused()
    {
        var admin = await AdminAsync(app);
        var userId = await CreateUserAsync(app, "bithu.quenmatkhau", Password);
        var before = await AccountAsync(userId);
        var url = $"/Admin/Users/ResetPassword/{userId}";
        const string Form = "form[data-testid=reset-password-form]";

        var shortOne = await admin.SubmitAsync(url, Form, new Dictionary<string, string> { ["Input.NewPassword"] = "ngan-qua" });

        Assert.Equal(HttpStatusCode.OK, shortOne.StatusCode);
        Assert.Equal("Mật khẩu phải có ít nhất 12 ký tự.", (await AppClient.ParseAsync(shortOne)).FieldError("Input.NewPassword"));
        Assert.Equal(before.PasswordHash, (await AccountAsync(userId)).PasswordHash);

        var response = await admin.SubmitAsync(url, Form, new Dictionary<string, string> { ["Input.NewPassword"] = "Mat-khau-moi-da-dat-lai" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/Admin/Users/Details/{userId}", response.Headers.Location!.OriginalString);
        var after = await AccountAsync(userId);
        Assert.NotEqual(before.PasswordHash, after.PasswordHash);
        Assert.NotEqual(before.SecurityStamp, after.SecurityStamp);
        var audit = await LastAuditAsync(app, AccountEntity, userId);
        Assert.Equal(DemoAccounts.Admin, audit.UserName);
        Assert.Equal("Quản trị viên đặt lại mật khẩu", audit.Reason);
        Assert.DoesNotContain("Mat-khau-moi", audit.Changes, StringComparison.Ordinal);

        var old = await SignInAttemptAsync(new AppClient(app.Factory), "bithu.quenmatkhau", Password);
        Assert.Equal(HttpStatusCode.OK, old.StatusCode);
        var user = await SignInAsync(app, "bithu.quenmatkhau", "Mat-khau-moi-da-dat-lai");
        Assert.Equal(HttpStatusCode.OK, (await user.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task The_account_list_finds_accounts_without_diacritics()
    {
        var admin = await AdminAsync(app);

        var (response, document) = await admin.GetPageAsync("/Admin/Users?Q=tonghop");
        var (_, folded) = await admin.GetPageAsync("/Admin/Users?Q=QUAN%20TRI%20he%20thong");
        var (_, none) = await admin.GetPageAsync("/Admin/Users?Q=khong-co-tai-khoan-nay");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([DemoAccounts.CellTongHop], UserNames(document));
        Assert.Equal([DemoAccounts.Admin], UserNames(folded));
        Assert.Equal("Không có tài khoản nào phù hợp.", none.QuerySelector("[data-testid=no-results]")?.TextContent.Trim());
    }

    private static List<string> UserNames(AngleSharp.Html.Dom.IHtmlDocument document) =>
        document.QuerySelectorAll("tr[data-testid=user-row]").Select(r => r.QuerySelector("td")!.TextContent.Trim()).ToList();
}
