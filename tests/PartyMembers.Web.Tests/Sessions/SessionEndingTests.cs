using System.Net;
using Microsoft.EntityFrameworkCore;
using PartyMembers.Infrastructure.Identity;
using PartyMembers.Infrastructure.Seeding;
using PartyMembers.Web.Tests.Admin;
using PartyMembers.Web.Tests.Support;
using static PartyMembers.Web.Tests.Admin.AdminSteps;

namespace PartyMembers.Web.Tests.Sessions;

/// Cookies, sign-out and everything that ends a session on the server. The tests end sessions of accounts they create,
/// so they run with the administrator's tests.
[Collection(AdminCollection.Name)]
public sealed class SessionEndingTests(AppFixture app)
{
    private const string Password = "Song-Lam-nuoc-xanh-biec-2026";

    private async Task<Guid> NewAccountAsync(string userName) => await CreateUserAsync(app, userName, Password);

    private Task<List<UserSession>> SessionsOfAsync(Guid userId) =>
        app.Factory.WithDbAsync(db => db.UserSessions.AsNoTracking().Where(s => s.UserId == userId).ToListAsync());

    [Fact]
    public async Task Every_cookie_is_Host_prefixed_Secure_HttpOnly_and_SameSite_Strict_and_carries_only_a_session_key()
    {
        var browser = new CookieBrowser(app.Factory);
        var page = await browser.GetAsync("/Account/Login");
        var pageCookies = browser.LastSetCookies;
        await browser.SignInAsync(DemoAccounts.Board, AppFactory.Password);
        var signInCookies = browser.LastSetCookies;

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains(pageCookies, c => c.StartsWith(global::PartyMembers.Web.Security.SessionSetup.AntiforgeryCookie + "=", StringComparison.Ordinal));
        Assert.Contains(signInCookies, c => c.StartsWith(global::PartyMembers.Web.Security.SessionSetup.ApplicationCookie + "=", StringComparison.Ordinal));
        foreach (var cookie in pageCookies.Concat(signInCookies))
        {
            var attributes = cookie.Split(';').Skip(1).Select(a => a.Trim().ToLowerInvariant()).ToList();
            Assert.StartsWith("__Host-", cookie, StringComparison.Ordinal);
            Assert.Contains("secure", attributes);
            Assert.Contains("httponly", attributes);
            Assert.Contains("samesite=strict", attributes);
            Assert.Contains("path=/", attributes);
            Assert.DoesNotContain(attributes, a => a.StartsWith("domain=", StringComparison.Ordinal));
        }

        // The cookie holds a session key, not the account: a session row exists for it.
        var board = await app.Factory.WithDbAsync(db => db.Users.Where(u => u.UserName == DemoAccounts.Board).Select(u => u.Id).SingleAsync());
        Assert.Contains(await SessionsOfAsync(board), s => s.EndedAtUtc is null && s.KeyHash is not null);
    }

