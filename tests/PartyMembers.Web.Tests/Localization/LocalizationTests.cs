using System.Net;
using Microsoft.Extensions.DependencyInjection;
using PartyMembers.Infrastructure.Seeding;
using PartyMembers.Web.Localization;
using PartyMembers.Web.Tests.Support;

namespace PartyMembers.Web.Tests.Localization;

[Collection(AppCollection.Name)]
public sealed class LocalizationTests(AppFixture app)
{
    private TextCatalogue Catalogue => app.Factory.Services.GetRequiredService<TextCatalogue>();

    [Fact]
    public void Vietnamese_and_English_have_the_same_texts()
    {
        var vi = Catalogue.KeysOf("vi").ToHashSet();
        var en = Catalogue.KeysOf("en").ToHashSet();

        Assert.Empty(vi.Except(en));
        Assert.Empty(en.Except(vi));
        Assert.True(vi.Count > 200);
    }

    [Fact]
    public async Task Pages_are_in_Vietnamese_by_default_whatever_the_browser_asks()
    {
        var client = await app.NewSession(DemoAccounts.Board);
        client.Http.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-US,en;q=0.9");

        var (_, document) = await client.GetPageAsync("/");

        Assert.Equal("vi", document.DocumentElement.GetAttribute("lang"));
        Assert.Contains("Trang chủ", document.Title, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_language_switch_remembers_English_and_dates_stay_dd_MM_yyyy()
    {
        var client = await app.NewSession(DemoAccounts.CellTongHop);

        var switched = await client.SubmitAsync("/", "form[action='/Culture']", new Dictionary<string, string> { ["culture"] = "en-GB", ["returnUrl"] = "/" });
        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        var (_, document) = await client.GetPageAsync("/");

        Assert.Equal("en", document.DocumentElement.GetAttribute("lang"));
        Assert.Contains("Home", document.Title, StringComparison.Ordinal);
        Assert.Contains("From 01/07/2025", document.Body!.TextContent, StringComparison.Ordinal);
    }

    /// Every page a user can open, in both languages, shows texts and never a text key.
    [Theory]
    [InlineData(DemoAccounts.Board, "vi-VN")]
    [InlineData(DemoAccounts.Board, "en-GB")]
    [InlineData(DemoAccounts.CellTongHop, "vi-VN")]
    [InlineData(DemoAccounts.CellTongHop, "en-GB")]
    [InlineData(DemoAccounts.Standing, "en-GB")]
    [InlineData(DemoAccounts.GrassrootsVanPhong, "vi-VN")]
    [InlineData(DemoAccounts.Admin, "vi-VN")]
    [InlineData(DemoAccounts.Admin, "en-GB")]
    public async Task Every_page_shows_texts_not_keys(string user, string culture)
    {
        var client = await app.As(user);
        var data = app.Data;
        var pages = Authorization.AuthorizationMatrix.Rows
            .Where(r => r.Method == "GET" && r.Expected[user] == Authorization.Expect.Allow && !r.FreshSession)
            .Select(r => r.Url(data))
            .Distinct()
            .ToList();
        Assert.NotEmpty(pages);

        foreach (var url in pages)
        {
            var separator = url.Contains('?', StringComparison.Ordinal) ? "&" : "?";
            var response = await client.GetAsync($"{url}{separator}culture={culture}");
            if (response.StatusCode == HttpStatusCode.Redirect)
            {
                continue;
            }

            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url} as {user}: {(int)response.StatusCode}");
        }

        Assert.Empty(Catalogue.Missing);
    }
}
