using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using PartyMembers.Domain.Members;
using PartyMembers.Infrastructure.Seeding;
using PartyMembers.Web.Tests.Support;

namespace PartyMembers.Web.Tests.Members;

[Collection(AppCollection.Name)]
public sealed class MemberSearchTests(AppFixture app)
{
    private static async Task<(HttpResponseMessage Post, List<string> Names, string Location)> SearchAsync(AppClient client, string text, string query = "")
    {
        var post = await client.SubmitAsync("/Members" + query, "form[data-testid=member-search]", new Dictionary<string, string> { ["Text"] = text });
        Assert.Equal(HttpStatusCode.Redirect, post.StatusCode);
        var location = post.Headers.Location!.OriginalString;
        var (page, document) = await client.GetPageAsync(location);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        return (post, Names(document), location);
    }

    private static List<string> Names(IDocument document) =>
        document.QuerySelectorAll("table[data-testid=member-table] tbody tr td:first-child a").Select(a => a.TextContent.Trim()).ToList();

    [Fact]
    public async Task A_query_without_diacritics_finds_the_name_with_them()
    {
        var client = await app.As(DemoAccounts.CellTongHop);

        var (_, names, location) = await SearchAsync(client, "nguyen thi dao");

        Assert.Contains(DemoMembers.Dao, names);
        Assert.All(names, n => Assert.StartsWith("nguyen thi dao", Domain.Common.VietnameseText.Fold(n), StringComparison.Ordinal));
        Assert.DoesNotContain("nguyen", location, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Names_with_the_exact_diacritics_come_first()
    {
        var client = await app.As(DemoAccounts.Board);

        var (_, names, _) = await SearchAsync(client, "Đào");

        Assert.Contains(DemoMembers.Dao, names);
        Assert.Contains(DemoMembers.TranVanDao, names);
        Assert.Contains(DemoMembers.LeThiDao, names);
        var lastExact = names.FindLastIndex(n => n.Split(' ').Contains("Đào"));
        var firstOther = names.FindIndex(n => !n.Split(' ').Contains("Đào"));
        Assert.True(lastExact < firstOther, "Names with 'Đào' must all come before 'Đạo' and 'Dao': " + string.Join(", ", names));
    }

    [Fact]
    public async Task Search_by_personal_id_and_by_card_number_finds_the_member_and_keeps_the_number_out_of_the_address()
    {
        var client = await app.As(DemoAccounts.Board);
        var dao = await app.Factory.WithDbAsync(db => db.Members.SingleAsync(m => m.FullName == DemoMembers.Dao));

        var (_, byId, location) = await SearchAsync(client, dao.PersonalIdNumber);
        Assert.Equal([DemoMembers.Dao], byId);
        Assert.DoesNotContain(dao.PersonalIdNumber, location, StringComparison.Ordinal);

        var carded = await app.Factory.WithDbAsync(db => db.Members.FirstAsync(m => m.CardNumber != null && m.CardNumber.Length == 8 && m.Status == ActivityStatus.Active));
        var (_, byCard, _) = await SearchAsync(client, carded.CardNumber!);
        Assert.Equal([carded.FullName], byCard);
    }

    [Fact]
    public async Task A_cell_secretary_sees_only_the_cells_members_whatever_the_filter_says()
    {
        var client = await app.As(DemoAccounts.CellTongHop);
        var tongHop = await app.Factory.WithDbAsync(db => db.Units.SingleAsync(u => u.Name == DemoUnits.TongHopCell));
        var expected = await app.Factory.WithDbAsync(db => db.Members
            .Where(m => m.HomeUnitId == tongHop.Id && m.Status != ActivityStatus.Left && m.Status != ActivityStatus.Deceased
                        && m.Status != ActivityStatus.TransferredOut)
            .Select(m => m.FullName).ToListAsync());

        var (response, document) = await client.GetPageAsync("/Members");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected.Order(StringComparer.Ordinal), Names(document).Order(StringComparer.Ordinal));
        var outside = await app.Factory.WithDbAsync(db => db.Units.SingleAsync(u => u.Name == DemoMembers.TranVanDaoCell));
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/Members?unit={outside.Id}")).StatusCode);
    }

    [Fact]
    public async Task Keyset_pages_list_every_current_member_once_in_name_order()
    {
        var client = await app.As(DemoAccounts.Standing);
        var expected = await app.Factory.WithDbAsync(db => db.Members
            .Where(m => m.Status != ActivityStatus.Left && m.Status != ActivityStatus.Deceased && m.Status != ActivityStatus.TransferredOut)
            .CountAsync());

        var seen = new List<string>();
        var url = "/Members";
        var pages = 0;
        while (url is not null && pages++ < 100)
        {
            var (response, document) = await client.GetPageAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            seen.AddRange(document.QuerySelectorAll("table[data-testid=member-table] tbody tr td:first-child a").Select(a => a.GetAttribute("href")!));
            url = document.QuerySelector("a[data-testid=next-page]")?.GetAttribute("href")?.Replace("&amp;", "&", StringComparison.Ordinal);
        }

        Assert.Equal(expected, seen.Count);
        Assert.Equal(seen.Count, seen.Distinct().Count());
        Assert.True(pages > 2);
    }

    [Fact]
    public async Task Given_name_search_finds_members_by_their_last_word_after_full_name_matches()
    {
        var client = await app.As(DemoAccounts.Board);

        var (_, names, _) = await SearchAsync(client, "dao");

        var folded = names.Select(Domain.Common.VietnameseText.Fold).ToList();
        var fullNameMatches = folded.TakeWhile(n => n.StartsWith("dao", StringComparison.Ordinal)).Count();
        Assert.All(folded.Skip(fullNameMatches), n => Assert.StartsWith("dao", n.Split(' ')[^1], StringComparison.Ordinal));
        Assert.Contains(DemoMembers.Dao, names);
    }

    [Fact]
    public async Task A_tampered_cursor_or_query_token_restarts_the_list_instead_of_failing()
    {
        var client = await app.As(DemoAccounts.Board);

        var response = await client.GetAsync("/Members?after=not-a-token&q=also-not-a-token");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
