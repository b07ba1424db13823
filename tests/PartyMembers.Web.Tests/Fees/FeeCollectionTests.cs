using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using PartyMembers.Domain.Common;
using PartyMembers.Domain.Fees;
using PartyMembers.Infrastructure.Queries;
using PartyMembers.Infrastructure.Seeding;
using PartyMembers.Web.Tests.Support;

namespace PartyMembers.Web.Tests.Fees;

/// The cell's month collection through HTTP: quick entry for the whole cell in one POST, bad input that saves nothing,
/// two secretaries saving the same month, voiding and re-entering, the sheet and the arrears report.
[Collection(AppCollection.Name)]
public sealed class FeeCollectionTests(AppFixture app)
{
    private static readonly DateOnly Today = VietnamTime.Today(TimeProvider.System);
    private static readonly DateOnly ThisMonth = FeeMonth.Of(Today);
    private static readonly string TodayText = Today.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    private string CollectUrl => $"/Fees/Collect/{app.Data.TongHopCell}";

    /// The rows of the collection page that can still be ticked: (row index, member id, due shown in the amount box).
    private static List<(int Index, Guid Member, string Due)> Collectable(AngleSharp.Html.Dom.IHtmlDocument page) =>
        page.QuerySelectorAll("#collect-table tbody tr")
            .Select(tr => (tr, box: tr.QuerySelector("input[type=checkbox][id^=paid-]")))
            .Where(x => x.box is not null)
            .Select(x => (int.Parse(x.box!.Id!["paid-".Length..], CultureInfo.InvariantCulture), Guid.Parse(x.tr.GetAttribute("data-member")!),
                x.tr.QuerySelector<IHtmlInputElement>("input[id^=amount-]")!.Value))
            .ToList();

    private Task<int> PaymentsAsync(Guid member) =>
        app.Factory.WithDbAsync(db => db.FeePayments.CountAsync(p => p.MemberId == member && p.Month == ThisMonth && p.VoidSequence == 0));

    private async Task<(AppClient Client, IHtmlDocument Page, List<(int Index, Guid Member, string Due)> Rows)> OpenAsync(string? user = null)
    {
        var client = await app.NewSession(user ?? DemoAccounts.CellTongHop);
        var (response, page) = await client.GetPageAsync(CollectUrl);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (client, page, Collectable(page));
    }

    private static IHtmlFormElement Form(IHtmlDocument page) => page.QuerySelector<IHtmlFormElement>("#collect-form")!;

