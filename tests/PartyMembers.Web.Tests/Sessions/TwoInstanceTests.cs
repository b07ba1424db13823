using System.Net;
using Microsoft.EntityFrameworkCore;
using PartyMembers.Infrastructure.Seeding;
using PartyMembers.Web.Tests.Support;

namespace PartyMembers.Web.Tests.Sessions;

/// Two instances of the application on one database, as behind a load balancer without sticky sessions: a session
/// started on one is accepted by the other (sessions and Data Protection keys are in the database), a form loaded and
/// posted on the other is saved, and a sign-out on one ends the session on both.
[Collection(SessionsCollection.Name)]
public sealed class TwoInstanceTests(SessionsFixture app)
{
    [Fact]
    public async Task A_session_started_on_one_instance_loads_and_posts_a_form_on_the_other()
    {
        var first = app.Factory;
        var units = await first.WithDbAsync(db => db.Units.CountAsync());
        var members = await first.WithDbAsync(db => db.Members.CountAsync());
        await using var second = new AppFactory(first) { Clock = app.Clock };
        _ = second.Server;
        Assert.Equal(units, await second.WithDbAsync(db => db.Units.CountAsync()));
        Assert.Equal(members, await second.WithDbAsync(db => db.Members.CountAsync()));

        // Both instances render their first forms at once (the first Data Protection key may be made by either).
        var onFirst = new CookieBrowser(first);
        var onSecond = new CookieBrowser(second, onFirst.Jar);
        var pages = await Task.WhenAll(onFirst.GetAsync("/Account/Login"), new CookieBrowser(second).GetAsync("/Account/Login"));
        Assert.All(pages, p => Assert.Equal(HttpStatusCode.OK, p.StatusCode));

        await onFirst.SignInAsync(DemoAccounts.CellTongHop, AppFactory.Password);
        var member = app.Data.TongHopMember;
        var response = await onSecond.SubmitAsync($"/Members/Edit/{member}", "main form", new Dictionary<string, string>
        {
            ["Input.Occupation"] = "Chuyên viên (hai máy chủ)",
            ["Input.Reason"] = "Thử hai máy chủ",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("Chuyên viên (hai máy chủ)", await first.WithDbAsync(db => db.Members.Where(m => m.Id == member).Select(m => m.Occupation).SingleAsync()));
        var details = await onFirst.GetAsync($"/Members/Details/{member}");
        Assert.Contains("Chuyên viên (hai máy chủ)", await details.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // Signing out on the second instance ends the session for the first one too, even with the cookie replayed.
        var cookie = onFirst.Jar[global::PartyMembers.Web.Security.SessionSetup.ApplicationCookie];
        var signOut = await onSecond.SubmitAsync("/Account/Sessions", "form[action='/Account/Logout']", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        onFirst.Jar[global::PartyMembers.Web.Security.SessionSetup.ApplicationCookie] = cookie;
        SessionAssert.SentToSignIn(await onFirst.GetAsync("/"));
    }
}
