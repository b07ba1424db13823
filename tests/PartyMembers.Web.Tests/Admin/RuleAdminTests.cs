using System.Net;
using Microsoft.EntityFrameworkCore;
using PartyMembers.Domain.Rules;
using PartyMembers.Infrastructure.Seeding;
using PartyMembers.Web.Tests.Support;
using static PartyMembers.Web.Tests.Admin.AdminSteps;

namespace PartyMembers.Web.Tests.Admin;

/// Rule parameters are versioned by the date they take effect; a new version never changes today's value early.
[Collection(AdminCollection.Name)]
public sealed class RuleAdminTests(AppFixture app)
{
    private const string Key = RuleKeys.ProbationMonths;
    private const string Url = "/Admin/Rules/Details?key=" + Key;
    private const string Form = "form[data-testid=rule-version-form]";
    private const string Description = "Thời gian dự bị của đảng viên mới kết nạp";

    private Task<int> VersionCountAsync() => app.Factory.WithDbAsync(db => db.RuleParameters.CountAsync(p => p.Key == Key));

    private static Dictionary<string, string> Version(string value, DateOnly validFrom, string source = "Quy định 300-QĐ/TW, 01/01/2027, Ban Chấp hành Trung ương, mục 5") => new()
    {
        ["Input.Value"] = value,
        ["Input.ValidFrom"] = D(validFrom),
        ["Input.Source"] = source,
        ["Input.Confidence"] = nameof(RuleConfidence.Confirmed),
        ["Input.Note"] = "",
    };

    [Fact]
    public async Task The_list_shows_the_probation_period_of_12_months()
    {
        var admin = await AdminAsync(app);

        var (response, document) = await admin.GetPageAsync("/Admin/Rules");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var row = document.QuerySelector($"tr[data-testid=rule-row][data-key='{Key}']");
        Assert.NotNull(row);
        Assert.Contains(Description, row.TextContent, StringComparison.Ordinal);
        Assert.Equal("12 tháng", row.QuerySelector("[data-testid=rule-value]")?.TextContent.Trim());
        Assert.Contains("19/01/2011", row.TextContent, StringComparison.Ordinal);
        Assert.Equal("Thời gian dự bị", row.Closest("section")?.QuerySelector("h2")?.TextContent.Trim());
    }

    [Fact]
    public async Task The_details_page_shows_the_value_in_force_today_and_the_history()
    {
        var admin = await AdminAsync(app);

        var (response, document) = await admin.GetPageAsync(Url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Description, document.QuerySelector("main h1")?.TextContent.Trim());
        Assert.Equal($"Giá trị áp dụng ngày {D(Today)}: 12 tháng", document.QuerySelector("[data-testid=rule-current]")?.TextContent.Trim());
        var history = document.QuerySelectorAll("tr[data-testid=rule-version]");
        var first = history[history.Length - 1];
        Assert.Contains("19/01/2011", first.TextContent, StringComparison.Ordinal);
        Assert.Contains("12 tháng", first.TextContent, StringComparison.Ordinal);
        Assert.Contains("Điều lệ", first.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/Admin/Rules/Details?key=Khong.Co")).StatusCode);
    }

    [Fact]
    public async Task A_future_version_is_listed_as_coming_while_today_keeps_the_current_value()
    {
        var admin = await AdminAsync(app);
        var validFrom = Today.AddYears(1);
        var versions = await VersionCountAsync();

        var response = await admin.SubmitAsync(Url, Form, Version(" 18 ", validFrom));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(Url, response.Headers.Location!.OriginalString);
        Assert.Equal(versions + 1, await VersionCountAsync());
        var added = await app.Factory.WithDbAsync(db => db.RuleParameters.AsNoTracking().SingleAsync(p => p.Key == Key && p.ValidFrom == validFrom));
        Assert.Equal("18", added.Value);
        Assert.Equal(RuleValueKind.WholeNumber, added.Kind);
        var audit = await LastAuditAsync(app, nameof(RuleParameter), added.Id);
        Assert.Equal(DemoAccounts.Admin, audit.UserName);
        Assert.Equal("Thêm phiên bản tham số quy định", audit.Reason);

        var (_, details) = await admin.GetPageAsync(Url);
        Assert.Contains("Đã thêm phiên bản mới của tham số.", details.QuerySelector("[data-testid=status-message]")?.TextContent, StringComparison.Ordinal);
        Assert.Equal($"Giá trị áp dụng ngày {D(Today)}: 12 tháng", details.QuerySelector("[data-testid=rule-current]")?.TextContent.Trim());
        var newest = details.QuerySelector("tr[data-testid=rule-version]")!.TextContent;
        Assert.Contains(D(validFrom), newest, StringComparison.Ordinal);
        Assert.Contains("18 tháng", newest, StringComparison.Ordinal);
        Assert.Contains("Sắp có hiệu lực", newest, StringComparison.Ordinal);
        var (_, list) = await admin.GetPageAsync("/Admin/Rules");
        var row = list.QuerySelector($"tr[data-testid=rule-row][data-key='{Key}']");
        Assert.Equal("12 tháng", row?.QuerySelector("[data-testid=rule-value]")?.TextContent.Trim());
        Assert.Contains($"Giá trị mới 18 tháng có hiệu lực từ ngày {D(validFrom)}.", list.Text(), StringComparison.Ordinal);
    }

    public static TheoryData<string, int, string, string, string> InvalidVersions() => new()
    {
        { "mười hai", 2, "Quy định mới", "Input.Value", "Giá trị phải là số nguyên không âm." },
        { "-3", 2, "Quy định mới", "Input.Value", "Giá trị phải là số nguyên không âm." },
        { "", 2, "Quy định mới", "Input.Value", "Xin nhập giá trị." },
        { "18", 2, "", "Input.Source", "Xin ghi văn bản quy định (số, ngày, cơ quan ban hành, điều khoản)." },
        { "18", 2, "   ", "Input.Source", "Xin ghi văn bản quy định (số, ngày, cơ quan ban hành, điều khoản)." },
    };

    [Theory]
    [MemberData(nameof(InvalidVersions))]
    public async Task An_invalid_version_is_refused_beside_the_field_and_nothing_is_saved(
        string value, int yearsAhead, string source, string field, string message)
    {
        var admin = await AdminAsync(app);
        var versions = await VersionCountAsync();
        var audit = await AuditCountAsync(app);

        var response = await admin.SubmitAsync(Url, Form, Version(value, Today.AddYears(yearsAhead), source));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(message, (await AppClient.ParseAsync(response)).FieldError(field));
        Assert.Equal(versions, await VersionCountAsync());
        Assert.Equal(audit, await AuditCountAsync(app));
    }

    [Fact]
    public async Task A_version_from_the_same_day_as_an_existing_one_is_refused()
    {
        var admin = await AdminAsync(app);
        var versions = await VersionCountAsync();
        var audit = await AuditCountAsync(app);

        var response = await admin.SubmitAsync(Url, Form, Version("24", new DateOnly(2011, 1, 19)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Đã có phiên bản có hiệu lực từ ngày 19/01/2011; phiên bản đã có không sửa được, xin chọn ngày hiệu lực khác.",
            (await AppClient.ParseAsync(response)).FieldError("Input.ValidFrom"));
        Assert.Equal(versions, await VersionCountAsync());
        Assert.Equal(audit, await AuditCountAsync(app));
        var original = await app.Factory.WithDbAsync(db => db.RuleParameters.AsNoTracking().SingleAsync(p => p.Key == Key && p.ValidFrom == new DateOnly(2011, 1, 19)));
        Assert.Equal("12", original.Value);
    }
}
