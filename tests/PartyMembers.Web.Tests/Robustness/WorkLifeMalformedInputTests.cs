using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using PartyMembers.Infrastructure.Seeding;
using PartyMembers.Web.Tests.Support;

namespace PartyMembers.Web.Tests.Robustness;

/// The work-life forms given the hostile values of <see cref="MalformedInputTests"/> one field at a time: never a 500,
/// nothing saved (no audit row), nothing rendered unescaped. Each form as rendered lacks more than one required value
/// (or, for the assignment of Nguyễn Thị Đào, is refused as a second one for the year), so no single field can make it valid.
[Collection(AppCollection.Name)]
public sealed class WorkLifeMalformedInputTests(AppFixture app)
{
    private const string Script = "<script>alert('pm')</script>";

    public static TheoryData<string, string> Forms() => new()
    {
        { DemoAccounts.CellTongHop, "/Assignments/Assign/{member}" },
        { DemoAccounts.CellTongHop, "/Assignments/Result/{assignment}" },
        { DemoAccounts.CellTongHop, "/Exemptions/Apply/{member}" },
        { DemoAccounts.GrassrootsVanPhong, "/Exemptions/Resolve/{exemption}" },
        { DemoAccounts.CellTongHop, "/Study/TheoryLevel/{member}" },
        { DemoAccounts.CellTongHop, "/Study/Course/{member}" },
    };

    [Theory]
    [MemberData(nameof(Forms))]
    public async Task Hostile_values_in_any_field_never_fail_the_page_and_save_nothing(string user, string pageTemplate)
    {
        var client = await app.NewSession(user);
        var url = pageTemplate
            .Replace("{member}", app.Data.TongHopMember.ToString(), StringComparison.Ordinal)
            .Replace("{assignment}", WorkLifeMatrixData.Of(app.Data).TongHopAssignment.ToString(), StringComparison.Ordinal)
            .Replace("{exemption}", WorkLifeMatrixData.Of(app.Data).TongHopExemption.ToString(), StringComparison.Ordinal);
        var (page, document) = await client.GetPageAsync(url);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var form = document.QuerySelector<IHtmlFormElement>("main form[method=post]") ?? throw new InvalidOperationException("No form on " + url);
        var fields = AppClient.FormFields(form).Keys.Where(k => k != "__RequestVerificationToken").ToList();
        Assert.NotEmpty(fields);
        var auditBefore = await app.Factory.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Entity != "ApplicationUser" && (a.Action == PartyMembers.Infrastructure.Auditing.AuditAction.Insert || a.Action == PartyMembers.Infrastructure.Auditing.AuditAction.Update || a.Action == PartyMembers.Infrastructure.Auditing.AuditAction.Delete)));

        foreach (var field in fields)
        {
            foreach (var value in MalformedInputTests.Values)
            {
                using var response = await client.PostFormAsync(form, url, new Dictionary<string, string> { [field] = value });
                Assert.True((int)response.StatusCode < 500, $"{field}={(value.Length > 30 ? value[..30] : value)} on {url} gave {(int)response.StatusCode}");
                var html = await response.Content.ReadAsStringAsync();
                Assert.DoesNotContain(Script, html, StringComparison.Ordinal);
                Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
            }
        }

        Assert.Equal(auditBefore, await app.Factory.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Entity != "ApplicationUser" && (a.Action == PartyMembers.Infrastructure.Auditing.AuditAction.Insert || a.Action == PartyMembers.Infrastructure.Auditing.AuditAction.Update || a.Action == PartyMembers.Infrastructure.Auditing.AuditAction.Delete))));
    }
}
