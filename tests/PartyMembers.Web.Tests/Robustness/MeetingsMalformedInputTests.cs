using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using PartyMembers.Infrastructure.Seeding;
using PartyMembers.Web.Tests.Meetings;
using PartyMembers.Web.Tests.Support;

namespace PartyMembers.Web.Tests.Robustness;

/// The meeting forms given the hostile values of <see cref="MalformedInputTests"/> one field at a time, on a meeting
/// of the test's own: never a 500, nothing rendered unescaped; the correction form (which needs a reason and a change)
/// saves nothing.
[Collection(AppCollection.Name)]
public sealed class MeetingsMalformedInputTests(AppFixture app)
{
    private const string Script = "<script>alert('pm')</script>";

    public static TheoryData<string> Forms() => ["/Meetings/Create", "/Meetings/Edit/{id}", "/Meetings/Attendance/{id}", "/Meetings/Cancel/{id}"];

    [Theory]
    [MemberData(nameof(Forms))]
    public async Task Hostile_values_in_any_field_never_fail_the_page(string pageTemplate)
    {
        var id = await MeetingTestData.RecordAsync(app, "Chủ trì dữ liệu xấu " + pageTemplate);
        var client = await app.NewSession(DemoAccounts.CellTongHop);
        var url = pageTemplate.Replace("{id}", id.ToString(), StringComparison.Ordinal);
        var (page, document) = await client.GetPageAsync(url);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var form = document.QuerySelector<IHtmlFormElement>("main form[method=post]") ?? throw new InvalidOperationException("No form on " + url);
        var fields = AppClient.FormFields(form).Keys.Where(k => k != "__RequestVerificationToken").Take(12).ToList();
        Assert.NotEmpty(fields);
        var version = await Version(id);

        foreach (var field in fields)
        {
            foreach (var value in MalformedInputTests.Values)
            {
                using var response = await client.PostFormAsync(form, url, new Dictionary<string, string> { [field] = value });
                Assert.True((int)response.StatusCode < 500, $"{field}={(value.Length > 30 ? value[..30] : value)} on {url} gave {(int)response.StatusCode}");
                var html = await response.Content.ReadAsStringAsync();
                Assert.DoesNotContain(Script, html, StringComparison.Ordinal);
                Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
            }
        }

        if (pageTemplate.StartsWith("/Meetings/Edit", StringComparison.Ordinal))
        {
            Assert.Equal(version, await Version(id));
        }

        var details = await (await client.GetAsync($"/Meetings/Details/{id}")).Content.ReadAsStringAsync();
        Assert.DoesNotContain(Script, details, StringComparison.Ordinal);
    }

    private Task<Guid> Version(Guid id) => app.Factory.WithDbAsync(db => db.Meetings.Where(m => m.Id == id).Select(m => m.Version).SingleAsync());
}
