using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using PartyMembers.Domain.Meetings;
using PartyMembers.Infrastructure.Seeding;
using PartyMembers.Web.Tests.Support;
using static PartyMembers.Web.Tests.Meetings.MeetingTestData;

namespace PartyMembers.Web.Tests.Meetings;

[Collection(AppCollection.Name)]
public sealed class MeetingChangeTests(AppFixture app)
{
    [Fact]
    public async Task An_edit_needs_a_reason_and_the_history_shows_who_changed_what_and_why()
    {
        var id = await RecordAsync(app, "Chủ trì sửa thông tin");
        var client = await app.As(DemoAccounts.CellTongHop);

        var refused = await client.SubmitAsync($"/Meetings/Edit/{id}", "main form", new Dictionary<string, string> { ["Input.DurationMinutes"] = "130" });
        Assert.Equal("Xin ghi lý do.", (await AppClient.ParseAsync(refused)).FieldError("Reason"));
        Assert.Equal(95, await app.Factory.WithDbAsync(db => db.Meetings.Where(m => m.Id == id).Select(m => m.DurationMinutes).SingleAsync()));

        var saved = await client.SubmitAsync($"/Meetings/Edit/{id}", "main form",
            new Dictionary<string, string> { ["Input.DurationMinutes"] = "130", ["Reason"] = "Ghi nhầm thời lượng" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var (_, page) = await client.GetPageAsync($"/Meetings/Details/{id}");
        var last = page.QuerySelectorAll("[data-testid=history] tbody tr")[^1].TextContent;
        Assert.Contains("thời lượng", last, StringComparison.Ordinal);
        Assert.Contains("Ghi nhầm thời lượng", last, StringComparison.Ordinal);
        Assert.Contains(DemoAccounts.CellTongHop, last, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_cancelled_meeting_stays_on_record_and_can_no_longer_be_changed()
    {
        var id = await RecordAsync(app, "Chủ trì hủy buổi");
        var client = await app.As(DemoAccounts.CellTongHop);

        var refused = await client.SubmitAsync($"/Meetings/Cancel/{id}", "main form", new Dictionary<string, string> { ["Reason"] = "" });
        Assert.Equal("Xin ghi lý do.", (await AppClient.ParseAsync(refused)).FieldError("Reason"));

        var cancelled = await client.SubmitAsync($"/Meetings/Cancel/{id}", "main form", new Dictionary<string, string> { ["Reason"] = "Nhập trùng" });
        Assert.Equal(HttpStatusCode.Redirect, cancelled.StatusCode);

        var saved = await app.Factory.WithDbAsync(db => db.Meetings.AsNoTracking().SingleAsync(m => m.Id == id));
        Assert.Equal((true, "Nhập trùng"), (saved.IsCancelled, saved.CancelReason));
        var (_, page) = await client.GetPageAsync($"/Meetings/Details/{id}");
        Assert.NotNull(page.QuerySelector("[data-testid=meeting-cancelled]"));
        Assert.Null(page.QuerySelector("#edit-meeting"));
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/Meetings/Edit/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/Meetings/Attendance/{id}")).StatusCode);
    }

    [Fact]
    public async Task A_pdf_document_is_kept_and_downloaded_and_a_disguised_file_is_refused()
    {
        var id = await RecordAsync(app, "Chủ trì tài liệu");
        var client = await app.As(DemoAccounts.CellTongHop);
        var url = $"/Meetings/Document/{id}";

        async Task<HttpResponseMessage> Upload(string title, string fileName, byte[] bytes)
        {
            var (_, page) = await client.GetPageAsync(url);
            var token = page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("main form input[name=__RequestVerificationToken]")!.Value;
            var version = page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("main form input[name=Version]")!.Value;
            using var body = new MultipartFormDataContent
            {
                { new StringContent(token), "__RequestVerificationToken" },
                { new StringContent(version), "Version" },
                { new StringContent(title), "Title" },
                { new ByteArrayContent(bytes), "Upload", fileName },
            };
            return await client.Http.PostAsync(url, body);
        }

        var disguised = await Upload("Biên bản", "bien-ban.pdf", "not a pdf"u8.ToArray());
        Assert.Equal(HttpStatusCode.OK, disguised.StatusCode);
        Assert.NotNull((await AppClient.ParseAsync(disguised)).FieldError("Upload"));
        Assert.Equal(0, await app.Factory.WithDbAsync(db => db.Meetings.Where(m => m.Id == id).SelectMany(m => m.Documents).CountAsync()));

        var pdf = "%PDF-1.4\n%kiem thu\n"u8.ToArray();
        Assert.Equal(HttpStatusCode.Redirect, (await Upload("Biên bản họp", "bien-ban.pdf", pdf)).StatusCode);
        var document = await app.Factory.WithDbAsync(db => db.Meetings.AsNoTracking().Where(m => m.Id == id).SelectMany(m => m.Documents).SingleAsync());
        Assert.Equal(("Biên bản họp", "application/pdf"), (document.Title, document.ContentType));

        var download = await client.GetAsync($"/Meetings/File/{id}?file={document.Id}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(pdf, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.As(DemoAccounts.CellBaoChi)).GetAsync($"/Meetings/File/{id}?file={document.Id}")).StatusCode);
    }

    [Fact]
    public async Task The_list_shows_the_units_meetings_with_the_short_duration_badge()
    {
        var id = await RecordAsync(app, "Chủ trì danh sách ngắn", minutes: "60");
        var (_, page) = await (await app.As(DemoAccounts.CellTongHop)).GetPageAsync($"/Meetings?unit={app.Data.TongHopCell}");
        var row = page.QuerySelectorAll("[data-testid=meetings] tbody tr").Single(r => r.QuerySelector($"a[href='/Meetings/Details/{id}']") is not null);
        Assert.Contains("dưới 90 phút", row.TextContent, StringComparison.Ordinal);
        Assert.Equal(MeetingKind.Regular, await app.Factory.WithDbAsync(db => db.Meetings.Where(m => m.Id == id).Select(m => m.Kind).SingleAsync()));
    }
}
