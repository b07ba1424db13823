using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using PartyMembers.Infrastructure.Seeding;
using PartyMembers.Web.Tests.Authorization;
using PartyMembers.Web.Tests.Support;

namespace PartyMembers.Web.Tests.Security;

/// What OWASP ZAP's baseline scan checks passively (ZAP is not packaged for Debian, so it cannot run here), over every
/// GET page and handler of the application, at the addresses of the authorization matrix (real records), anonymous and
/// as a user the matrix lets in: security headers, no-store, no banners, cookie attributes, no stack traces, no
/// directory listings.
[Collection(AppCollection.Name)]
public sealed partial class PassiveScanTests(AppFixture app)
{
    [Fact]
    public async Task Every_GET_page_and_handler_carries_the_headers_anonymous_and_as_an_allowed_user()
    {
        var handlers = await AuthorizationMatrixTests.HandlersAsync(app.Factory.Services);
        var getHandlers = handlers.Where(h => h.Method == "GET").ToHashSet();
        var reached = new HashSet<(string Page, string Method, string? Handler)>();
        var scanned = 0;
        foreach (var row in AuthorizationMatrix.Rows.Where(r => r.Method == "GET"))
        {
            var url = row.Url(app.Data);
            var allowed = row.Expected.Where(e => e.Value == Expect.Allow).Select(e => e.Key).ToList();
            var users = new List<string> { AuthorizationMatrix.Anonymous };
            users.AddRange(allowed.Where(u => u != AuthorizationMatrix.Anonymous).Take(1));
            foreach (var user in users)
            {
                var client = user == AuthorizationMatrix.Anonymous ? app.Anonymous() : await app.As(user);
                using var response = await client.GetAsync(url);
                var what = $"GET {url} [{row.Case}] as {user} ({(int)response.StatusCode})";
                await ScanAsync(response, what, https: false);
                scanned++;
                if (user != AuthorizationMatrix.Anonymous && (int)response.StatusCode < 400)
                {
                    reached.Add((row.Page, row.Method, row.Handler));
                }
            }
        }

        // Every GET handler was reached by a user the matrix lets in (a page only ever 403 or 404 would not be scanned).
        var notReached = getHandlers.Except(reached)
            .Where(h => AuthorizationMatrix.Rows.Any(r => r.Page == h.Page && r.Method == h.Method && r.Handler == h.Handler
                && r.Expected.Any(e => e.Key != AuthorizationMatrix.Anonymous && e.Value == Expect.Allow)))
            .Select(h => $"{h.Page}{(h.Handler is null ? "" : "?handler=" + h.Handler)}")
            .ToList();
        Assert.True(notReached.Count == 0, "GET pages never reached by an allowed user: " + string.Join(", ", notReached));
        Assert.True(scanned > getHandlers.Count, $"only {scanned} responses scanned");
    }

    [Fact]
    public async Task Sign_in_and_pages_over_https_set_only_secure_http_only_same_site_cookies()
    {
        var http = app.Factory.CreateClient(new WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false, HandleCookies = true,
        });

        using var login = await http.GetAsync("/Account/Login");
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        Assert.True(login.Headers.Contains("Set-Cookie"), "the sign-in page sets the antiforgery cookie");
        await ScanAsync(login, "GET https /Account/Login", https: true);

        var document = await AppClient.ParseAsync(login);
        var form = document.QuerySelector<IHtmlFormElement>("main form")!;
        var fields = AppClient.FormFields(form);
        fields["Input.UserName"] = DemoAccounts.CellTongHop;
        fields["Input.Password"] = AppFactory.Password;
        using var content = new FormUrlEncodedContent(fields);
        using var signedIn = await http.PostAsync("/Account/Login", content);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.True(signedIn.Headers.Contains("Set-Cookie"), "signing in sets the session cookie");
        await ScanAsync(signedIn, "POST https /Account/Login", https: true);

        using var home = await http.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        await ScanAsync(home, "GET https /", https: true);

