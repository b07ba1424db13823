using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using PartyMembers.Domain.Members;
using PartyMembers.Domain.Organisation;
using PartyMembers.Infrastructure.Seeding;
using PartyMembers.Web.Tests.Support;
using static PartyMembers.Web.Tests.Admin.AdminSteps;

namespace PartyMembers.Web.Tests.Admin;

/// The organisation tree as the administrator keeps it: create, rename, move, dissolve (never delete).
[Collection(AdminCollection.Name)]
public sealed class UnitAdminTests(AppFixture app)
{
    private const string UnitEntity = nameof(OrganisationUnit);
    private const string CreateForm = "form[data-testid=unit-create-form]";

    private Task<OrganisationUnit> UnitAsync(Guid id) => app.Factory.WithDbAsync(db => db.Units.AsNoTracking().SingleAsync(u => u.Id == id));

    private Task<int> UnitCountAsync() => app.Factory.WithDbAsync(db => db.Units.CountAsync());

    [Fact]
    public async Task A_cell_created_under_a_grassroots_committee_hangs_below_it_with_its_decision_and_an_audit_row()
    {
        var admin = await AdminAsync(app);
        var parent = await UnitAsync(await UnitIdAsync(app, DemoUnits.VanPhongCommittee));

        var response = await admin.SubmitAsync($"/Admin/Units/Create?parent={parent.Id}", CreateForm, new Dictionary<string, string>
        {
            ["Input.ParentId"] = parent.Id.ToString(),
            ["Input.Type"] = nameof(UnitType.Cell),
            ["Input.Name"] = "Chi bộ Phòng Lưu trữ",
            ["Input.Code"] = "CB01.91",
            ["Input.EstablishedOn"] = D(Today),
            ["Input.DecisionNumber"] = "25-QĐ/ĐU",
            ["Input.DecisionDate"] = D(Today),
            ["Input.DecisionIssuer"] = "Đảng ủy Văn phòng Tỉnh ủy",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Admin/Units", response.Headers.Location!.OriginalString);
        var unit = await app.Factory.WithDbAsync(db => db.Units.AsNoTracking().SingleAsync(u => u.Code == "CB01.91"));
        Assert.Equal("Chi bộ Phòng Lưu trữ", unit.Name);
        Assert.Equal(UnitType.Cell, unit.Type);
        Assert.Equal(parent.Id, unit.ParentId);
        Assert.Equal(parent.Path + unit.Id.ToString("N") + "/", unit.Path);
        Assert.Equal(parent.Depth + 1, unit.Depth);
        Assert.Equal(Today, unit.EstablishedOn);
        Assert.Equal("25-QĐ/ĐU", unit.EstablishmentDecision?.DocumentNumber);
        Assert.Null(unit.DissolvedOn);
        var audit = await LastAuditAsync(app, UnitEntity, unit.Id);
        Assert.Equal(DemoAccounts.Admin, audit.UserName);
        Assert.Equal("Thành lập tổ chức đảng", audit.Reason);
        Assert.Contains("Chi bộ Phòng Lưu trữ", audit.Changes, StringComparison.Ordinal);

        var (_, tree) = await admin.GetPageAsync("/Admin/Units");
        Assert.Contains("Đã thêm tổ chức đảng.", tree.QuerySelector("[data-testid=status-message]")?.TextContent, StringComparison.Ordinal);
        var row = tree.QuerySelector($"tr[data-unit-id='{unit.Id}']");
        Assert.NotNull(row);
        Assert.Contains("Chi bộ Phòng Lưu trữ", row.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_cell_directly_under_the_upper_committee_is_refused_beside_the_type()
    {
        var admin = await AdminAsync(app);
        var units = await UnitCountAsync();
        var audit = await AuditCountAsync(app);

        var response = await admin.SubmitAsync($"/Admin/Units/Create?parent={app.Data.TopUnit}", CreateForm, new Dictionary<string, string>
        {
            ["Input.ParentId"] = app.Data.TopUnit.ToString(),
            ["Input.Type"] = nameof(UnitType.Cell),
            ["Input.Name"] = "Chi bộ Đặt Sai Chỗ",
            ["Input.EstablishedOn"] = D(Today),
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await AppClient.ParseAsync(response);
        Assert.Equal("Không thể đặt \"Chi bộ trực thuộc\" trực thuộc \"Đảng bộ cấp trên cơ sở\".", document.FieldError("Input.Type"));
        Assert.Equal("Chi bộ Đặt Sai Chỗ", document.QuerySelector<IHtmlInputElement>("#Input_Name")?.Value);
        Assert.Equal(units, await UnitCountAsync());
        Assert.Equal(audit, await AuditCountAsync(app));
    }

    public static TheoryData<string, string, string, string> InvalidCreations() => new()
    {
        { "Input.Code", DemoUnits.TongHopCellCode, "Input.Code", "Mã tổ chức này đã được dùng cho một tổ chức khác." },
        { "Input.Name", "", "Input.Name", "Xin nhập tên tổ chức." },
        { "Input.EstablishedOn", "", "Input.EstablishedOn", "Xin nhập ngày thành lập." },
        { "Input.EstablishedOn", "31/02/2026", "Input.EstablishedOn", "Ngày không hợp lệ; xin nhập theo dạng dd/mm/yyyy, ví dụ 25/11/2026." },
        { "Input.EstablishedOn", "01/01/2999", "Input.EstablishedOn", "Ngày phải trong khoảng từ năm 1900 đến năm 2100." },
        { "Input.DecisionNumber", "26-QĐ/ĐU", "Input.DecisionIssuer", "Xin nhập cơ quan ban hành." },
        { "Input.ParentId", "", "Input.ParentId", "Xin chọn tổ chức cấp trên. Hệ thống chỉ có một tổ chức cao nhất và tổ chức đó đã có." },
    };

    [Theory]
    [MemberData(nameof(InvalidCreations))]
    public async Task An_invalid_unit_is_redisplayed_with_the_message_beside_the_field_and_nothing_is_saved(
        string field, string value, string errorField, string message)
    {
        var admin = await AdminAsync(app);
        var parent = await UnitIdAsync(app, DemoUnits.VanPhongCommittee);
        var units = await UnitCountAsync();
        var audit = await AuditCountAsync(app);
        var input = new Dictionary<string, string>
        {
            ["Input.ParentId"] = parent.ToString(),
            ["Input.Type"] = nameof(UnitType.Cell),
            ["Input.Name"] = "Chi bộ Không Được Lưu",
            ["Input.Code"] = "CB01.99",
            ["Input.EstablishedOn"] = D(Today),
            [field] = value,
        };

        var response = await admin.SubmitAsync($"/Admin/Units/Create?parent={parent}", CreateForm, input);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await AppClient.ParseAsync(response);
        Assert.Equal(message, document.FieldError(errorField));
        Assert.NotNull(document.QuerySelector("[data-testid=form-errors]"));
        Assert.Equal(units, await UnitCountAsync());
        Assert.Equal(audit, await AuditCountAsync(app));
    }

    [Fact]
    public async Task A_rename_on_a_stale_version_shows_the_concurrency_message_and_the_current_name_and_overwrites_nothing()
    {
        var admin = await AdminAsync(app);
        var id = await CreateUnitAsync(app, await UnitIdAsync(app, DemoUnits.VanPhongCommittee), nameof(UnitType.Cell), "Chi bộ Phòng Quản trị");
        var url = $"/Admin/Units/Edit/{id}";
        var (_, page) = await admin.GetPageAsync(url);
        var form = page.QuerySelector<IHtmlFormElement>("form[data-testid=unit-edit-form]")!;

        var first = await admin.PostFormAsync(form, url, new Dictionary<string, string> { ["Input.Name"] = "Chi bộ Phòng Quản trị - Tài vụ" });
        var stale = await admin.PostFormAsync(form, url, new Dictionary<string, string> { ["Input.Name"] = "Chi bộ Phòng Hậu cần" });

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        var document = await AppClient.ParseAsync(stale);
        Assert.Contains("Hồ sơ vừa được người khác thay đổi.", document.Text(), StringComparison.Ordinal);
        Assert.Equal("Chi bộ Phòng Quản trị - Tài vụ", document.QuerySelector<IHtmlInputElement>("#Input_Name")?.Value);
        var unit = await UnitAsync(id);
        Assert.Equal("Chi bộ Phòng Quản trị - Tài vụ", unit.Name);
        Assert.Equal(document.QuerySelector<IHtmlInputElement>("input[name='Input.Version']")?.Value, unit.Version.ToString());
        var audit = await AuditOfAsync(app, UnitEntity, id);
        Assert.Equal(2, audit.Count);
        Assert.Equal(DemoAccounts.Admin, audit[1].UserName);
        Assert.Equal("Sửa thông tin tổ chức đảng", audit[1].Reason);
        Assert.DoesNotContain("Hậu cần", audit[1].Changes, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_rename_to_a_code_in_use_is_refused_beside_the_code()
    {
        var admin = await AdminAsync(app);
        var id = await CreateUnitAsync(app, await UnitIdAsync(app, DemoUnits.VanPhongCommittee), nameof(UnitType.Cell), "Chi bộ Phòng Thư viện");
        var audit = await AuditCountAsync(app);

        var response = await admin.SubmitAsync($"/Admin/Units/Edit/{id}", "form[data-testid=unit-edit-form]",
            new Dictionary<string, string> { ["Input.Code"] = DemoUnits.ThoiSuCellCode, ["Input.Name"] = "" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await AppClient.ParseAsync(response);
        Assert.Equal("Mã tổ chức này đã được dùng cho một tổ chức khác.", document.FieldError("Input.Code"));
        Assert.Equal("Xin nhập tên tổ chức.", document.FieldError("Input.Name"));
        var unit = await UnitAsync(id);
        Assert.Equal("Chi bộ Phòng Thư viện", unit.Name);
        Assert.Null(unit.Code);
        Assert.Equal(audit, await AuditCountAsync(app));
    }

    [Fact]
    public async Task Moving_a_cell_takes_its_party_group_along_and_rewrites_both_paths()
    {
        var admin = await AdminAsync(app);
        var vanPhong = await UnitIdAsync(app, DemoUnits.VanPhongCommittee);
        var tuyenGiao = await UnitAsync(await UnitIdAsync(app, DemoUnits.TuyenGiaoCommittee));
        var cellId = await CreateUnitAsync(app, vanPhong, nameof(UnitType.Cell), "Chi bộ Phòng Biên tập");
        var groupId = await CreateUnitAsync(app, cellId, nameof(UnitType.PartyGroup), "Tổ đảng Biên tập số 1");
        var (page, document) = await admin.GetPageAsync($"/Admin/Units/Move/{cellId}");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Chi bộ Phòng Biên tập", document.QuerySelector("h1")?.TextContent, StringComparison.Ordinal);
        var offered = document.QuerySelectorAll("#Input_ParentId option").Select(o => o.GetAttribute("value")).ToList();
        Assert.Contains(tuyenGiao.Id.ToString(), offered);
        Assert.DoesNotContain(vanPhong.ToString(), offered);

        var response = await admin.SubmitAsync($"/Admin/Units/Move/{cellId}", "form[data-testid=unit-move-form]",
            new Dictionary<string, string> { ["Input.ParentId"] = tuyenGiao.Id.ToString() });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Admin/Units", response.Headers.Location!.OriginalString);
        var cell = await UnitAsync(cellId);
        var group = await UnitAsync(groupId);
        Assert.Equal(tuyenGiao.Id, cell.ParentId);
        Assert.Equal(tuyenGiao.Path + cellId.ToString("N") + "/", cell.Path);
        Assert.Equal(tuyenGiao.Depth + 1, cell.Depth);
        Assert.Equal(cellId, group.ParentId);
        Assert.Equal(cell.Path + groupId.ToString("N") + "/", group.Path);
        Assert.Equal(cell.Depth + 1, group.Depth);
        foreach (var id in new[] { cellId, groupId })
        {
            var audit = await LastAuditAsync(app, UnitEntity, id);
            Assert.Equal(DemoAccounts.Admin, audit.UserName);
            Assert.Equal("Chuyển trực thuộc " + DemoUnits.TuyenGiaoCommittee, audit.Reason);
            Assert.Contains("Path", audit.Changes, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_move_without_a_target_or_to_a_parent_of_the_wrong_kind_is_refused_beside_the_field()
    {
        var admin = await AdminAsync(app);
        var vanPhong = await UnitIdAsync(app, DemoUnits.VanPhongCommittee);
        var cellId = await CreateUnitAsync(app, vanPhong, nameof(UnitType.Cell), "Chi bộ Phòng Kỹ thuật");
        var before = await UnitAsync(cellId);
        var audit = await AuditCountAsync(app);
        var url = $"/Admin/Units/Move/{cellId}";

        var none = await admin.SubmitAsync(url, "form[data-testid=unit-move-form]", new Dictionary<string, string> { ["Input.ParentId"] = "" });
        var top = await admin.SubmitAsync(url, "form[data-testid=unit-move-form]",
            new Dictionary<string, string> { ["Input.ParentId"] = app.Data.TopUnit.ToString() });

        Assert.Equal(HttpStatusCode.OK, none.StatusCode);
        Assert.Equal("Xin chọn tổ chức sẽ trực thuộc.", (await AppClient.ParseAsync(none)).FieldError("Input.ParentId"));
        Assert.Equal(HttpStatusCode.OK, top.StatusCode);
        Assert.Equal("Không thể đặt \"Chi bộ trực thuộc\" trực thuộc \"Đảng bộ cấp trên cơ sở\".",
            (await AppClient.ParseAsync(top)).FieldError("Input.ParentId"));
        var after = await UnitAsync(cellId);
        Assert.Equal(before.Path, after.Path);
        Assert.Equal(before.Version, after.Version);
        Assert.Equal(audit, await AuditCountAsync(app));
    }

    [Fact]
    public async Task Dissolving_a_cell_with_members_is_refused_with_their_number_and_never_their_names()
    {
        var admin = await AdminAsync(app);
        var cellId = app.Data.TongHopCell;
        var blocking = Enum.GetValues<ActivityStatus>().Where(s => MemberTransitions.IsCounted(s) || s == ActivityStatus.TransferringOut).ToArray();
        var (count, names) = await app.Factory.WithDbAsync(async db =>
        {
            var members = await db.Members.AsNoTracking().Where(m => m.HomeUnitId == cellId).Select(m => new { m.FullName, m.Status }).ToListAsync();
            return (members.Count(m => blocking.Contains(m.Status)), members.Select(m => m.FullName).ToList());
        });
        Assert.True(count > 0);
        Assert.Contains(DemoMembers.Dao, names);
        var audit = await AuditCountAsync(app);
        var url = $"/Admin/Units/Dissolve/{cellId}";

        var (page, document) = await admin.GetPageAsync(url);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Chưa giải thể được tổ chức này:", document.QuerySelector("[data-testid=dissolve-blocked]")?.TextContent, StringComparison.Ordinal);
        Assert.Equal($"còn {count} đảng viên đang sinh hoạt hoặc đang làm thủ tục chuyển đi trong tổ chức (kể cả các tổ chức trực thuộc); "
            + "Ban Tổ chức cần chuyển sinh hoạt cho các đồng chí này trước.", document.QuerySelector("[data-testid=member-count]")?.TextContent.Trim());
        Assert.Null(document.QuerySelector("form[data-testid=unit-dissolve-form]"));
        var html = document.DocumentElement.OuterHtml;
        Assert.DoesNotContain(names, name => html.Contains(name, StringComparison.Ordinal));

        // A forged post (the page offers no form) is refused the same way.
        var forged = await admin.PostAsync(url, new Dictionary<string, string>
        {
            ["Input.Version"] = (await UnitAsync(cellId)).Version.ToString(),
            ["Input.DissolvedOn"] = D(Today),
            ["Input.DecisionNumber"] = "30-QĐ/ĐU",
            ["Input.DecisionDate"] = D(Today),
            ["Input.DecisionIssuer"] = "Đảng ủy Văn phòng Tỉnh ủy",
        }, "/Admin/Units/Create");

        Assert.Equal(HttpStatusCode.OK, forged.StatusCode);
        var refused = await AppClient.ParseAsync(forged);
        Assert.Contains("Còn đảng viên sinh hoạt; cần chuyển sinh hoạt trước khi giải thể.", refused.Text(), StringComparison.Ordinal);
        var forgedHtml = refused.DocumentElement.OuterHtml;
        Assert.DoesNotContain(names, name => forgedHtml.Contains(name, StringComparison.Ordinal));
        Assert.Null((await UnitAsync(cellId)).DissolvedOn);
        Assert.Equal(audit, await AuditCountAsync(app));
    }

    [Fact]
    public async Task Dissolving_a_committee_with_active_units_below_is_refused_with_their_number()
    {
        var admin = await AdminAsync(app);
        var committee = await UnitIdAsync(app, DemoUnits.MttqCommittee);
        var children = await app.Factory.WithDbAsync(db => db.Units.CountAsync(u => u.ParentId == committee && u.DissolvedOn == null));
        Assert.True(children > 0);

        var (_, document) = await admin.GetPageAsync($"/Admin/Units/Dissolve/{committee}");

        Assert.Equal($"còn {children} tổ chức trực thuộc chưa giải thể hoặc chưa chuyển đi;",
            document.QuerySelector("[data-testid=active-children]")?.TextContent.Trim());
        Assert.Null(document.QuerySelector("form[data-testid=unit-dissolve-form]"));
    }

    [Fact]
    public async Task An_empty_unit_is_dissolved_on_its_decision_kept_in_the_registry_and_shown_dissolved_in_the_tree()
    {
        var admin = await AdminAsync(app);
        var id = await CreateUnitAsync(app, await UnitIdAsync(app, DemoUnits.VanPhongCommittee), nameof(UnitType.Cell), "Chi bộ Phòng Giải thể");
        var url = $"/Admin/Units/Dissolve/{id}";
        const string Form = "form[data-testid=unit-dissolve-form]";
        var audit = await AuditCountAsync(app);

        // Without its decision the dissolution is not recorded.
        var incomplete = await admin.SubmitAsync(url, Form, new Dictionary<string, string>
        {
            ["Input.DissolvedOn"] = D(Today),
            ["Input.DecisionNumber"] = "",
            ["Input.DecisionDate"] = D(Today),
            ["Input.DecisionIssuer"] = "Đảng ủy Văn phòng Tỉnh ủy",
        });
        Assert.Equal(HttpStatusCode.OK, incomplete.StatusCode);
        Assert.Equal("Xin nhập số văn bản.", (await AppClient.ParseAsync(incomplete)).FieldError("Input.DecisionNumber"));
        var future = await admin.SubmitAsync(url, Form, new Dictionary<string, string>
        {
            ["Input.DissolvedOn"] = D(Today.AddDays(3)),
            ["Input.DecisionNumber"] = "30-QĐ/ĐU",
            ["Input.DecisionDate"] = D(Today),
            ["Input.DecisionIssuer"] = "Đảng ủy Văn phòng Tỉnh ủy",
        });
        Assert.Equal(HttpStatusCode.OK, future.StatusCode);
        Assert.Equal("Ngày này không được sau ngày hôm nay.", (await AppClient.ParseAsync(future)).FieldError("Input.DissolvedOn"));
        Assert.Null((await UnitAsync(id)).DissolvedOn);
        Assert.Equal(audit, await AuditCountAsync(app));

        var response = await admin.SubmitAsync(url, Form, new Dictionary<string, string>
        {
            ["Input.DissolvedOn"] = D(Today),
            ["Input.DecisionNumber"] = "30-QĐ/ĐU",
            ["Input.DecisionDate"] = D(Today),
            ["Input.DecisionIssuer"] = "Đảng ủy Văn phòng Tỉnh ủy",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Admin/Units", response.Headers.Location!.OriginalString);
        var unit = await UnitAsync(id);
        Assert.Equal(Today, unit.DissolvedOn);
        Assert.Equal("30-QĐ/ĐU", unit.DissolutionDecision?.DocumentNumber);
        Assert.Equal(Today, unit.DissolutionDecision?.DocumentDate);
        Assert.Equal("Đảng ủy Văn phòng Tỉnh ủy", unit.DissolutionDecision?.Issuer);
        var row = await LastAuditAsync(app, UnitEntity, id);
        Assert.Equal(DemoAccounts.Admin, row.UserName);
        Assert.Equal($"Giải thể theo 30-QĐ/ĐU ({D(Today)}, Đảng ủy Văn phòng Tỉnh ủy)", row.Reason);

        var (_, tree) = await admin.GetPageAsync("/Admin/Units");
        Assert.Contains("Đã ghi nhận việc giải thể tổ chức đảng.", tree.QuerySelector("[data-testid=status-message]")?.TextContent, StringComparison.Ordinal);
        var dissolved = tree.QuerySelector($"tr[data-unit-id='{id}'] [data-testid=dissolved]");
        Assert.Equal("Giải thể ngày " + D(Today), dissolved?.TextContent.Trim());
        Assert.Null(tree.QuerySelector($"tr[data-unit-id='{id}'] a[href='/Admin/Units/Dissolve/{id}']"));
        var (_, hidden) = await admin.GetPageAsync("/Admin/Units?HideDissolved=true");
        Assert.Null(hidden.QuerySelector($"tr[data-unit-id='{id}']"));

        // Nothing new is placed under a dissolved unit, even by a forged form (the page offers only active parents).
        var units = await UnitCountAsync();
        var below = await admin.SubmitAsync($"/Admin/Units/Create?parent={await UnitIdAsync(app, DemoUnits.VanPhongCommittee)}", CreateForm,
            new Dictionary<string, string>
            {
                ["Input.ParentId"] = id.ToString(),
                ["Input.Type"] = nameof(UnitType.PartyGroup),
                ["Input.Name"] = "Tổ đảng Sau Giải thể",
                ["Input.EstablishedOn"] = D(Today),
            });
        Assert.Equal(HttpStatusCode.OK, below.StatusCode);
        Assert.Equal("Tổ chức cấp trên đã giải thể.", (await AppClient.ParseAsync(below)).FieldError("Input.ParentId"));
        Assert.Equal(units, await UnitCountAsync());

        // Dissolved units cannot be edited or dissolved again.
        var (_, edit) = await admin.GetPageAsync($"/Admin/Units/Edit/{id}");
        Assert.Equal($"Tổ chức đã giải thể ngày {D(Today)} nên không sửa được.", edit.QuerySelector("[data-testid=unit-dissolved]")?.TextContent.Trim());
        Assert.Null(edit.QuerySelector("form[data-testid=unit-edit-form]"));
        var (_, again) = await admin.GetPageAsync(url);
        Assert.NotNull(again.QuerySelector("[data-testid=already-dissolved]"));
    }
}
