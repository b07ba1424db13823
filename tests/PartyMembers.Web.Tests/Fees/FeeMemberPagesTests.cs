using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using PartyMembers.Infrastructure.Seeding;
using PartyMembers.Web.Tests.Support;

namespace PartyMembers.Web.Tests.Fees;

/// Setting a member's fee basis and recording an exemption or reduction: bad input is refused beside its field and
/// saves nothing; good input adds a version and leaves the earlier ones.
[Collection(AppCollection.Name)]
public sealed class FeeMemberPagesTests(AppFixture app)
{
    [Fact]
    public async Task A_basis_for_others_needs_a_region_and_a_valid_month_and_a_good_one_adds_a_version()
    {
        var client = await app.NewSession(DemoAccounts.CellTongHop);
        var url = $"/Fees/Basis/{app.Data.TongHopMember}";
        var before = await app.Factory.WithDbAsync(db => db.FeeBases.CountAsync(b => b.MemberId == app.Data.TongHopMember));

        var bad = await client.SubmitAsync(url, "#basis-form", new Dictionary<string, string>
        {
            ["Input.ValidFrom"] = "13/2026",
            ["Input.Kind"] = "Other",
        });
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        var page = await AppClient.ParseAsync(bad);
        Assert.NotNull(page.FieldError("Input.ValidFrom"));

        var noRegion = await client.SubmitAsync(url, "#basis-form", new Dictionary<string, string> { ["Input.Kind"] = "Other" });
        Assert.Equal(HttpStatusCode.OK, noRegion.StatusCode);
        Assert.NotNull((await AppClient.ParseAsync(noRegion)).FieldError("Input.Region"));

        var junkAmount = await client.SubmitAsync(url, "#basis-form", new Dictionary<string, string> { ["Input.Kind"] = "Salary", ["Input.DeclaredAmount"] = "mười triệu" });
        Assert.Equal(HttpStatusCode.OK, junkAmount.StatusCode);
        Assert.NotNull((await AppClient.ParseAsync(junkAmount)).FieldError("Input.DeclaredAmount"));
        Assert.Equal(before, await app.Factory.WithDbAsync(db => db.FeeBases.CountAsync(b => b.MemberId == app.Data.TongHopMember)));

        var good = await client.SubmitAsync(url, "#basis-form", new Dictionary<string, string> { ["Input.Kind"] = "Other", ["Input.Region"] = "Region2" });
        Assert.Equal(HttpStatusCode.Redirect, good.StatusCode);
        Assert.Equal(before + 1, await app.Factory.WithDbAsync(db => db.FeeBases.CountAsync(b => b.MemberId == app.Data.TongHopMember)));
    }

