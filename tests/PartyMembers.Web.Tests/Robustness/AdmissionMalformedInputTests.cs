using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using PartyMembers.Infrastructure.Seeding;
using PartyMembers.Web.Tests.Support;

namespace PartyMembers.Web.Tests.Robustness;

/// The admission forms that the demo cases reach, given the hostile values of <see cref="MalformedInputTests"/> one
/// field at a time: never a 500, nothing saved (no audit row, the case's version unchanged), nothing rendered unescaped.
[Collection(AppCollection.Name)]
public sealed class AdmissionMalformedInputTests(AppFixture app)
{
    private const string Script = "<script>alert('pm')</script>";

    public static TheoryData<string, string> Forms() => new()
    {
        { DemoAccounts.CellTongHop, "/Admission/Create" },
        { DemoAccounts.CellTongHop, "/Admission/Sympathiser/{candidate}" },
        { DemoAccounts.CellTongHop, "/Admission/Course/{candidate}" },
        { DemoAccounts.GrassrootsVanPhong, "/Admission/Permit/{sympathiser}" },
        { DemoAccounts.CellTongHop, "/Admission/CellVote/{dossier}" },
        { DemoAccounts.Standing, "/Admission/Decide/{appraised}" },
    };

    [Theory]
    [MemberData(nameof(Forms))]
    public async Task Hostile_values_in_any_field_never_fail_the_page_and_save_nothing(string user, string pageTemplate)
    {
        var client = await app.NewSession(user);
        var url = pageTemplate
            .Replace("{candidate}", app.Data.TongHopCandidate.ToString(), StringComparison.Ordinal)
            .Replace("{sympathiser}", app.Data.TongHopSympathiser.ToString(), StringComparison.Ordinal)
            .Replace("{dossier}", app.Data.TongHopDossier.ToString(), StringComparison.Ordinal)
            .Replace("{appraised}", app.Data.TongHopAppraised.ToString(), StringComparison.Ordinal);
        var (page, document) = await client.GetPageAsync(url);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var form = document.QuerySelector<IHtmlFormElement>("main form[method=post]") ?? throw new InvalidOperationException("No form on " + url);
        var fields = AppClient.FormFields(form).Keys.Where(k => k != "__RequestVerificationToken").ToList();
        Assert.NotEmpty(fields);
        var auditBefore = await app.Factory.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Entity != "ApplicationUser" && (a.Action == PartyMembers.Infrastructure.Auditing.AuditAction.Insert || a.Action == PartyMembers.Infrastructure.Auditing.AuditAction.Update || a.Action == PartyMembers.Infrastructure.Auditing.AuditAction.Delete)));
        var versions = await Versions();

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
        Assert.Equal(versions, await Versions());
    }

    private Task<List<Guid>> Versions() => app.Factory.WithDbAsync(db => db.AdmissionCases.AsNoTracking()
        .Where(c => c.Id == app.Data.TongHopCandidate || c.Id == app.Data.TongHopSympathiser || c.Id == app.Data.TongHopDossier
            || c.Id == app.Data.TongHopAppraised)
        .OrderBy(c => c.Id).Select(c => c.Version).ToListAsync());
}
