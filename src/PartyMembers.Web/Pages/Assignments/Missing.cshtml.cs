using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using PartyMembers.Domain.Members;
using PartyMembers.Infrastructure.Persistence;
using PartyMembers.Web.Features.Members;
using PartyMembers.Web.Features.WorkLife;
using PartyMembers.Web.Infrastructure;

namespace PartyMembers.Web.Pages.Assignments;

/// The members without a work assignment for a year, in a cell or in a whole grassroots organisation, sub-committee or
/// the upper committee: those active at home, exempt or temporarily exempt in a unit of the scope, and those temporarily
/// active in a cell of the scope (the host assigns them). One query with NOT EXISTS on the (member, year) index, paged
/// by name and id.
public sealed class MissingModel(WorkLifeAccess access, PartyMembersDbContext db) : AppPageModel
{
    public const int PageSize = 50;

    [FromQuery(Name = "unit")]
    public Guid? UnitId { get; set; }

    [FromQuery(Name = "year")]
    public int? Year { get; set; }

    [FromQuery(Name = "afterName")]
    public string? AfterName { get; set; }

    [FromQuery(Name = "afterId")]
    public Guid? AfterId { get; set; }

    public int ShownYear { get; private set; }

    public UnitInfo? Scope { get; private set; }

    public IReadOnlyList<UnitChoice> Units { get; private set; } = [];

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public Row? Next { get; private set; }

    public sealed record Row(Guid Id, string Name, string SearchName, ActivityStatus Status, string CellName);

    // CA1309: string.Compare without a comparison type is what EF translates to SQL ">", compared with the column's
    // collation, as its index is.
#pragma warning disable CA1309
    public async Task<IActionResult> OnGetAsync()
    {
        ShownYear = Year ?? access.Today.Year;
        if (ShownYear < 2000 || ShownYear > access.Today.Year + 1)
        {
            return NotFound();
        }

        var (found, scope, choices) = await access.ReportScopeAsync(UnitId);
        Units = choices;
        if (found != Access.Granted)
        {
            return found == Access.NotFound ? NotFound() : Forbid();
        }

        Scope = scope!;
        var all = await access.Directory.AllAsync();

        var path = Scope.Path;
        var year = ShownYear;
        var units = db.Units.Where(u => u.Path.StartsWith(path)).Select(u => u.Id);
        var query = db.Members.AsNoTracking()
            .Where(m => ((m.Status == ActivityStatus.Active || m.Status == ActivityStatus.Exempt || m.Status == ActivityStatus.TemporarilyExempt)
                    && units.Contains(m.HomeUnitId))
                || (m.Status == ActivityStatus.TemporarilyAway && m.TemporaryUnitId != null && units.Contains(m.TemporaryUnitId.Value)))
            .Where(m => !db.WorkAssignments.Any(a => a.MemberId == m.Id && a.Year == year));
        if (AfterName is not null && AfterId is { } afterId)
        {
            var afterName = AfterName;
            query = query.Where(m => string.Compare(m.SearchName, afterName) > 0 || (m.SearchName == afterName && m.Id.CompareTo(afterId) > 0));
        }

        var page = await query.OrderBy(m => m.SearchName).ThenBy(m => m.Id)
            .Select(m => new { m.Id, m.FullName, m.SearchName, m.Status, Cell = m.Status == ActivityStatus.TemporarilyAway ? m.TemporaryUnitId!.Value : m.HomeUnitId })
            .Take(PageSize + 1)
            .ToListAsync();
        var byId = all.ToDictionary(u => u.Id);
        var rows = page.Select(r => new Row(r.Id, r.FullName, r.SearchName, r.Status, byId.TryGetValue(r.Cell, out var u) ? u.Name : string.Empty)).ToList();
        Next = rows.Count > PageSize ? rows[PageSize - 1] : null;
        Rows = rows.Take(PageSize).ToList();
        ViewData["Title"] = T["WorkLife.Missing.Title"];
        ViewData["Breadcrumb"] = new List<Breadcrumb> { new(T["WorkLife.Assignments.Title"], "/Assignments"), new(T["WorkLife.Missing.Title"]) };
        return Page();
    }
#pragma warning restore CA1309
}
