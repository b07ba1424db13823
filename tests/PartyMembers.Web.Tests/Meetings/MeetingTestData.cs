using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using PartyMembers.Domain.Common;
using PartyMembers.Infrastructure.Seeding;
using PartyMembers.Web.Tests.Support;

namespace PartyMembers.Web.Tests.Meetings;

/// Meetings the tests record for themselves in the Tổng hợp cell (the demo meetings stay as seeded for the matrix and
/// the dashboard), each with a chair name of its own to find it by.
internal static class MeetingTestData
{
    public static readonly DateOnly Today = VietnamTime.Today(TimeProvider.System);

    public static string D(int daysAgo) => Today.AddDays(-daysAgo).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    public static Dictionary<string, string> Form(string chair, string kind = "Regular", int daysAgo = 3, string minutes = "95") => new()
    {
        ["Input.Kind"] = kind,
        ["Input.Date"] = D(daysAgo),
        ["Input.DurationMinutes"] = minutes,
        ["Input.Chair"] = chair,
        ["Input.MinuteTaker"] = "Thư ký kiểm thử",
        ["Input.Content"] = "Nội dung kiểm thử",
    };

    /// Records a meeting of the Tổng hợp cell as its secretary and returns its id.
    public static async Task<Guid> RecordAsync(AppFixture app, string chair, string kind = "Regular", string minutes = "95")
    {
        var client = await app.As(DemoAccounts.CellTongHop);
        var values = Form(chair, kind, minutes: minutes);
        values["UnitId"] = app.Data.TongHopCell.ToString();
        var response = await client.SubmitAsync("/Meetings/Create", "main form", values);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return await IdAsync(app, chair);
    }

    public static Task<Guid> IdAsync(AppFixture app, string chair) =>
        app.Factory.WithDbAsync(db => db.Meetings.Where(m => m.Chair == chair).Select(m => m.Id).SingleAsync());
}
