using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using PartyMembers.Domain.Calendar;
using PartyMembers.Domain.Rules;
using PartyMembers.Infrastructure.Seeding;
using PartyMembers.Web.Tests.Support;
using static PartyMembers.Web.Tests.Admin.AdminSteps;

namespace PartyMembers.Web.Tests.Admin;

/// The working-day calendar. Every entry here falls in October and November 2026, away from the February-March span the
/// working-days check counts over, and each test uses its own days.
[Collection(AdminCollection.Name)]
public sealed class HolidayAdminTests(AppFixture app)
{
    private const string EntryEntity = nameof(CalendarEntry);
    private const string CreateForm = "form[data-testid=entry-create-form]";

    private static readonly DateOnly MakeUpSaturday = new(2026, 10, 10);
    private static readonly DateOnly ExtraFriday = new(2026, 10, 16);
    private static readonly DateOnly RefusedSaturday = new(2026, 10, 17);
    private static readonly DateOnly TakenSaturday = new(2026, 10, 24);
    private static readonly DateOnly WithdrawnSaturday = new(2026, 10, 31);
    private static readonly DateOnly OrdinaryWednesday = new(2026, 11, 4);

    private Task<int> EntryCountAsync() => app.Factory.WithDbAsync(db => db.CalendarEntries.CountAsync());

    private static IElement? HolidayRow(IDocument document, DateOnly date) =>
        document.QuerySelector($"tr[data-testid=holiday-row][data-date='{D(date)}']");

