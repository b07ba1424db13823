using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using PartyMembers.Infrastructure.Seeding;
using PartyMembers.Web.Tests.Support;

namespace PartyMembers.Web.Tests.Robustness;

/// The administrator's forms under the same hostile values. They run on an application of their own: these forms
/// are pre-filled with valid values, so a hostile value that is valid text (a unit name with a script tag) is saved,
/// and must then be shown escaped.
public sealed class AdminMalformedInputTests(AppFixture app) : IClassFixture<AppFixture>
{
    public static TheoryData<string> Forms() =>
    [
        "/Admin/Units/Create?parent={top}",
        "/Admin/Units/Edit/{cell}",
        "/Admin/Units/Move/{cell}",
        "/Admin/Units/Dissolve/{empty}",
        "/Admin/Users/Create",
        "/Admin/Users/AddAssignment/{user}",
        "/Admin/Users/EndAssignment/{assignment}",
        "/Admin/Users/ResetPassword/{user}",
        "/Admin/Holidays/Create",
        "/Admin/Rules/Details?key=Probation.Months",
    ];

    [Theory]
    [MemberData(nameof(Forms))]
    public async Task Hostile_values_in_any_admin_field_never_fail_the_page_or_render_unescaped(string template)
    {
        var client = await app.NewSession(DemoAccounts.Admin);
        var data = app.Data;
        var url = template.Replace("{top}", data.TopUnit.ToString(), StringComparison.Ordinal)
            .Replace("{cell}", data.TongHopCell.ToString(), StringComparison.Ordinal)
            .Replace("{empty}", data.EmptyUnit.ToString(), StringComparison.Ordinal)
            .Replace("{user}", data.OtherUser.ToString(), StringComparison.Ordinal)
            .Replace("{assignment}", data.OtherUsersAssignment.ToString(), StringComparison.Ordinal);
        var (page, document) = await client.GetPageAsync(url);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var form = document.QuerySelector<IHtmlFormElement>("main form[method=post]") ?? throw new InvalidOperationException("No form on " + url);
        var fields = AppClient.FormFields(form).Keys.Where(k => k != "__RequestVerificationToken").ToList();

        foreach (var field in fields)
        {
            foreach (var value in MalformedInputTests.Values)
            {
                using var response = await client.PostFormAsync(form, url, new Dictionary<string, string> { [field] = value });
                Assert.True((int)response.StatusCode < 500, $"{field}={value[..Math.Min(30, value.Length)]} on {url} gave {(int)response.StatusCode}");
                var html = await response.Content.ReadAsStringAsync();
                Assert.DoesNotContain("<script>alert('pm')</script>", html, StringComparison.Ordinal);
                if (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location is { } location)
                {
                    var next = await (await client.GetAsync(location.OriginalString)).Content.ReadAsStringAsync();
                    Assert.DoesNotContain("<script>alert('pm')</script>", next, StringComparison.Ordinal);
                }
            }
        }
    }
}