    [Fact]
    public async Task Ticked_members_are_saved_in_one_post_and_appear_on_the_sheet()
    {
        var (client, page, rows) = await OpenAsync();
        Assert.True(rows.Count >= 8, "the demo cell has members still to pay this month");
        var (a, b) = (rows[0], rows[1]);
        var response = await client.PostFormAsync(Form(page), CollectUrl, new Dictionary<string, string>
        {
            ["Input.PaidOn"] = TodayText,
            [$"Input.Lines[{a.Index}].Paid"] = "true",
            [$"Input.Lines[{b.Index}].Paid"] = "true",
            [$"Input.Lines[{b.Index}].Method"] = "PublicServicePortal",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(1, await PaymentsAsync(a.Member));
        var saved = await app.Factory.WithDbAsync(db => db.FeePayments.SingleAsync(p => p.MemberId == b.Member && p.Month == ThisMonth));
        Assert.Equal(PaymentMethod.PublicServicePortal, saved.Method);
        Assert.Equal(saved.DueAmount, saved.Amount);
        Assert.Equal(app.Data.TongHopCell, saved.UnitId);

        var (_, sheet) = await client.GetPageAsync($"/Fees/Sheet/{app.Data.TongHopCell}");
        var paidTotal = sheet.QuerySelector("[data-testid=sheet-total-paid]")!.TextContent;
        Assert.NotEqual("0", paidTotal.Trim());
        Assert.Contains("SỔ THU ĐẢNG PHÍ", sheet.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_amount_below_the_due_is_refused_beside_its_field_with_the_expected_figure_and_nothing_is_saved()
    {
        var (client, page, rows) = await OpenAsync();
        var (low, fine, high) = (rows[2], rows[3], rows[4]);
        var response = await client.PostFormAsync(Form(page), CollectUrl, new Dictionary<string, string>
        {
            ["Input.PaidOn"] = TodayText,
            [$"Input.Lines[{low.Index}].Paid"] = "true",
            [$"Input.Lines[{low.Index}].Amount"] = "1000",
            [$"Input.Lines[{fine.Index}].Paid"] = "true",
            [$"Input.Lines[{high.Index}].Paid"] = "true",
            [$"Input.Lines[{high.Index}].Amount"] = "99999999",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await AppClient.ParseAsync(response);
        var lowError = document.FieldError($"Input.Lines[{low.Index}].Amount");
        Assert.True(lowError is not null, document.QuerySelector(".validation-summary-errors")?.TextContent);
        Assert.Contains(long.Parse(low.Due, CultureInfo.InvariantCulture).ToString("N0", CultureInfo.GetCultureInfo("vi-VN")), lowError, StringComparison.Ordinal);
        Assert.Contains("Tự nguyện", document.FieldError($"Input.Lines[{high.Index}].Amount"), StringComparison.Ordinal);
        Assert.Equal(0, await PaymentsAsync(low.Member));
        Assert.Equal(0, await PaymentsAsync(fine.Member));
        Assert.Equal(0, await PaymentsAsync(high.Member));
    }

    [Fact]
    public async Task A_future_date_paid_or_a_future_month_is_refused_and_nothing_is_saved()
    {
        var (client, page, rows) = await OpenAsync();
        var row = rows[5];
        var response = await client.PostFormAsync(Form(page), CollectUrl, new Dictionary<string, string>
        {
            ["Input.PaidOn"] = Today.AddDays(3).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
            [$"Input.Lines[{row.Index}].Paid"] = "true",
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull((await AppClient.ParseAsync(response)).FieldError("Input.PaidOn"));

        var next = ThisMonth.AddMonths(1);
        var future = await client.PostAsync($"{CollectUrl}?year={next.Year}&month={next.Month}", new Dictionary<string, string>
        {
            ["Input.PaidOn"] = TodayText,
            ["Input.Lines[0].MemberId"] = row.Member.ToString(),
            ["Input.Lines[0].Paid"] = "true",
            ["Input.Lines[0].Amount"] = row.Due,
        }, CollectUrl);
        Assert.Equal(HttpStatusCode.OK, future.StatusCode);
        Assert.Contains("tháng chưa đến", (await AppClient.ParseAsync(future)).Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, await app.Factory.WithDbAsync(db => db.FeePayments.CountAsync(p => p.MemberId == row.Member && p.Month >= ThisMonth)));
    }

    [Fact]
    public async Task A_member_of_another_cell_slipped_into_the_form_is_refused()
    {
        var (client, page, rows) = await OpenAsync();
        var next = page.QuerySelectorAll("#collect-table tbody tr").Length;
        var response = await client.PostFormAsync(Form(page), CollectUrl, new Dictionary<string, string>
        {
            ["Input.PaidOn"] = TodayText,
            [$"Input.Lines[{next}].MemberId"] = app.Data.OutsideMember.ToString(),
            [$"Input.Lines[{next}].Paid"] = "true",
            [$"Input.Lines[{next}].Amount"] = "5000",
            [$"Input.Lines[{rows[6].Index}].Paid"] = "true",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("không đóng đảng phí ở chi bộ này", (await AppClient.ParseAsync(response)).Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, await app.Factory.WithDbAsync(db => db.FeePayments.CountAsync(p => p.MemberId == app.Data.OutsideMember)));
        Assert.Equal(0, await PaymentsAsync(rows[6].Member));
    }

    [Fact]
    public async Task Of_two_secretaries_saving_the_same_member_and_month_only_the_first_lands_and_the_second_is_told()
    {
        var (first, firstPage, rows) = await OpenAsync();
        var (second, secondPage, _) = await OpenAsync(DemoAccounts.GrassrootsVanPhong);
        var row = rows[7];
        var values = new Dictionary<string, string> { ["Input.PaidOn"] = TodayText, [$"Input.Lines[{row.Index}].Paid"] = "true" };

        var won = await first.PostFormAsync(Form(firstPage), CollectUrl, values);
        var lost = await second.PostFormAsync(Form(secondPage), CollectUrl, values);

        Assert.True(HttpStatusCode.Redirect == won.StatusCode, (await AppClient.ParseAsync(won)).QuerySelector(".validation-summary-errors")?.TextContent);
        Assert.Equal(HttpStatusCode.OK, lost.StatusCode);
        Assert.Contains("đã đóng tháng này", (await AppClient.ParseAsync(lost)).FieldError($"Input.Lines[{row.Index}].Paid"), StringComparison.Ordinal);
        Assert.Equal(1, await PaymentsAsync(row.Member));
    }

    [Fact]
    public async Task A_payment_is_voided_with_a_reason_kept_and_can_be_entered_again()
    {
        var (client, page, rows) = await OpenAsync();
        var row = rows[^1];
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync(Form(page), CollectUrl,
            new Dictionary<string, string> { ["Input.PaidOn"] = TodayText, [$"Input.Lines[{row.Index}].Paid"] = "true" })).StatusCode);
        var payment = await app.Factory.WithDbAsync(db => db.FeePayments.SingleAsync(p => p.MemberId == row.Member && p.Month == ThisMonth));

        var memberUrl = $"/Fees/Member/{row.Member}";
        var (_, memberPage) = await client.GetPageAsync(memberUrl);
        var voidForm = memberPage.QuerySelectorAll<IHtmlFormElement>("form").First(f => f.QuerySelector($"#void-{payment.Id}") is not null);
        var noReason = await client.PostFormAsync(voidForm, memberUrl, new Dictionary<string, string> { ["Void.Reason"] = "" });
        Assert.Equal(HttpStatusCode.OK, noReason.StatusCode);
        Assert.NotNull((await AppClient.ParseAsync(noReason)).FieldError("Void.Reason"));
        Assert.Equal(1, await PaymentsAsync(row.Member));

        var voided = await client.PostFormAsync(voidForm, memberUrl, new Dictionary<string, string> { ["Void.Reason"] = "Ghi nhầm hình thức" });
        Assert.Equal(HttpStatusCode.Redirect, voided.StatusCode);
        var again = await client.PostFormAsync(voidForm, memberUrl, new Dictionary<string, string> { ["Void.Reason"] = "Lần nữa" });
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var kept = await app.Factory.WithDbAsync(db => db.FeePayments.SingleAsync(p => p.Id == payment.Id));
        Assert.Equal(1, kept.VoidSequence);
        Assert.Equal("Ghi nhầm hình thức", kept.VoidReason);

        var (_, reopened) = await client.GetPageAsync(CollectUrl);
        var reentered = await client.PostFormAsync(Form(reopened), CollectUrl, new Dictionary<string, string>
        {
            ["Input.PaidOn"] = TodayText,
            [$"Input.Lines[{row.Index}].Paid"] = "true",
            [$"Input.Lines[{row.Index}].Method"] = "Bank",
        });
        Assert.Equal(HttpStatusCode.Redirect, reentered.StatusCode);
        Assert.Equal(2, await app.Factory.WithDbAsync(db => db.FeePayments.CountAsync(p => p.MemberId == row.Member && p.Month == ThisMonth)));
        Assert.Equal(1, await PaymentsAsync(row.Member));
    }

    [Fact]
    public async Task The_arrears_report_counts_each_members_unpaid_closed_months_of_the_year_and_marks_those_at_the_threshold()
    {
        var client = await app.As(DemoAccounts.CellTongHop);
        var (response, page) = await client.GetPageAsync($"/Fees/Arrears?unit={app.Data.TongHopCell}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var lastClosed = ThisMonth.AddMonths(-1);
        var rows = page.QuerySelectorAll("#arrears-table tbody tr").ToList();
        Assert.NotEmpty(rows);
        var facts = await app.Factory.WithDbAsync(async db => new
        {
            Bases = await db.FeeBases.Select(b => new { b.MemberId, b.ValidFrom }).ToListAsync(),
            Paid = await db.FeePayments.Where(p => p.VoidSequence == 0 && p.Month.Year == Today.Year && p.Month <= lastClosed)
                .Select(p => new { p.MemberId, p.Month }).ToListAsync(),
        });
        foreach (var tr in rows)
        {
            var member = Guid.Parse(tr.GetAttribute("data-member")!);
            var first = facts.Bases.Where(b => b.MemberId == member).Select(b => b.ValidFrom).DefaultIfEmpty(DateOnly.MaxValue).Min();
            var start = first > new DateOnly(Today.Year, 1, 1) ? first : new DateOnly(Today.Year, 1, 1);
            var expected = lastClosed.Year != Today.Year || start > lastClosed ? 0
                : FeeMonth.Range(start, lastClosed).Count(m => !facts.Paid.Any(p => p.MemberId == member && p.Month == m));
            Assert.Equal(expected.ToString(CultureInfo.InvariantCulture), tr.QuerySelector("[data-testid=unpaid-count]")!.TextContent.Trim());
            Assert.Equal(expected >= 3, tr.ClassList.Contains("table-danger"));
        }
    }

    [Fact]
    public async Task Paid_up_to_is_the_end_of_the_first_unbroken_run_of_paid_months()
    {
        Assert.Null(FeeQueries.PaidUpTo([]));
        Assert.Equal(new DateOnly(2026, 3, 1), FeeQueries.PaidUpTo([new(2026, 1, 1), new(2026, 2, 1), new(2026, 3, 1), new(2026, 5, 1)]));
        var member = await app.Factory.WithDbAsync(db => db.FeePayments.Where(p => p.VoidSequence == 0).Select(p => p.MemberId).FirstAsync());
        var months = await app.Factory.WithDbAsync(db => db.FeePayments.Where(p => p.MemberId == member && p.VoidSequence == 0).Select(p => p.Month).ToListAsync());
        Assert.Equal(FeeQueries.PaidUpTo(months), await app.Factory.WithDbAsync(db => FeeQueries.PaidUpToAsync(db, member)));
    }
}