    [Fact]
    public async Task A_relief_from_a_month_before_the_register_is_refused_beside_the_field()
    {
        var client = await app.NewSession(DemoAccounts.CellTongHop);
        var member = app.Data.TongHopMember;
        var before = await app.Factory.WithDbAsync(db => db.FeeReliefs.CountAsync(r => r.MemberId == member));

        var response = await client.SubmitAsync($"/Fees/Relief/{member}", "#relief-form", new Dictionary<string, string>
        {
            ["Input.Kind"] = "Exemption", ["Input.Ground"] = "SeriousIllness", ["Input.FromMonth"] = "01/0001", ["Input.ToMonth"] = "06/0001",
            ["Input.Reason"] = "Điều trị dài ngày",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(string.IsNullOrEmpty((await AppClient.ParseAsync(response)).FieldError("Input.FromMonth")));
        Assert.Equal(before, await app.Factory.WithDbAsync(db => db.FeeReliefs.CountAsync(r => r.MemberId == member)));
    }

    [Fact]
    public async Task A_relief_longer_than_the_parameter_is_refused_and_a_reduction_is_recorded_then_ended()
    {
        var client = await app.NewSession(DemoAccounts.CellTongHop);
        var member = app.Data.TongHopMember;
        var url = $"/Fees/Relief/{member}";
        var tooLong = await client.SubmitAsync(url, "#relief-form", new Dictionary<string, string>
        {
            ["Input.Kind"] = "Exemption", ["Input.Ground"] = "SeriousIllness", ["Input.FromMonth"] = "01/2026", ["Input.ToMonth"] = "01/2027",
            ["Input.Reason"] = "Điều trị dài ngày",
        });
        Assert.Equal(HttpStatusCode.OK, tooLong.StatusCode);
        Assert.Contains("12", (await AppClient.ParseAsync(tooLong)).FieldError("Input.ToMonth"), StringComparison.Ordinal);
        Assert.Equal(0, await app.Factory.WithDbAsync(db => db.FeeReliefs.CountAsync(r => r.MemberId == member)));

        var ok = await client.SubmitAsync(url, "#relief-form", new Dictionary<string, string>
        {
            ["Input.Kind"] = "Reduction", ["Input.Ground"] = "Hardship", ["Input.ReductionPercent"] = "50", ["Input.FromMonth"] = "01/2026",
            ["Input.ToMonth"] = "06/2026", ["Input.Reason"] = "Gia đình khó khăn",
        });
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        var relief = await app.Factory.WithDbAsync(db => db.FeeReliefs.SingleAsync(r => r.MemberId == member));
        Assert.Equal(50, relief.ReductionPercent);

        // Two people end it from the same version: the first lands, the second is told.
        var memberUrl = $"/Fees/Member/{member}";
        var other = await app.NewSession(DemoAccounts.GrassrootsVanPhong);
        var (_, firstPage) = await client.GetPageAsync(memberUrl);
        var (_, secondPage) = await other.GetPageAsync(memberUrl);
        AngleSharp.Html.Dom.IHtmlFormElement EndForm(AngleSharp.Html.Dom.IHtmlDocument d) =>
            d.QuerySelectorAll<AngleSharp.Html.Dom.IHtmlFormElement>("form").First(f => f.QuerySelector($"#end-{relief.Id}") is not null);
        var won = await client.PostFormAsync(EndForm(firstPage), memberUrl, new Dictionary<string, string> { ["End.LastMonth"] = "03/2026", ["End.Reason"] = "Đã ổn định" });
        var lost = await other.PostFormAsync(EndForm(secondPage), memberUrl, new Dictionary<string, string> { ["End.LastMonth"] = "02/2026", ["End.Reason"] = "Khác" });
        Assert.Equal(HttpStatusCode.Redirect, won.StatusCode);
        Assert.Equal(HttpStatusCode.OK, lost.StatusCode);
        Assert.Contains("người khác", (await AppClient.ParseAsync(lost)).Body!.TextContent, StringComparison.Ordinal);
        var ended = await app.Factory.WithDbAsync(db => db.FeeReliefs.SingleAsync(r => r.Id == relief.Id));
        Assert.Equal(new DateOnly(2026, 3, 1), ended.EndedAfterMonth);
        Assert.Equal("Đã ổn định", ended.EndReason);
    }

    [Fact]
    public async Task The_member_page_shows_the_collecting_cell_and_paid_up_to()
    {
        var client = await app.As(DemoAccounts.CellTongHop);
        var (response, page) = await client.GetPageAsync($"/Fees/Member/{app.Data.TongHopMember}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(DemoUnits.TongHopCell, page.QuerySelector("[data-testid=collecting-cell]")!.TextContent, StringComparison.Ordinal);
        var expected = await app.Factory.WithDbAsync(db => PartyMembers.Infrastructure.Queries.FeeQueries.PaidUpToAsync(db, app.Data.TongHopMember));
        Assert.Equal(expected is { } m ? m.ToString("MM/yyyy", System.Globalization.CultureInfo.InvariantCulture) : "Chưa có khoản nào",
            page.QuerySelector("[data-testid=paid-up-to]")!.TextContent.Trim());
        Assert.Equal(12, page.QuerySelectorAll("#member-months tbody tr").Length);
    }
}