        // The language switch sets its own cookie.
        var homeDocument = await AppClient.ParseAsync(home);
        var culture = homeDocument.QuerySelector<IHtmlFormElement>("header form[action='/Culture']")!;
        var cultureFields = AppClient.FormFields(culture);
        cultureFields["culture"] = "en-GB";
        using var cultureContent = new FormUrlEncodedContent(cultureFields);
        using var switched = await http.PostAsync("/Culture", cultureContent);
        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        Assert.True(switched.Headers.Contains("Set-Cookie"));
        await ScanAsync(switched, "POST https /Culture", https: true);
    }

    [Theory]
    [InlineData("/css/")]
    [InlineData("/js/")]
    [InlineData("/lib/")]
    [InlineData("/lib/bootstrap/")]
    [InlineData("/App_Data/")]
    public async Task No_folder_lists_its_files(string folder)
    {
        using var response = await app.Anonymous().GetAsync(folder);
        var body = await response.Content.ReadAsStringAsync();
        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("site.css", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("site.js", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("bootstrap.min", body, StringComparison.OrdinalIgnoreCase);
        SecurityAssertions.CommonHeaders(response, "GET " + folder);
        SecurityAssertions.NoStackTrace(body, "GET " + folder);
    }

    [Theory]
    [InlineData("/css/site.css")]
    [InlineData("/css/print.css")]
    [InlineData("/js/site.js")]
    [InlineData("/lib/bootstrap/dist/css/bootstrap.min.css")]
    [InlineData("/lib/bootstrap/dist/js/bootstrap.bundle.min.js")]
    [InlineData("/favicon.ico")]
    public async Task Static_files_carry_nosniff_and_may_be_cached(string path)
    {
        using var response = await app.Anonymous().GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        SecurityAssertions.CommonHeaders(response, "GET " + path);
        Assert.False(response.Headers.CacheControl?.NoStore == true, $"{path} is a static file and may be cached");
        Assert.False(response.Headers.Contains("Set-Cookie"), $"{path} sets a cookie");
    }

    [Fact]
    public void No_template_has_an_inline_script_style_or_event_handler()
    {
        // The Content-Security-Policy blocks them: a template that still has one is broken in the browser.
        var root = app.Factory.Services.GetRequiredService<IWebHostEnvironment>().ContentRootPath;
        var templates = Directory.EnumerateFiles(root, "*.cshtml", SearchOption.AllDirectories).ToList();
        Assert.NotEmpty(templates);
        var offending = templates
            .SelectMany(path => File.ReadLines(path).Select((line, i) => (path, line, i)))
            .Where(t => InlineCode().IsMatch(t.line))
            .Select(t => $"{Path.GetRelativePath(root, t.path)}:{t.i + 1}")
            .ToList();
        Assert.True(offending.Count == 0, "Inline style or script: " + string.Join(", ", offending));
    }

    [GeneratedRegex(@"\sstyle\s*=|<style|<script(?![^>]*\ssrc=)|\son[a-z]+\s*=\s*[""']", RegexOptions.IgnoreCase)]
    private static partial Regex InlineCode();

    private static async Task ScanAsync(HttpResponseMessage response, string what, bool https)
    {
        Assert.True((int)response.StatusCode < 500, $"{what}: a server error");
        SecurityAssertions.CommonHeaders(response, what);
        SecurityAssertions.Cookies(response, https, what);
        if (!SecurityAssertions.IsStatic(response.Content.Headers.ContentType))
        {
            SecurityAssertions.NotStored(response, what);
        }

        var mediaType = response.Content.Headers.ContentType?.MediaType;
        if (mediaType is null or "text/html" or "text/plain" or "application/json")
        {
            SecurityAssertions.NoStackTrace(await response.Content.ReadAsStringAsync(), what);
        }

        if (mediaType == "text/html")
        {
            // Nothing the Content-Security-Policy would block: no inline script, style or event handler.
            var document = await AppClient.ParseAsync(response);
            Assert.True(document.QuerySelectorAll("[style], style").Length == 0, $"{what}: an inline style");
            Assert.True(document.Scripts.All(s => !string.IsNullOrEmpty(s.Source)), $"{what}: an inline script");
            Assert.True(
                !document.All.Any(e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase))),
                $"{what}: an inline event handler");
        }
    }
}
