using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using PartyMembers.Domain.Common;
using PartyMembers.Domain.Members;
using PartyMembers.Domain.Transfers;
using PartyMembers.E2E.Support;
using PartyMembers.Infrastructure.Seeding;
using static Microsoft.Playwright.Assertions;

namespace PartyMembers.E2E;

/// Issue 4: a cell secretary records the month's meeting with its roll-call and collects the month's fees; the
/// organisation board issues the letter of an internal transfer and prints it; the receiving cell's secretary accepts
/// the member, who then shows in the new cell with the history from before the transfer.
[Trait("Category", "E2E")]
public sealed class MemberLifeJourneyTests(E2EFixture app) : BrowserTest(app)
{
    [Fact]
    public async Task A_cell_secretary_records_the_meeting_with_its_roll_call_and_the_months_fees()
    {
        var today = VietnamTime.Today(App.Clock);
        var cellId = await App.Factory.WithDbAsync(db => db.Units.Where(u => u.Name == DemoUnits.TongHopCell).Select(u => u.Id).SingleAsync());
        var secretary = await SignedInAsync(DemoAccounts.CellTongHop);

        // The month's regular meeting, then the roll-call: everyone present by default, one absent with a reason.
        await Ui.Menu(secretary).GetByRole(AriaRole.Link, new() { Name = "Sinh hoạt đảng", Exact = true }).ClickAsync();
        await Expect(secretary).ToHaveURLAsync(new Regex("/Meetings"));
        await secretary.Locator("#new-meeting").ClickAsync();
        await secretary.Locator("#Input_Kind").SelectOptionAsync("Regular");
        await secretary.Locator("#Input_Date").FillAsync(today.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture));
        await secretary.Locator("#Input_DurationMinutes").FillAsync("100");
        await secretary.Locator("#Input_Chair").FillAsync("Bí thư chi bộ");
        await secretary.Locator("#Input_MinuteTaker").FillAsync("Phó bí thư chi bộ");
        await secretary.Locator("#Input_Content").FillAsync("Đánh giá công tác tháng, triển khai nhiệm vụ tháng tới.");
        await secretary.Locator("#Input_Resolutions").FillAsync("Chi bộ thống nhất nhiệm vụ tháng tới.");
        await Ui.ScreenshotAsync(secretary, "meetings-create.png");
        await secretary.Locator("#save-meeting").ClickAsync();
        await Expect(secretary).ToHaveURLAsync(new Regex("/Meetings/Attendance/"));
        var meetingId = Guid.Parse(secretary.Url.Split('/').Last().Split('?')[0]);
        var lines = secretary.GetByTestId("roll-call").Locator("li");
        var count = await lines.CountAsync();
        Assert.True(count > 2);
        await secretary.Locator("label[for='Entries_0__Status_AbsentWithReason']").ClickAsync();
        await secretary.Locator("#Entries_0__Reason").FillAsync("Đi công tác theo quyết định của cơ quan");
        await Ui.ScreenshotAsync(secretary, "meetings-attendance.png");
        await secretary.Locator("#save-attendance").ClickAsync();
        await Expect(secretary).ToHaveURLAsync(new Regex($"/Meetings/Details/{meetingId}"));
        await Expect(secretary.GetByTestId("attendance")).ToContainTextAsync("Đi công tác theo quyết định của cơ quan");
        var recorded = await App.Factory.WithDbAsync(db => db.MeetingAttendance.Where(a => a.MeetingId == meetingId)
            .GroupBy(a => a.Status).Select(g => new { g.Key, N = g.Count() }).ToListAsync());
        Assert.Equal(count, recorded.Sum(r => r.N));
        Assert.Equal(1, recorded.Single(r => r.Key == Domain.Meetings.AttendanceStatus.AbsentWithReason).N);

        // The month's fees for the whole cell in one go.
        await secretary.GotoAsync($"/Fees/Collect/{cellId}?year={today.Year}&month={today.Month}");
        await Expect(secretary.GetByTestId("fee-month")).ToBeVisibleAsync();
        var boxes = secretary.Locator("#collect-table input[id^='paid-']");
        var unpaid = await boxes.CountAsync();
        Assert.True(unpaid > 0);
        for (var i = 0; i < unpaid; i++)
        {
            await boxes.Nth(i).CheckAsync();
        }

        await Ui.ScreenshotAsync(secretary, "fees-collect.png");
        await secretary.Locator("#collect-save").ClickAsync();
        await Expect(secretary.Locator("#collect-table input[id^='paid-']")).ToHaveCountAsync(0);
        var month = new DateOnly(today.Year, today.Month, 1);
        var paid = await App.Factory.WithDbAsync(db => db.FeePayments.CountAsync(p => p.UnitId == cellId && p.Month == month && p.VoidSequence == 0));
        Assert.True(paid >= unpaid);