    [Fact]
    public async Task The_2026_calendar_lists_Tet_and_the_substitute_day_for_Hung_Kings_Day()
    {
        var admin = await AdminAsync(app);

        var (response, document) = await admin.GetPageAsync("/Admin/Holidays?Year=2026");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Các ngày nghỉ năm 2026", document.QuerySelector("main h2")?.TextContent.Trim());
        var tet = HolidayRow(document, new DateOnly(2026, 2, 17));
        Assert.NotNull(tet);
        Assert.Contains("Tết Nguyên đán (mùng 1)", tet.TextContent, StringComparison.Ordinal);
        Assert.Contains("Tết Âm lịch", tet.TextContent, StringComparison.Ordinal);
        Assert.Contains("Thứ Ba", tet.TextContent, StringComparison.Ordinal);
        Assert.Contains("Tết Nguyên đán (ngày cuối năm âm lịch)", HolidayRow(document, new DateOnly(2026, 2, 16))?.TextContent, StringComparison.Ordinal);
        Assert.Contains("Tết Nguyên đán (mùng 4)", HolidayRow(document, new DateOnly(2026, 2, 20))?.TextContent, StringComparison.Ordinal);

        // Giỗ Tổ Hùng Vương (10/3 âm lịch) falls on Sunday 26/04/2026: the day off is given on Monday 27/04.
        Assert.Contains("Giỗ Tổ Hùng Vương (10/3 âm lịch)", HolidayRow(document, new DateOnly(2026, 4, 26))?.TextContent, StringComparison.Ordinal);
        var substitute = HolidayRow(document, new DateOnly(2026, 4, 27));
        Assert.NotNull(substitute);
        Assert.Contains("Nghỉ bù Giỗ Tổ Hùng Vương (10/3 âm lịch)", substitute.TextContent, StringComparison.Ordinal);
        Assert.Contains("Thứ Hai", substitute.TextContent, StringComparison.Ordinal);
        var substitutes = document.QuerySelectorAll("tr[data-testid=holiday-row]")
            .Where(r => r.TextContent.Contains("Nghỉ bù ", StringComparison.Ordinal)).Select(r => r.GetAttribute("data-date") ?? "").ToList();
        var expected = VietnamesePublicHolidays.For(2026).Where(h => h.Kind == PublicHolidayKind.Substitute).Select(h => D(h.Date)).ToList();
        Assert.Equal(expected, substitutes);
        Assert.Contains("Quốc khánh (2/9)", HolidayRow(document, new DateOnly(2026, 9, 2))?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_working_days_check_counts_30_working_days_from_2_February_2026_over_Tet_to_23_March()
    {
        var admin = await AdminAsync(app);

        var (response, document) = await admin.GetPageAsync("/Admin/Holidays?Year=2026&From=02/02/2026&Days=30");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("23/03/2026", document.QuerySelector("[data-testid=check-date]")?.TextContent.Trim());
        var result = document.QuerySelector("[data-testid=check-result]")!.TextContent;
        Assert.Contains("Ngày làm việc thứ 30 sau ngày 02/02/2026 (Thứ Hai) là", result, StringComparison.Ordinal);
        foreach (var day in new[] { "16/02/2026", "17/02/2026", "18/02/2026", "19/02/2026", "20/02/2026" })
        {
            Assert.Contains(day, result, StringComparison.Ordinal);
        }

        var (_, invalid) = await admin.GetPageAsync("/Admin/Holidays?Year=2026&From=31/02/2026&Days=0");
        Assert.Null(invalid.QuerySelector("[data-testid=check-result]"));
        Assert.Equal("Ngày không hợp lệ; xin nhập theo dạng dd/mm/yyyy, ví dụ 25/11/2026.", invalid.FieldError("From"));
        var (_, noDays) = await admin.GetPageAsync("/Admin/Holidays?Year=2026&From=02/02/2026&Days=0");
        Assert.Equal("Số ngày làm việc phải từ 1 đến 1000.", noDays.FieldError("Days"));
    }

    [Fact]
    public async Task A_make_up_Saturday_and_an_extra_weekday_off_are_declared_listed_and_counted()
    {
        var admin = await AdminAsync(app);
        Assert.Equal(DayOfWeek.Saturday, MakeUpSaturday.DayOfWeek);
        Assert.Equal(DayOfWeek.Friday, ExtraFriday.DayOfWeek);

        var workingDay = await admin.SubmitAsync("/Admin/Holidays/Create", CreateForm,
            Entry(MakeUpSaturday, nameof(CalendarExceptionKind.WorkingDay), "Làm bù cho ngày 16/10"));
        var holiday = await admin.SubmitAsync("/Admin/Holidays/Create", CreateForm,
            Entry(ExtraFriday, nameof(CalendarExceptionKind.Holiday), "Nghỉ hoán đổi theo thông báo"));

        Assert.Equal(HttpStatusCode.Redirect, workingDay.StatusCode);
        Assert.Equal("/Admin/Holidays?year=2026", workingDay.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, holiday.StatusCode);
        var entries = await app.Factory.WithDbAsync(db => db.CalendarEntries.AsNoTracking()
            .Where(e => e.Date == MakeUpSaturday || e.Date == ExtraFriday).OrderBy(e => e.Date).ToListAsync());
        Assert.Equal(2, entries.Count);
        Assert.Equal(CalendarExceptionKind.WorkingDay, entries[0].Kind);
        Assert.Equal(CalendarExceptionKind.Holiday, entries[1].Kind);
        Assert.Equal("Thông báo 6150/TB-BNV, 10/11/2025, Bộ Nội vụ", entries[1].Source);
        foreach (var entry in entries)
        {
            var audit = await LastAuditAsync(app, EntryEntity, entry.Id);
            Assert.Equal(DemoAccounts.Admin, audit.UserName);
            Assert.Equal("Khai báo ngày nghỉ, ngày làm bù", audit.Reason);
        }

        var (_, document) = await admin.GetPageAsync("/Admin/Holidays?Year=2026");
        Assert.Contains("Đã lưu khai báo.", document.QuerySelector("[data-testid=status-message]")?.TextContent, StringComparison.Ordinal);
        var saturday = document.QuerySelector($"tr[data-testid=entry-row][data-entry-id='{entries[0].Id}']")?.TextContent;
        Assert.Contains(D(MakeUpSaturday), saturday, StringComparison.Ordinal);
        Assert.Contains("Thứ Bảy", saturday, StringComparison.Ordinal);
        Assert.Contains("Ngày làm việc (làm bù)", saturday, StringComparison.Ordinal);
        Assert.Contains("Đang áp dụng", saturday, StringComparison.Ordinal);
        var friday = document.QuerySelector($"tr[data-testid=entry-row][data-entry-id='{entries[1].Id}']")?.TextContent;
        Assert.Contains("Nghỉ hoán đổi theo thông báo", friday, StringComparison.Ordinal);
        Assert.Contains("Ngày nghỉ", friday, StringComparison.Ordinal);

        // The declared day off is among the year's holidays, and the working-days count steps over it and counts the Saturday.
        Assert.Contains("Theo khai báo", HolidayRow(document, ExtraFriday)?.TextContent, StringComparison.Ordinal);
        var (_, check) = await admin.GetPageAsync("/Admin/Holidays?Year=2026&From=09/10/2026&Days=5");
        Assert.Equal("15/10/2026", check.QuerySelector("[data-testid=check-date]")?.TextContent.Trim());
        var (_, over) = await admin.GetPageAsync("/Admin/Holidays?Year=2026&From=15/10/2026&Days=1");
        Assert.Equal("19/10/2026", over.QuerySelector("[data-testid=check-date]")?.TextContent.Trim());
    }

    public static TheoryData<string, string, string, string, string> InvalidEntries() => new()
    {
        // A holiday on a Saturday: the week's rest day is not a working day to give off (domain rule).
        { "17/10/2026", nameof(CalendarExceptionKind.Holiday), "Nghỉ thứ Bảy", "Input.Date", "Thứ Bảy, Chủ nhật đã là ngày nghỉ." },
        { "04/11/2026", nameof(CalendarExceptionKind.WorkingDay), "Làm bù",  "Input.Date",
            "Ngày này vốn đã là ngày làm việc; chỉ khai báo làm bù cho thứ Bảy, Chủ nhật hoặc ngày nghỉ lễ đã được dời." },
        { "02/09/2026", nameof(CalendarExceptionKind.Holiday), "Nghỉ lễ", "Input.Date", "Ngày này đã là ngày nghỉ theo luật (Quốc khánh (2/9))." },
        { "", nameof(CalendarExceptionKind.Holiday), "Nghỉ", "Input.Date", "Xin nhập ngày." },
        { "17/10/2026", "", "Nghỉ", "Input.Kind", "Xin chọn loại khai báo." },
        { "04/11/2026", nameof(CalendarExceptionKind.Holiday), " ", "Input.Name", "Xin ghi tên ngày nghỉ hoặc lý do làm bù." },
    };

    [Theory]
    [MemberData(nameof(InvalidEntries))]
    public async Task An_invalid_entry_is_refused_beside_the_field_and_nothing_is_saved(string date, string kind, string name, string field, string message)
    {
        var admin = await AdminAsync(app);
        Assert.Equal(DayOfWeek.Saturday, RefusedSaturday.DayOfWeek);
        Assert.Equal(DayOfWeek.Wednesday, OrdinaryWednesday.DayOfWeek);
        var entries = await EntryCountAsync();
        var audit = await AuditCountAsync(app);

        var response = await admin.SubmitAsync("/Admin/Holidays/Create", CreateForm, new Dictionary<string, string>
        {
            ["Input.Date"] = date,
            ["Input.Kind"] = kind,
            ["Input.Name"] = name,
            ["Input.Source"] = "Thông báo của Bộ Nội vụ",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(message, (await AppClient.ParseAsync(response)).FieldError(field));
        Assert.Equal(entries, await EntryCountAsync());
        Assert.Equal(audit, await AuditCountAsync(app));
    }

    [Fact]
    public async Task An_entry_needs_its_source()
    {
        var admin = await AdminAsync(app);
        var entries = await EntryCountAsync();
        var input = Entry(RefusedSaturday, nameof(CalendarExceptionKind.WorkingDay), "Làm bù");
        input["Input.Source"] = "";

        var response = await admin.SubmitAsync("/Admin/Holidays/Create", CreateForm, input);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Xin ghi văn bản căn cứ (số, ngày, cơ quan ban hành).", (await AppClient.ParseAsync(response)).FieldError("Input.Source"));
        Assert.Equal(entries, await EntryCountAsync());
    }

    [Fact]
    public async Task A_second_entry_on_the_same_day_is_refused_naming_the_first()
    {
        var admin = await AdminAsync(app);
        Assert.Equal(DayOfWeek.Saturday, TakenSaturday.DayOfWeek);
        await AddEntryAsync(app, TakenSaturday, nameof(CalendarExceptionKind.WorkingDay), "Làm bù cho ngày 23/10");
        var entries = await EntryCountAsync();
        var audit = await AuditCountAsync(app);

        var response = await admin.SubmitAsync("/Admin/Holidays/Create", CreateForm,
            Entry(TakenSaturday, nameof(CalendarExceptionKind.WorkingDay), "Làm bù lần hai"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Ngày này đã có khai báo đang áp dụng (\"Làm bù cho ngày 23/10\"). Xin hủy khai báo đó trước nếu cần thay đổi.",
            (await AppClient.ParseAsync(response)).FieldError("Input.Date"));
        Assert.Equal(entries, await EntryCountAsync());
        Assert.Equal(audit, await AuditCountAsync(app));
    }

    [Fact]
    public async Task A_withdrawn_entry_stays_listed_as_withdrawn_and_its_day_can_be_declared_again()
    {
        var admin = await AdminAsync(app);
        Assert.Equal(DayOfWeek.Saturday, WithdrawnSaturday.DayOfWeek);
        var id = await AddEntryAsync(app, WithdrawnSaturday, nameof(CalendarExceptionKind.WorkingDay), "Làm bù nhập nhầm");
        var url = $"/Admin/Holidays/Withdraw/{id}";
        var (page, confirm) = await admin.GetPageAsync(url);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Làm bù nhập nhầm", confirm.QuerySelector("[data-testid=entry]")?.TextContent, StringComparison.Ordinal);

        var response = await admin.SubmitAsync(url, "form[data-testid=withdraw-form]", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Admin/Holidays?year=2026", response.Headers.Location!.OriginalString);
        var entry = await app.Factory.WithDbAsync(db => db.CalendarEntries.AsNoTracking().SingleAsync(e => e.Id == id));
        Assert.True(entry.IsWithdrawn);
        var audit = await LastAuditAsync(app, EntryEntity, id);
        Assert.Equal(DemoAccounts.Admin, audit.UserName);
        Assert.Equal("Hủy khai báo ngày nghỉ, ngày làm bù", audit.Reason);
        var (_, list) = await admin.GetPageAsync("/Admin/Holidays?Year=2026");
        Assert.Contains("Đã hủy khai báo.", list.QuerySelector("[data-testid=status-message]")?.TextContent, StringComparison.Ordinal);
        var row = list.QuerySelector($"tr[data-testid=entry-row][data-entry-id='{id}']");
        Assert.Equal("Đã hủy", row?.QuerySelector("[data-testid=withdrawn]")?.TextContent.Trim());
        Assert.Null(row?.QuerySelector("form[data-testid=withdraw-form]"));

        // Withdrawing twice says so; the day is free for a new entry.
        var (_, again) = await admin.GetPageAsync(url);
        Assert.Equal("Ngày này đã được hủy trước đó.", again.QuerySelector("[data-testid=withdrawn]")?.TextContent.Trim());
        var redeclared = await AddEntryAsync(app, WithdrawnSaturday, nameof(CalendarExceptionKind.WorkingDay), "Làm bù đúng");
        Assert.NotEqual(id, redeclared);
    }

    /// The list has a withdraw button on each entry (a small form posting to the Withdraw page). A browser submits it with
    /// what it renders, so it must carry the antiforgery token like every other form.
    [Fact]
    public async Task The_withdraw_button_of_the_list_posts_with_its_antiforgery_token_and_withdraws_the_entry()
    {
        var admin = await AdminAsync(app);
        var saturday = new DateOnly(2026, 11, 14);
        Assert.Equal(DayOfWeek.Saturday, saturday.DayOfWeek);
        var id = await AddEntryAsync(app, saturday, nameof(CalendarExceptionKind.WorkingDay), "Làm bù từ danh sách");
        var (_, list) = await admin.GetPageAsync("/Admin/Holidays?Year=2026");
        Assert.NotNull(list.QuerySelector($"tr[data-entry-id='{id}'] form[data-testid=withdraw-form] input[name=__RequestVerificationToken]"));

        var response = await admin.SubmitAsync("/Admin/Holidays?Year=2026", $"tr[data-entry-id='{id}'] form[data-testid=withdraw-form]",
            new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.True(await app.Factory.WithDbAsync(db => db.CalendarEntries.Where(e => e.Id == id).Select(e => e.IsWithdrawn).SingleAsync()));
    }
}
