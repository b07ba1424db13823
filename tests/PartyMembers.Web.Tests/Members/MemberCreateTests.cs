using System.Net;
using Microsoft.EntityFrameworkCore;
using PartyMembers.Domain.Members;
using PartyMembers.Infrastructure.Seeding;
using PartyMembers.Web.Tests.Support;

namespace PartyMembers.Web.Tests.Members;

[Collection(AppCollection.Name)]
public sealed class MemberCreateTests(AppFixture app)
{
    private static Dictionary<string, string> Valid(Guid unit, string personalId, string name) => new()
    {
        ["Input.HomeUnitId"] = unit.ToString(),
        ["Input.Type"] = "Official",
        ["Input.AdmissionDecisionDate"] = "10/03/2012",
        ["Input.AdmissionDecisionNumber"] = "45-QĐ/ĐUK",
        ["Input.AdmissionDecisionIssuer"] = "Ban Thường vụ Đảng ủy Khối",
        ["Input.CeremonyDate"] = "19/03/2012",
        ["Input.OfficialDate"] = "19/03/2013",
        ["Input.JoinedOrganisationOn"] = "02/10/2025",
        ["Input.FullName"] = name,
        ["Input.Sex"] = "Female",
        ["Input.DateOfBirth"] = "14/07/1988",
        ["Input.PersonalIdNumber"] = personalId,
        ["Input.PoliticalTheory"] = "Intermediate",
        ["Input.BirthDateCertified"] = "true",
    };

    [Fact]
    public async Task A_valid_member_is_registered_with_the_events_of_their_history()
    {
        var client = await app.As(DemoAccounts.CellTongHop);
        var cell = await app.Factory.WithDbAsync(db => db.Units.SingleAsync(u => u.Name == DemoUnits.TongHopCell));

        var response = await client.SubmitAsync("/Members/Create", "main form", Valid(cell.Id, "042188123457", "Hoàng Thị Minh Ngọc"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var member = await app.Factory.WithDbAsync(db => db.Members.AsNoTracking().SingleAsync(m => m.PersonalIdNumber == "042188123457"));
        Assert.Equal("hoang thi minh ngoc", member.SearchName);
        Assert.Equal(MembershipType.Official, member.Type);
        var events = await app.Factory.WithDbAsync(db => db.MemberEvents.AsNoTracking().Where(e => e.MemberId == member.Id).OrderBy(e => e.Sequence).ToListAsync());
        var transferredIn = Assert.Single(events);
        Assert.Equal(MemberEventKind.TransferredIn, transferredIn.Kind);
        Assert.Equal(new DateOnly(2025, 10, 2), transferredIn.EffectiveDate);
        Assert.Equal(DemoAccounts.CellTongHop, transferredIn.RecordedByName);

        // Nobody is held without a lawful basis (docs/privacy.md): the registration records the Party's rules as the basis.
        var basis = await app.Factory.WithDbAsync(db => db.LawfulBasisRecords.AsNoTracking().SingleAsync(r => r.MemberId == member.Id));
        Assert.Equal(PartyMembers.Domain.Privacy.LawfulBasisKind.PartyRegulations, basis.Kind);
        Assert.Equal(new DateOnly(2012, 3, 10), basis.EffectiveFrom);
        Assert.Contains("10/03/2012", basis.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invalid_input_redisplays_every_message_and_saves_nothing()
    {
        var client = await app.As(DemoAccounts.CellTongHop);
        var cell = await app.Factory.WithDbAsync(db => db.Units.SingleAsync(u => u.Name == DemoUnits.TongHopCell));
        var before = await app.Factory.WithDbAsync(db => db.Members.CountAsync());
        var input = Valid(cell.Id, "042188123458", "");
        input["Input.DateOfBirth"] = "31/02/1988";
        input["Input.CeremonyDate"] = "01/01/2099";
        input["Input.ResumeNumber"] = "12345HT";

        var response = await client.SubmitAsync("/Members/Create", "main form", input);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await AppClient.ParseAsync(response);
        Assert.Equal("Xin nhập họ và tên.", document.FieldError("Input.FullName"));
        Assert.Contains("dd/mm/yyyy", document.FieldError("Input.DateOfBirth"), StringComparison.Ordinal);
        Assert.NotNull(document.FieldError("Input.ResumeNumber"));
        Assert.Equal(before, await app.Factory.WithDbAsync(db => db.Members.CountAsync()));
    }

    [Fact]
    public async Task A_duplicate_personal_id_is_refused_beside_the_field()
    {
        var client = await app.As(DemoAccounts.Board);
        var existing = await app.Factory.WithDbAsync(db => db.Members.AsNoTracking().FirstAsync(m => m.Sex == Sex.Female && m.DateOfBirth.Year == 1988));
        var cell = await app.Factory.WithDbAsync(db => db.Units.SingleAsync(u => u.Name == DemoUnits.TongHopCell));
        var input = Valid(cell.Id, existing.PersonalIdNumber, "Trần Thị Trùng");
        input["Input.DateOfBirth"] = existing.DateOfBirth.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);

        var response = await client.SubmitAsync("/Members/Create", "main form", input);

        var document = await AppClient.ParseAsync(response);
        Assert.Equal("Số định danh cá nhân này đã có trong danh sách đảng viên.", document.FieldError("Input.PersonalIdNumber"));
    }

    [Fact]
    public async Task A_secretary_cannot_register_a_member_in_another_cell_by_forging_the_unit()
    {
        var client = await app.As(DemoAccounts.CellTongHop);
        var outside = await app.Factory.WithDbAsync(db => db.Units.SingleAsync(u => u.Name == DemoMembers.TranVanDaoCell));
        var before = await app.Factory.WithDbAsync(db => db.Members.CountAsync());

        var response = await client.SubmitAsync("/Members/Create", "main form", Valid(outside.Id, "042188123459", "Ngô Văn Giả"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(before, await app.Factory.WithDbAsync(db => db.Members.CountAsync()));
    }
}
