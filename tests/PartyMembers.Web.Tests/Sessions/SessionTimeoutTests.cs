using System.Net;
using Microsoft.EntityFrameworkCore;
using PartyMembers.Infrastructure.Identity;
using PartyMembers.Infrastructure.Seeding;
using PartyMembers.Web.Tests.Support;

namespace PartyMembers.Web.Tests.Sessions;

/// Idle timeout (30 minutes) and absolute lifetime (8 hours) are enforced by the server, whatever cookie the browser
/// sends back: the cookie's own expiry is 8 hours, so an idle session is refused only by the session store.
[Collection(SessionsCollection.Name)]
public sealed class SessionTimeoutTests(SessionsFixture app)
{
    private async Task<SessionEndReason?> LatestEndReasonAsync(string userName) =>
        await app.Factory.WithDbAsync(db => (
                from s in db.UserSessions.AsNoTracking()
                join u in db.Users on s.UserId equals u.Id
                where u.UserName == userName
                orderby s.CreatedAtUtc descending
                select s.EndReason)
            .FirstAsync());

    [Fact]
    public async Task A_session_idle_longer_than_the_idle_timeout_is_refused_and_activity_keeps_it_open()
    {
        var browser = new CookieBrowser(app.Factory);
        await browser.SignInAsync(DemoAccounts.CellTongHop, AppFactory.Password);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/")).StatusCode);

        app.Clock.Advance(TimeSpan.FromMinutes(29));
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/")).StatusCode);
        app.Clock.Advance(TimeSpan.FromMinutes(29));
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/")).StatusCode);
        Assert.Null(await LatestEndReasonAsync(DemoAccounts.CellTongHop));

        app.Clock.Advance(TimeSpan.FromMinutes(31));
        SessionAssert.SentToSignIn(await browser.GetAsync("/"));
        Assert.Equal(SessionEndReason.Idle, await LatestEndReasonAsync(DemoAccounts.CellTongHop));

        // The same cookie stays refused, and signing in again opens a new session.
        SessionAssert.SentToSignIn(await browser.GetAsync("/"));
        await browser.SignInAsync(DemoAccounts.CellTongHop, AppFactory.Password);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task An_active_session_is_refused_at_the_end_of_its_absolute_lifetime()
    {
        var browser = new CookieBrowser(app.Factory);
        await browser.SignInAsync(DemoAccounts.Board, AppFactory.Password);

        // A request every 29 minutes: never idle. 16 x 29 = 464 minutes is inside 8 hours, 17 x 29 = 493 is not.
        for (var step = 1; step <= 16; step++)
        {
            app.Clock.Advance(TimeSpan.FromMinutes(29));
            Assert.True((await browser.GetAsync("/")).StatusCode == HttpStatusCode.OK, $"refused after {step * 29} minutes");
        }

        app.Clock.Advance(TimeSpan.FromMinutes(29));
        SessionAssert.SentToSignIn(await browser.GetAsync("/"));
        Assert.Equal(SessionEndReason.Expired, await LatestEndReasonAsync(DemoAccounts.Board));
    }
}
