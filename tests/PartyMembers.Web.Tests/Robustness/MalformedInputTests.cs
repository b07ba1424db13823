using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using PartyMembers.Infrastructure.Seeding;
using PartyMembers.Web.Tests.Support;

namespace PartyMembers.Web.Tests.Robustness;

/// Posts malformed and hostile values into every field of every form: never a 500, nothing saved, nothing rendered
/// unescaped.
[Collection(AppCollection.Name)]
public sealed class MalformedInputTests(AppFixture app)
{
    private const string Script = "<script>alert('pm')</script>";

    public static readonly string[] Values =
    [
        "",
        "   ",
        new string('x', 5000),
        Script,
        "\"><img src=x onerror=alert(1)>",
        "' OR 1=1 --",
        "Robert'); DROP TABLE Members;--",
        "\u202Eđ\u0000\uFFFF𝔘𝔫𝔦",
        "-1",
        "99999999999999999999999",
        "abc",
        "31/02/2026",
        "00000000-0000-0000-0000-000000000000",
    ];

    /// The pages with forms, and the account that may use each.
    public static TheoryData<string, string> Forms() => new()
    {
        { DemoAccounts.Board, "/Members/Create" },
        { DemoAccounts.Board, "/Members/Edit/{member}" },
        { DemoAccounts.Board, "/Members/ChangeStatus/{member}" },
        { DemoAccounts.Board, "/Members" },
        { DemoAccounts.CellTongHop, "/Members/Edit/{member}" },
        { AuthorizationMatrixUser.Anonymous, "/Account/Login" },
    };

    [Theory]
    [MemberData(nameof(Forms))]
    public async Task Hostile_values_in_any_field_never_fail_the_page_and_save_nothing(string user, string pageTemplate)
    {
        var client = user == AuthorizationMatrixUser.Anonymous ? app.Anonymous() : await app.NewSession(user);
        var member = await app.Factory.WithDbAsync(db => db.Members.AsNoTracking().SingleAsync(m => m.FullName == DemoMembers.Dao));
        var url = pageTemplate.Replace("{member}", member.Id.ToString(), StringComparison.Ordinal);
        var (page, document) = await client.GetPageAsync(url);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var form = document.QuerySelector<IHtmlFormElement>("main form[method=post]") ?? throw new InvalidOperationException("No form on " + url);
        var fields = AppClient.FormFields(form).Keys.Where(k => k != "__RequestVerificationToken").ToList();
        Assert.NotEmpty(fields);
        // Failed sign-ins count towards lockout on the account row; any other audit row would be a saved change.
        var auditBefore = await app.Factory.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Entity != "ApplicationUser" && (a.Action == PartyMembers.Infrastructure.Auditing.AuditAction.Insert || a.Action == PartyMembers.Infrastructure.Auditing.AuditAction.Update || a.Action == PartyMembers.Infrastructure.Auditing.AuditAction.Delete)));
        var memberBefore = await app.Factory.WithDbAsync(db => db.Members.AsNoTracking().SingleAsync(m => m.Id == member.Id));

        foreach (var field in fields)
        {
            foreach (var value in Values)
            {
                using var response = await client.PostFormAsync(form, url, new Dictionary<string, string> { [field] = value });
                Assert.True((int)response.StatusCode < 500, $"{field}={Shorten(value)} on {url} gave {(int)response.StatusCode}");
                var html = await response.Content.ReadAsStringAsync();
                Assert.DoesNotContain(Script, html, StringComparison.Ordinal);
                Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
            }
        }

        Assert.Equal(auditBefore, await app.Factory.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Entity != "ApplicationUser" && (a.Action == PartyMembers.Infrastructure.Auditing.AuditAction.Insert || a.Action == PartyMembers.Infrastructure.Auditing.AuditAction.Update || a.Action == PartyMembers.Infrastructure.Auditing.AuditAction.Delete))));
        var memberAfter = await app.Factory.WithDbAsync(db => db.Members.AsNoTracking().SingleAsync(m => m.Id == member.Id));
        Assert.Equal(memberBefore.Version, memberAfter.Version);
    }

    [Fact]
    public async Task Hostile_text_that_is_valid_data_is_saved_as_text_and_shown_escaped()
    {
        var client = await app.As(DemoAccounts.Board);
        var member = await app.Factory.WithDbAsync(db => db.Members.AsNoTracking()
            .Where(m => m.Status == Domain.Members.ActivityStatus.Active && m.FullName != DemoMembers.Dao)
            .OrderByDescending(m => m.PersonalIdNumber).FirstAsync());

        var saved = await client.SubmitAsync($"/Members/Edit/{member.Id}", "main form", new Dictionary<string, string>
        {
            ["Input.OtherNames"] = Script,
            ["Input.Reason"] = "Kiểm tra hiển thị",
        });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var details = await client.GetAsync($"/Members/Details/{member.Id}");
        var html = await details.Content.ReadAsStringAsync();
        Assert.DoesNotContain(Script, html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
    }

    private static string Shorten(string value) => value.Length > 30 ? value[..30] + "…" : value;
}

/// The name used for "not signed in" in test data.
public static class AuthorizationMatrixUser
{
    public const string Anonymous = Authorization.AuthorizationMatrix.Anonymous;
}
