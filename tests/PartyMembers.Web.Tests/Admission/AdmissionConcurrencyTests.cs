using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using PartyMembers.Domain.Common;
using PartyMembers.Domain.Members;
using PartyMembers.Infrastructure.Seeding;
using PartyMembers.Testing;
using PartyMembers.Web.Tests.Support;

namespace PartyMembers.Web.Tests.Admission;

/// Two people acting on the same case at once: both forms carry the version they were shown with; the first save
/// wins, the second is told someone else saved first and sees the current state, and nothing is overwritten.
[Collection(AppCollection.Name)]
public sealed class AdmissionConcurrencyTests(AppFixture app)
{
    private static readonly DateOnly Today = VietnamTime.Today(TimeProvider.System);

    private static string D(int daysAgo) => Today.AddDays(-daysAgo).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    [Fact]
    public async Task Of_two_course_records_posted_from_the_same_version_the_second_is_refused_with_the_concurrency_message()
    {
        var first = await app.NewSession(DemoAccounts.CellTongHop);
        var second = await app.NewSession(DemoAccounts.CellTongHop);
        var pid = PersonalIds.For(new DateOnly(1999, 9, 9), Sex.Male);
        var created = await first.SubmitAsync("/Admission/Create", "main form", new Dictionary<string, string>
        {
            ["Input.CellId"] = app.Data.TongHopCell.ToString(),
            ["Input.FullName"] = "Ngô Đình Song Song",
            ["Input.Sex"] = "Male",
            ["Input.DateOfBirth"] = "09/09/1999",
            ["Input.PersonalIdNumber"] = pid,
            ["Input.IntroducedOn"] = D(30),
            ["Input.Education"] = "University",
            ["Input.Source"] = "TradeUnion",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var id = await app.Factory.WithDbAsync(db => db.AdmissionCases.Where(c => c.PersonalIdNumber == pid).Select(c => c.Id).SingleAsync());

        // Both open the form before either saves.
        var url = $"/Admission/Course/{id}";
        var (_, firstPage) = await first.GetPageAsync(url);
        var (_, secondPage) = await second.GetPageAsync(url);
        Dictionary<string, string> Course(string name) => new()
        {
            ["Input.ClassName"] = name,
            ["Input.StartDate"] = D(20),
            ["Input.EndDate"] = D(15),
            ["Input.SessionsTotal"] = "8",
            ["Input.SessionsAttended"] = "8",
            ["Input.Passed"] = "false",
        };

        var won = await first.PostFormAsync(firstPage.QuerySelector<IHtmlFormElement>("main form")!, url, Course("Lớp thứ nhất"));
        var lost = await second.PostFormAsync(secondPage.QuerySelector<IHtmlFormElement>("main form")!, url, Course("Lớp thứ hai"));

        Assert.Equal(HttpStatusCode.Redirect, won.StatusCode);
        Assert.Equal(HttpStatusCode.OK, lost.StatusCode);
        var lostPage = await AppClient.ParseAsync(lost);
        Assert.Contains("người khác", lostPage.QuerySelector(".validation-summary-errors, [data-testid=form-errors]")?.TextContent ?? lostPage.Text(), StringComparison.Ordinal);
        var courses = await app.Factory.WithDbAsync(db => db.AdmissionCases.AsNoTracking().Where(c => c.Id == id).SelectMany(c => c.Courses).Select(c => c.ClassName).ToListAsync());
        Assert.Equal(["Lớp thứ nhất"], courses);
    }
}