        // The printable collection sheet lists the month's payments.
        await secretary.Locator("#sheet-link").ClickAsync();
        await Expect(secretary.Locator("body")).ToContainTextAsync(today.ToString("MM/yyyy", CultureInfo.InvariantCulture));
        await Ui.ScreenshotAsync(secretary, "fees-sheet.png");
    }

    [Fact]
    public async Task The_board_issues_a_transfer_letter_and_the_receiving_cell_accepts_the_member()
    {
        var today = VietnamTime.Today(App.Clock);
        var transfer = await App.Factory.WithDbAsync(db => db.TransferCases
            .Where(t => t.Kind == TransferKind.Internal && t.Stage == TransferStage.Commented)
            .Select(t => new { t.Id, t.MemberId, t.ToUnitId }).SingleAsync());
        var memberId = transfer.MemberId!.Value;
        var before = await App.Factory.WithDbAsync(db => db.Members.Where(m => m.Id == memberId)
            .Select(m => new { m.FullName, m.HomeUnitId, Events = db.MemberEvents.Count(e => e.MemberId == m.Id) }).SingleAsync());
        var toChuc = await App.Factory.WithDbAsync(db => db.Units.Where(u => u.Id == transfer.ToUnitId).Select(u => u.Name).SingleAsync());

        // The board finds the transfer waiting for its letter and issues it.
        var board = await SignedInAsync(DemoAccounts.Board);
        await Ui.Menu(board).GetByRole(AriaRole.Link, new() { Name = "Chuyển sinh hoạt đảng", Exact = true }).ClickAsync();
        await Expect(board).ToHaveURLAsync(new Regex("/Transfers$"));
        await Ui.ScreenshotAsync(board, "transfers-list.png");
        await board.GotoAsync($"/Transfers/Details/{transfer.Id}");
        await Expect(board.GetByTestId("transfer-name")).ToHaveTextAsync(before.FullName);
        await board.Locator("#step-IssueLetter").ClickAsync();
        var number = await board.Locator("#Input_Number").InputValueAsync();
        Assert.False(string.IsNullOrWhiteSpace(number));
        await board.Locator("#Input_Date").FillAsync(today.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture));
        await board.Locator("#Input_Signer").FillAsync("Phan Thị Thu Hương");
        await Ui.ScreenshotAsync(board, "transfers-issue-letter.png");
        await board.Locator("#issue-submit").ClickAsync();
        await Expect(board.GetByTestId("transfer-stage")).ToHaveTextAsync("Đã cấp giấy giới thiệu");

        // The letter prints in the party layout and downloads as .docx.
        await board.Locator("#print-letter").ClickAsync();
        await Expect(board.Locator("body")).ToContainTextAsync(number);
        await Expect(board.Locator("body")).ToContainTextAsync(before.FullName);
        await Ui.ScreenshotAsync(board, "transfers-letter.png");
        var download = await board.RunAndWaitForDownloadAsync(() => board.Locator("#letter-docx").ClickAsync());
        Assert.EndsWith(".docx", download.SuggestedFilename, StringComparison.Ordinal);

        // The receiving cell's secretary accepts the member.
        var receiving = await SignedInAsync(DemoAccounts.CellToChuc);
        await receiving.GotoAsync($"/Transfers/Details/{transfer.Id}");
        await receiving.Locator("#step-Accept").ClickAsync();
        await receiving.Locator("#Input_Date").FillAsync(today.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture));
        await receiving.Locator("#step-submit").ClickAsync();
        await Expect(receiving.GetByTestId("transfer-stage")).ToHaveTextAsync("Hoàn tất");

        // The member is now in the new cell, with the history from before the transfer and the move itself.
        await receiving.GetByTestId("transfer-member").ClickAsync();
        await Expect(receiving.GetByTestId("member-name")).ToHaveTextAsync(before.FullName);
        await Expect(receiving.Locator("body")).ToContainTextAsync(toChuc);
        var rows = receiving.GetByTestId("member-history").Locator("tbody tr");
        await Expect(rows).ToHaveCountAsync(before.Events + 1);
        await Ui.ScreenshotAsync(receiving, "transfers-member-arrived.png");

        var after = await App.Factory.WithDbAsync(db => db.Members.Where(m => m.Id == memberId)
            .Select(m => new { m.HomeUnitId, m.Status, Last = db.MemberEvents.Where(e => e.MemberId == m.Id).OrderByDescending(e => e.Sequence).Select(e => e.Kind).First() }).SingleAsync());
        Assert.Equal(transfer.ToUnitId, after.HomeUnitId);
        Assert.Equal(ActivityStatus.Active, after.Status);
        Assert.Equal(MemberEventKind.InternalTransfer, after.Last);

        // The sending cell's secretary no longer sees the member.
        var sending = await SignedInAsync(DemoAccounts.CellTongHop);
        var response = await sending.GotoAsync($"/Members/Details/{memberId}");
        Assert.Equal(403, response!.Status);
    }
}
