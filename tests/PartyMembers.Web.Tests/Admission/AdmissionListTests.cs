using System.Net;
using Microsoft.EntityFrameworkCore;
using PartyMembers.Domain.Admission;
using PartyMembers.Domain.Members;
using PartyMembers.Infrastructure.Seeding;
using PartyMembers.Testing;
using PartyMembers.Web.Tests.Support;

namespace PartyMembers.Web.Tests.Admission;

/// The case list, the waiting lists on the role home pages, the steps offered on the details page, and registering
/// a candidate.
[Collection(AppCollection.Name)]
public sealed class AdmissionListTests(AppFixture app)
{
    [Fact]
    public async Task A_sympathiser_waits_on_the_grassroots_committee_and_shows_there_not_on_the_cell_home()
    {
        var grassroots = await app.As(DemoAccounts.GrassrootsVanPhong);
        var (_, home) = await grassroots.GetPageAsync("/Grassroots");
        var waiting = home.QuerySelector("[data-testid=admission-waiting]")!.TextContent;
        Assert.Contains(DemoAdmissions.TongHopSympathiser, waiting, StringComparison.Ordinal);

        var cell = await app.As(DemoAccounts.CellTongHop);
        var (_, cellHome) = await cell.GetPageAsync("/Cell");
        var cellWaiting = cellHome.QuerySelector("[data-testid=admission-waiting]")!.TextContent;
        Assert.DoesNotContain(DemoAdmissions.TongHopSympathiser, cellWaiting, StringComparison.Ordinal);
        Assert.Contains(DemoAdmissions.TongHopCandidate, cellWaiting, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_details_page_offers_each_user_only_the_steps_their_role_takes_now()
    {
        var id = app.Data.TongHopSympathiser;
        var (_, asGrassroots) = await (await app.As(DemoAccounts.GrassrootsVanPhong)).GetPageAsync($"/Admission/Details/{id}");
        var steps = asGrassroots.QuerySelector("[data-testid=case-steps]")!;
        Assert.Contains(steps.QuerySelectorAll("a"), a => a.GetAttribute("href") == $"/Admission/Permit/{id}");

        var (_, asCell) = await (await app.As(DemoAccounts.CellTongHop)).GetPageAsync($"/Admission/Details/{id}");
        Assert.DoesNotContain(asCell.QuerySelector("[data-testid=case-steps]")!.QuerySelectorAll("a"), a => a.GetAttribute("href") == $"/Admission/Permit/{id}");

        var (_, asStanding) = await (await app.As(DemoAccounts.Standing)).GetPageAsync($"/Admission/Details/{id}");
        Assert.Empty(asStanding.QuerySelector("[data-testid=case-steps]")!.QuerySelectorAll("a"));
    }

    [Fact]
    public async Task A_candidate_is_registered_on_the_cell_register_with_who_and_when()
    {
        var client = await app.As(DemoAccounts.CellTongHop);
        var cell = app.Data.TongHopCell;
        var pid = PersonalIds.For(new DateOnly(2001, 5, 6), Sex.Female);

        var response = await client.SubmitAsync("/Admission/Create", "main form", Valid(cell, pid, "Lê Thị Thanh Hà"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var created = await app.Factory.WithDbAsync(db => db.AdmissionCases.AsNoTracking().Include(c => c.Steps).SingleAsync(c => c.PersonalIdNumber == pid));
        Assert.Equal(AdmissionStage.Candidate, created.Stage);
        Assert.Equal(cell, created.CellId);
        var step = Assert.Single(created.Steps);
        Assert.Equal(DemoAccounts.CellTongHop, step.UserName);
    }

    [Fact]
    public async Task Bad_input_gives_messages_beside_the_fields_and_saves_nothing()
    {
        var client = await app.As(DemoAccounts.CellTongHop);
        var before = await app.Factory.WithDbAsync(db => db.AdmissionCases.CountAsync());
        var input = Valid(app.Data.TongHopCell, "042301000001", "Phạm Văn Tú");
        input["Input.IntroducedOn"] = "01/01/2099";
        input["Input.PersonalIdNumber"] = "12345";

        var response = await client.SubmitAsync("/Admission/Create", "main form", input);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await AppClient.ParseAsync(response);
        Assert.False(string.IsNullOrEmpty(page.FieldError("Input.PersonalIdNumber")));
        Assert.False(string.IsNullOrEmpty(page.FieldError("Input.IntroducedOn")));
        Assert.Equal(before, await app.Factory.WithDbAsync(db => db.AdmissionCases.CountAsync()));
    }

    [Fact]
    public async Task A_secretary_cannot_register_a_candidate_in_another_cell()
    {
        var client = await app.As(DemoAccounts.CellTongHop);
        var pid = PersonalIds.For(new DateOnly(2000, 8, 9), Sex.Male);

        var response = await client.SubmitAsync("/Admission/Create", "main form", Valid(app.Data.OutsideCell, pid, "Đỗ Minh Quân"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(string.IsNullOrEmpty((await AppClient.ParseAsync(response)).FieldError("Input.CellId")));
        Assert.False(await app.Factory.WithDbAsync(db => db.AdmissionCases.AnyAsync(c => c.PersonalIdNumber == pid)));
    }

    private static Dictionary<string, string> Valid(Guid cell, string personalId, string name) => new()
    {
        ["Input.CellId"] = cell.ToString(),
        ["Input.FullName"] = name,
        ["Input.Sex"] = personalId[3] is '1' or '3' ? "Female" : "Male",
        ["Input.DateOfBirth"] = DobOf(personalId),
        ["Input.PersonalIdNumber"] = personalId,
        ["Input.IntroducedOn"] = "02/03/2026",
        ["Input.Education"] = "University",
        ["Input.Source"] = "YouthUnion",
        ["Input.UnitHasYouthUnion"] = "true",
        ["Input.IsYouthUnionMember"] = "true",
    };

    private static string DobOf(string personalId) => personalId switch
    {
        _ when personalId.StartsWith("0423", StringComparison.Ordinal) && personalId[4..6] == "01" => "06/05/2001",
        _ when personalId[4..6] == "00" => "09/08/2000",
        _ => "06/05/2001",
    };
}
