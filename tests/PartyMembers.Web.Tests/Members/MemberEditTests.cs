using System.Net;
using Microsoft.EntityFrameworkCore;
using PartyMembers.Infrastructure.Seeding;
using PartyMembers.Web.Tests.Support;

namespace PartyMembers.Web.Tests.Members;

[Collection(AppCollection.Name)]
public sealed class MemberEditTests(AppFixture app)
{
    /// A member of Chi bộ Phòng Tổng hợp other than the one the matrix and the end-to-end test use.
    private Task<Domain.Members.Member> SubjectAsync(int skip) => app.Factory.WithDbAsync(async db =>
    {
        var cell = await db.Units.SingleAsync(u => u.Name == DemoUnits.TongHopCell);
        return await db.Members.AsNoTracking()
            .Where(m => m.HomeUnitId == cell.Id && m.FullName != DemoMembers.Dao && m.Status == Domain.Members.ActivityStatus.Active)
            .OrderBy(m => m.SearchName).Skip(skip).FirstAsync();
    });

    [Theory]
    [InlineData("00312345678", "Số định danh cá nhân phải gồm đúng 12 chữ số.")]
    [InlineData("003123456789", "Mã tỉnh \"003\"")]
    [InlineData("04299123456x", "Số định danh cá nhân phải gồm đúng 12 chữ số.")]
    public async Task An_invalid_personal_id_shows_the_Vietnamese_message_beside_the_field_and_changes_nothing(string value, string message)
    {
        var client = await app.As(DemoAccounts.CellTongHop);
        var member = await SubjectAsync(0);
        var auditBefore = await app.Factory.WithDbAsync(db => db.AuditEntries.CountAsync());

        var response = await client.SubmitAsync($"/Members/Edit/{member.Id}", "main form", new Dictionary<string, string>
        {
            ["Input.PersonalIdNumber"] = value,
            ["Input.Residence"] = "Phường Thành Sen, tỉnh Hà Tĩnh",
            ["Input.Reason"] = "Kiểm tra",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await AppClient.ParseAsync(response);
        Assert.Contains(message, document.FieldError("Input.PersonalIdNumber"), StringComparison.Ordinal);
        var after = await app.Factory.WithDbAsync(db => db.Members.AsNoTracking().SingleAsync(m => m.Id == member.Id));
        Assert.Equal(member.PersonalIdNumber, after.PersonalIdNumber);
        Assert.Equal(member.Residence, after.Residence);
        Assert.Equal(member.Version, after.Version);
        Assert.Equal(auditBefore, await app.Factory.WithDbAsync(db => db.AuditEntries.CountAsync()));
    }

    [Fact]
    public async Task A_personal_id_that_does_not_match_the_birth_year_is_refused()
    {
        var client = await app.As(DemoAccounts.CellTongHop);
        var member = await SubjectAsync(0);
        var wrongYear = member.PersonalIdNumber[..4] + (member.DateOfBirth.Year % 100 == 99 ? "00" : ((member.DateOfBirth.Year % 100) + 1).ToString("00", System.Globalization.CultureInfo.InvariantCulture)) + member.PersonalIdNumber[6..];

        var response = await client.SubmitAsync($"/Members/Edit/{member.Id}", "main form", new Dictionary<string, string>
        {
            ["Input.PersonalIdNumber"] = wrongYear,
            ["Input.Reason"] = "Kiểm tra",
        });

        var document = await AppClient.ParseAsync(response);
        Assert.Contains("hai số cuối của năm sinh", document.FieldError("Input.PersonalIdNumber"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_valid_edit_saves_redirects_and_keeps_who_when_what_and_why()
    {
        var client = await app.As(DemoAccounts.CellTongHop);
        var member = await SubjectAsync(1);

        var response = await client.SubmitAsync($"/Members/Edit/{member.Id}", "main form", new Dictionary<string, string>
        {
            ["Input.Residence"] = "Phường Trần Phú, tỉnh Hà Tĩnh",
            ["Input.Reason"] = "Đảng viên báo thay đổi nơi thường trú",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/Members/Details/{member.Id}", response.Headers.Location!.OriginalString);
        var after = await app.Factory.WithDbAsync(db => db.Members.AsNoTracking().SingleAsync(m => m.Id == member.Id));
        Assert.Equal("Phường Trần Phú, tỉnh Hà Tĩnh", after.Residence);
        Assert.NotEqual(member.Version, after.Version);
        var audit = await app.Factory.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(a => a.Entity == "Member" && a.EntityKey == member.Id.ToString()).OrderByDescending(a => a.Id).FirstAsync());
        Assert.Equal(DemoAccounts.CellTongHop, audit.UserName);
        Assert.Equal("Đảng viên báo thay đổi nơi thường trú", audit.Reason);
        Assert.Contains("Residence", audit.Changes, StringComparison.Ordinal);
        Assert.Contains("Phường Trần Phú", audit.Changes, StringComparison.Ordinal);

        var (_, details) = await client.GetPageAsync($"/Members/Details/{member.Id}");
        Assert.Contains("Đã lưu thông tin đảng viên.", details.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_people_editing_the_same_member_cannot_overwrite_each_other()
    {
        var secretary = await app.As(DemoAccounts.CellTongHop);
        var grassroots = await app.As(DemoAccounts.GrassrootsVanPhong);
        var member = await SubjectAsync(2);
        var url = $"/Members/Edit/{member.Id}";
        var (_, first) = await secretary.GetPageAsync(url);
        var (_, second) = await grassroots.GetPageAsync(url);

        var saved = await secretary.PostFormAsync((AngleSharp.Html.Dom.IHtmlFormElement)first.QuerySelector("main form")!, url,
            new Dictionary<string, string> { ["Input.Occupation"] = "Chuyên viên", ["Input.Reason"] = "Cập nhật nghề nghiệp" });
        var refused = await grassroots.PostFormAsync((AngleSharp.Html.Dom.IHtmlFormElement)second.QuerySelector("main form")!, url,
            new Dictionary<string, string> { ["Input.Occupation"] = "Chuyên viên chính", ["Input.Reason"] = "Cập nhật" });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var document = await AppClient.ParseAsync(refused);
        Assert.Contains("vừa được người khác thay đổi", document.Text(), StringComparison.Ordinal);
        Assert.Equal("Chuyên viên", ((AngleSharp.Html.Dom.IHtmlInputElement)document.QuerySelector("#Input_Occupation")!).Value);
        var after = await app.Factory.WithDbAsync(db => db.Members.AsNoTracking().SingleAsync(m => m.Id == member.Id));
        Assert.Equal("Chuyên viên", after.Occupation);
    }

    [Fact]
    public async Task A_certified_birth_date_cannot_be_changed_even_by_a_forged_form()
    {
        var client = await app.As(DemoAccounts.Board);
        var member = await app.Factory.WithDbAsync(db => db.Members.AsNoTracking().FirstAsync(m => m.BirthDateCertified && m.Status == Domain.Members.ActivityStatus.Active));

        var response = await client.SubmitAsync($"/Members/Edit/{member.Id}", "main form", new Dictionary<string, string>
        {
            ["Input.DateOfBirth"] = member.DateOfBirth.AddDays(1).ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture),
            ["Input.Reason"] = "Thử sửa ngày sinh",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await AppClient.ParseAsync(response);
        Assert.Contains("không được sửa", document.Text(), StringComparison.Ordinal);
        var after = await app.Factory.WithDbAsync(db => db.Members.AsNoTracking().SingleAsync(m => m.Id == member.Id));
        Assert.Equal(member.DateOfBirth, after.DateOfBirth);
    }

    [Fact]
    public async Task The_reason_is_required()
    {
        var client = await app.As(DemoAccounts.Board);
        var member = await SubjectAsync(3);

        var response = await client.SubmitAsync($"/Members/Edit/{member.Id}", "main form", new Dictionary<string, string> { ["Input.Reason"] = "" });

        var document = await AppClient.ParseAsync(response);
        Assert.Equal("Xin ghi lý do sửa đổi.", document.FieldError("Input.Reason"));
    }
}
