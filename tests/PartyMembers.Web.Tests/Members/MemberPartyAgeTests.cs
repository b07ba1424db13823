using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using PartyMembers.Domain.Common;
using PartyMembers.Domain.Members;
using PartyMembers.Infrastructure.Seeding;
using PartyMembers.Testing;
using PartyMembers.Web.Tests.Support;

namespace PartyMembers.Web.Tests.Members;

/// The member page shows the party age (from the admission decision, less the time out of the Party) and the next
/// Party badge, for members registered and changed through the pages with dates set relative to today.
[Collection(AppCollection.Name)]
public sealed class MemberPartyAgeTests(AppFixture app)
{
    private static DateOnly Today => VietnamTime.Today(TimeProvider.System);

    private static string Dmy(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// Registers an official member admitted here by a decision of <paramref name="decision"/>, through the page.
    private async Task<Guid> RegisterAsync(AppClient client, DateOnly decision, string name)
    {
        var cell = await app.Factory.WithDbAsync(db => db.Units.SingleAsync(u => u.Name == DemoUnits.TongHopCell));
        var birth = decision.AddYears(-25);
        string personalId;
        do
        {
            personalId = PersonalIds.For(birth, Sex.Female);
        }
        while (await app.Factory.WithDbAsync(db => db.Members.AnyAsync(m => m.PersonalIdNumber == personalId)));

        var ceremony = decision.AddDays(10);
        var response = await client.SubmitAsync("/Members/Create", "main form", new Dictionary<string, string>
        {
            ["Input.HomeUnitId"] = cell.Id.ToString(),
            ["Input.Type"] = nameof(MembershipType.Official),
            ["Input.AdmissionDecisionDate"] = Dmy(decision),
            ["Input.AdmissionDecisionNumber"] = "12-QĐ/ĐUK",
            ["Input.AdmissionDecisionIssuer"] = "Ban Thường vụ Đảng ủy Khối",
            ["Input.CeremonyDate"] = Dmy(ceremony),
            ["Input.OfficialDate"] = Dmy(ceremony.AddMonths(12)),
            ["Input.JoinedOrganisationOn"] = string.Empty,
            ["Input.FullName"] = name,
            ["Input.Sex"] = nameof(Sex.Female),
            ["Input.DateOfBirth"] = Dmy(birth),
            ["Input.PersonalIdNumber"] = personalId,
            ["Input.PoliticalTheory"] = nameof(PoliticalTheoryLevel.Intermediate),
            ["Input.BirthDateCertified"] = "true",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return await app.Factory.WithDbAsync(db => db.Members.Where(m => m.PersonalIdNumber == personalId).Select(m => m.Id).SingleAsync());
    }

    private static async Task<(string Age, string Badge, string? Gaps)> ShownAsync(AppClient client, Guid id)
    {
        var (response, document) = await client.GetPageAsync($"/Members/Details/{id}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (
            document.QuerySelector("[data-testid=party-age]")!.TextContent.Trim(),
            document.QuerySelector("[data-testid=next-badge]")!.TextContent.Trim(),
            document.QuerySelector("[data-testid=party-age-gaps]")?.TextContent.Trim());
    }

    [Fact]
    public async Task A_member_a_month_short_of_thirty_years_is_due_the_thirty_year_badge_on_the_anniversary()
    {
        var client = await app.As(DemoAccounts.Board);
        // 29 years, 11 months and a few days ago (the days keep month ends from moving the count).
        var decision = Today.AddYears(-29).AddMonths(-11).AddDays(-5);
        var id = await RegisterAsync(client, decision, "Phạm Thị Tuổi Đảng");

        var vi = await ShownAsync(client, id);
        var english = await app.NewSession(DemoAccounts.Board);
        var switched = await english.SubmitAsync("/", "form[action='/Culture']", new Dictionary<string, string> { ["culture"] = "en-GB", ["returnUrl"] = "/" });
        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        var en = await ShownAsync(english, id);

        Assert.Equal("29 năm 11 tháng", vi.Age);
        Assert.Equal($"30 năm, đến hạn {Dmy(decision.AddYears(30))}", vi.Badge);
        Assert.Null(vi.Gaps);
        Assert.Equal("29 years 11 months", en.Age);
        Assert.Equal($"30 years, due {Dmy(decision.AddYears(30))}", en.Badge);
    }

    [Fact]
    public async Task Time_between_removal_from_the_list_and_reinstatement_is_not_counted()
    {
        var client = await app.As(DemoAccounts.Board);
        const int daysOut = 100;
        // 30 years 11 months and a few days of activity, plus 100 days out of the Party three years ago.
        var decision = Today.AddDays(-daysOut).AddYears(-30).AddMonths(-11).AddDays(-5);
        var id = await RegisterAsync(client, decision, "Đỗ Thị Gián Đoạn");
        var removed = Today.AddYears(-3);
        await RecordAsync(client, id, MemberEventKind.Left, removed, ExitForm.RemovedFromList);
        await RecordAsync(client, id, MemberEventKind.Reinstated, removed.AddDays(daysOut), null);

        var (age, badge, gaps) = await ShownAsync(client, id);

        Assert.Equal("30 năm 11 tháng", age);
        Assert.Equal($"40 năm, đến hạn {Dmy(decision.AddYears(40).AddDays(daysOut))}", badge);
        Assert.Equal("(đã trừ 100 ngày không sinh hoạt đảng)", gaps);
    }

    [Fact]
    public async Task A_member_out_of_the_Party_keeps_the_age_reached_and_gets_no_next_badge()
    {
        var client = await app.As(DemoAccounts.Board);
        var decision = Today.AddYears(-12).AddDays(-20);
        var id = await RegisterAsync(client, decision, "Vũ Thị Xóa Tên");
        var removed = decision.AddYears(10).AddDays(15);
        await RecordAsync(client, id, MemberEventKind.Left, removed, ExitForm.RemovedFromList);

        var (age, badge, _) = await ShownAsync(client, id);

        Assert.Equal("10 năm 0 tháng", age);
        Assert.Equal("Không xét (đảng viên không còn trong danh sách)", badge);
    }

    private static async Task RecordAsync(AppClient client, Guid id, MemberEventKind kind, DateOnly on, ExitForm? form)
    {
        var fields = new Dictionary<string, string>
        {
            ["Input.Event"] = kind.ToString(),
            ["Input.EffectiveDate"] = Dmy(on),
            ["Input.BasisNumber"] = "7-QĐ/ĐUK",
            ["Input.BasisDate"] = Dmy(on),
            ["Input.BasisIssuer"] = "Ban Thường vụ Đảng ủy Khối",
        };
        if (form is { } exit)
        {
            fields["Input.ExitForm"] = exit.ToString();
        }

        var response = await client.SubmitAsync($"/Members/ChangeStatus/{id}", "main form", fields);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }
}
