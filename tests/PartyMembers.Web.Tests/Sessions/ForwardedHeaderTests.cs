using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using PartyMembers.Infrastructure.Seeding;
using PartyMembers.Web.Tests.Support;

namespace PartyMembers.Web.Tests.Sessions;

/// X-Forwarded-For and X-Forwarded-Proto count only when they come from a configured proxy (here 10.9.8.7): the
/// session records the client network the application believed, and https from the proxy lets the forms work over an
/// http hop.
[Collection(SessionsCollection.Name)]
public sealed partial class ForwardedHeaderTests(SessionsFixture app)
{
    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    private async Task<HttpContext> SendAsync(string method, string scheme, string remote, string? cookie, string? body)
    {
        return await app.Factory.Server.SendAsync(context =>
        {
            context.Request.Method = method;
            context.Request.Scheme = scheme;
            context.Request.Host = new HostString("localhost");
            context.Request.Path = "/Account/Login";
            context.Connection.RemoteIpAddress = IPAddress.Parse(remote);
            context.Request.Headers["X-Forwarded-For"] = "203.0.113.7";
            context.Request.Headers["X-Forwarded-Proto"] = "https";
            if (cookie is not null)
            {
                context.Request.Headers.Cookie = cookie;
            }

            if (body is not null)
            {
                context.Request.ContentType = "application/x-www-form-urlencoded";
                context.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes(body));
            }
        });
    }

    /// Signs in through the login page as if the request came from <paramref name="remote"/> and returns the client
    /// network recorded on the new session.
    private async Task<string?> SignInFromAsync(string scheme, string remote)
    {
        var page = await SendAsync("GET", scheme, remote, null, null);
        Assert.Equal(StatusCodes.Status200OK, page.Response.StatusCode);
        var html = await new StreamReader(page.Response.Body).ReadToEndAsync();
        var token = TokenPattern().Match(html).Groups[1].Value;
        var cookie = string.Join("; ", page.Response.Headers.SetCookie.Select(c => c!.Split(';')[0]));
        var form = await new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.UserName"] = DemoAccounts.Inspection,
            ["Input.Password"] = AppFactory.Password,
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token),
        }).ReadAsStringAsync();

        var signIn = await SendAsync("POST", scheme, remote, cookie, form);

        Assert.Equal(StatusCodes.Status302Found, signIn.Response.StatusCode);
        return await app.Factory.WithDbAsync(db => db.UserSessions.AsNoTracking()
            .OrderByDescending(s => s.CreatedAtUtc).Select(s => s.ClientNetwork).FirstAsync());
    }

    [Fact]
    public async Task Headers_from_the_configured_proxy_give_the_client_address_and_https()
    {
        // The hop from the proxy is http: the antiforgery cookie (Secure only) works because the proxy says https.
        var network = await SignInFromAsync("http", SessionsFixture.Proxy);

        Assert.Equal("203.0.113.0/24", network);
    }

    [Fact]
    public async Task Headers_from_any_other_address_are_ignored()
    {
        var network = await SignInFromAsync("https", "10.9.8.6");

        Assert.Equal("10.9.8.0/24", network);
    }
}