    [Fact]
    public async Task A_cookie_copied_before_sign_out_is_refused_afterwards()
    {
        var userId = await NewAccountAsync("phien.dangxuat");
        var browser = new CookieBrowser(app.Factory);
        await browser.SignInAsync("phien.dangxuat", Password);
        var copy = new CookieBrowser(app.Factory, new Dictionary<string, string>(browser.Jar));
        Assert.Equal(HttpStatusCode.OK, (await copy.GetAsync("/")).StatusCode);

        var signOut = await browser.SubmitAsync("/", "form[action='/Account/Logout']", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        SessionAssert.SentToSignIn(await copy.GetAsync("/"));
        var session = Assert.Single(await SessionsOfAsync(userId));
        Assert.Equal(SessionEndReason.SignedOut, session.EndReason);
        Assert.Null(session.KeyHash);
        Assert.Null(session.Ticket);
    }

    public static TheoryData<string> AdministratorChanges() => new() { "disable", "reset", "assign" };

    [Theory]
    [MemberData(nameof(AdministratorChanges))]
    public async Task An_administrators_change_to_the_account_ends_its_sessions_at_the_next_request(string change)
    {
        var userName = "phien." + change;
        var userId = await NewAccountAsync(userName);
        var user = new CookieBrowser(app.Factory);
        await user.SignInAsync(userName, Password);
        Assert.Equal(HttpStatusCode.OK, (await user.GetAsync("/")).StatusCode);
        var admin = await AdminAsync(app);

        var response = change switch
        {
            "disable" => await admin.SubmitAsync($"/Admin/Users/Disable/{userId}", "form[data-testid=disable-form]", new Dictionary<string, string>()),
            "reset" => await admin.SubmitAsync($"/Admin/Users/ResetPassword/{userId}", "form[data-testid=reset-password-form]",
                new Dictionary<string, string> { ["Input.NewPassword"] = "Nui-Hong-Linh-may-trang-2026" }),
            _ => await admin.SubmitAsync($"/Admin/Users/AddAssignment/{userId}", "form[data-testid=assignment-form]", new Dictionary<string, string>
            {
                ["Input.Role"] = nameof(PartyMembers.Domain.Accounts.Role.CellSecretary),
                ["Input.UnitId"] = app.Data.TongHopCell.ToString(),
                ["Input.ValidFrom"] = D(Today),
            }),
        };

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        SessionAssert.SentToSignIn(await user.GetAsync("/"));
        var session = Assert.Single(await SessionsOfAsync(userId));
        Assert.Equal(change == "disable" ? SessionEndReason.AccountDisabled : SessionEndReason.AccountChanged, session.EndReason);
    }

    [Fact]
    public async Task The_administrator_ends_all_sessions_of_an_account_with_a_reason()
    {
        var userId = await NewAccountAsync("phien.quantri");
        var office = new CookieBrowser(app.Factory);
        var phone = new CookieBrowser(app.Factory);
        await office.SignInAsync("phien.quantri", Password);
        await phone.SignInAsync("phien.quantri", Password);
        var admin = await AdminAsync(app);
        var url = $"/Admin/Users/Sessions/{userId}";

        var (page, document) = await admin.GetPageAsync(url);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(2, document.QuerySelectorAll("tr[data-testid=session-row][data-state=active]").Length);

        var noReason = await admin.SubmitAsync(url, "form[data-testid=end-all-form]", new Dictionary<string, string> { ["Input.Reason"] = "  " });
        Assert.Equal(HttpStatusCode.OK, noReason.StatusCode);
        Assert.Equal("Xin nhập lý do.", (await AppClient.ParseAsync(noReason)).FieldError("Input.Reason"));
        Assert.Equal(HttpStatusCode.OK, (await office.GetAsync("/")).StatusCode);

        var ended = await admin.SubmitAsync(url, "form[data-testid=end-all-form]", new Dictionary<string, string> { ["Input.Reason"] = "Máy bị mất" });

        Assert.Equal(HttpStatusCode.Redirect, ended.StatusCode);
        SessionAssert.SentToSignIn(await office.GetAsync("/"));
        SessionAssert.SentToSignIn(await phone.GetAsync("/"));
        Assert.All(await SessionsOfAsync(userId), s => Assert.Equal(SessionEndReason.EndedByAdministrator, s.EndReason));
        var audit = await LastAuditAsync(app, AccountEntity, userId);
        Assert.Equal(DemoAccounts.Admin, audit.UserName);
        Assert.Equal("Quản trị viên kết thúc các phiên đăng nhập: Máy bị mất", audit.Reason);
        var (_, after) = await admin.GetPageAsync(url);
        Assert.Empty(after.QuerySelectorAll("tr[data-testid=session-row][data-state=active]"));
        Assert.Contains("Quản trị viên kết thúc", after.QuerySelector("[data-testid=session-table]")?.TextContent, StringComparison.Ordinal);

        // The account signs in again as usual.
        await office.SignInAsync("phien.quantri", Password);
        Assert.Equal(HttpStatusCode.OK, (await office.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task The_administrator_cannot_end_their_own_sessions_from_the_account_page()
    {
        var admin = await AdminAsync(app);
        var url = $"/Admin/Users/Sessions/{app.Data.AdminUser}";

        var forged = await admin.PostAsync(url, new Dictionary<string, string> { ["Input.Reason"] = "Thử" }, url);

        Assert.Equal(HttpStatusCode.OK, forged.StatusCode);
        Assert.Contains("Phiên đăng nhập của chính đồng chí", (await AppClient.ParseAsync(forged)).Text(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/Admin")).StatusCode);
    }

    [Fact]
    public async Task A_user_signs_out_their_other_sessions_and_keeps_this_one()
    {
        var userId = await NewAccountAsync("phien.cuatoi");
        var here = new CookieBrowser(app.Factory);
        var there = new CookieBrowser(app.Factory);
        await here.SignInAsync("phien.cuatoi", Password);
        await there.SignInAsync("phien.cuatoi", Password);

        var page = await here.GetAsync("/Account/Sessions");
        var document = await AppClient.ParseAsync(page);
        Assert.Equal(2, document.QuerySelectorAll("tr[data-testid=session-row][data-state=active]").Length);
        Assert.Single(document.QuerySelectorAll("[data-testid=current-session]"));

        // A form that does not name the session it was shown in ends nothing.
        var stale = await there.SubmitAsync("/Account/Sessions", "form[data-testid=end-others-form]", new Dictionary<string, string> { ["Input.Current"] = "" });
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Contains("Danh sách phiên đã thay đổi", (await AppClient.ParseAsync(stale)).Text(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await here.GetAsync("/")).StatusCode);

        var response = await here.SubmitAsync("/Account/Sessions", "form[data-testid=end-others-form]", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        SessionAssert.SentToSignIn(await there.GetAsync("/"));
        Assert.Equal(HttpStatusCode.OK, (await here.GetAsync("/")).StatusCode);
        var sessions = await SessionsOfAsync(userId);
        Assert.Single(sessions, s => s.EndedAtUtc is null);
        Assert.Single(sessions, s => s.EndReason == SessionEndReason.EndedByUser);
    }
}
