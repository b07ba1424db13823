using System.Net;
using PartyMembers.Infrastructure.Seeding;
using PartyMembers.Web.Tests.Authorization;
using PartyMembers.Web.Tests.Support;

namespace PartyMembers.Web.Tests.Robustness;

/// A form that posts without an antiforgery token is refused (400) when a user clicks it; the form tag helper leaves
/// the token out when a form is written with a literal action. Every posting form on every page must carry one.
[Collection(AppCollection.Name)]
public sealed class FormTokenTests(AppFixture app)
{
    [Theory]
    [InlineData(DemoAccounts.Admin)]
    [InlineData(DemoAccounts.Board)]
    [InlineData(DemoAccounts.CellTongHop)]
    [InlineData(DemoAccounts.Standing)]
    public async Task Every_posting_form_carries_an_antiforgery_token(string user)
    {
        var client = await app.As(user);
        var pages = AuthorizationMatrix.Rows
            .Where(r => r.Method == "GET" && r.Expected[user] == Expect.Allow && !r.FreshSession)
            .Select(r => r.Url(app.Data)).Distinct().ToList();
        var checkedForms = 0;
        foreach (var url in pages)
        {
            var (response, document) = await client.GetPageAsync(url);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                continue;
            }

            foreach (var form in document.QuerySelectorAll("form").Where(f => string.Equals(f.GetAttribute("method"), "post", StringComparison.OrdinalIgnoreCase)))
            {
                checkedForms++;
                Assert.True(form.QuerySelector("input[name=__RequestVerificationToken]") is not null,
                    $"A form on {url} ({form.GetAttribute("action") ?? form.GetAttribute("data-testid")}) has no antiforgery token");
            }
        }

        Assert.True(checkedForms > pages.Count, "Expected at least the layout's forms on every page.");
    }
}
