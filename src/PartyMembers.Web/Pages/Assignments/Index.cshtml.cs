using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using PartyMembers.Domain.Members;
using PartyMembers.Infrastructure.Persistence;
using PartyMembers.Web.Features.Members;
using PartyMembers.Web.Features.WorkLife;
using PartyMembers.Web.Infrastructure;

namespace PartyMembers.Web.Pages.Assignments;

/// A cell's members for a year with their work assignment: the members of the cell and those temporarily active in
/// it, each with the tasks, the follow-up and the year-end result. The cell's secretary assigns from here.
public sealed class IndexModel(WorkLifeAccess access, PartyMembersDbContext db) : AppPageModel
{
    [FromQuery(Name = "unit")]
    public Guid? UnitId { get; set; }

    [FromQuery(Name = "year")]
    public int? Year { get; set; }

    public int ShownYear { get; private set; }

    public UnitInfo? Cell { get; private set; }

    public bool CanAssign { get; private set; }

    public IReadOnlyList<UnitChoice> Cells { get; private set; } = [];

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public sealed record Row(Guid MemberId, string Name, ActivityStatus Status, bool Temporary, Guid? AssignmentId, string? Tasks,
        string? FollowUp, Domain.WorkLife.AssignmentOutcome? Outcome);

    public async Task<IActionResult> OnGetAsync()
    {
        ShownYear = Year ?? access.Today.Year;
        if (ShownYear < 2000 || ShownYear > access.Today.Year + 1)
        {
            return NotFound();
        }

        Cells = await access.CellsInScopeAsync();
        var unitId = UnitId ?? (await access.OwnCellsAsync()).Select(a => (Guid?)a.UnitId).FirstOrDefault() ?? Cells.Select(c => (Guid?)c.Id).FirstOrDefault();
        ViewData["Title"] = T["WorkLife.Assignments.Title"];
        if (unitId is null)
        {
            return Cells.Count == 0 && UnitId is null ? Forbid() : Page();
        }

        Cell = await access.Directory.FindAsync(unitId.Value);
        if (Cell is null)
        {
            return NotFound();
        }

        if (!Domain.Organisation.UnitTypeRules.CanHoldMembers(Cell.Type) || !await access.ReadsAsync(Cell))
        {
            return Forbid();
        }

        CanAssign = await access.CellSecretaryOfAsync(Cell.Id) is not null;
        var cellId = Cell.Id;
        var year = ShownYear;
        var rows = await db.Members.AsNoTracking()
            .Where(m => (m.HomeUnitId == cellId && (m.Status == ActivityStatus.Active || m.Status == ActivityStatus.Exempt
                    || m.Status == ActivityStatus.TemporarilyExempt))
                || (m.TemporaryUnitId == cellId && m.Status == ActivityStatus.TemporarilyAway))
            .OrderBy(m => m.SearchName).ThenBy(m => m.Id)
            .Select(m => new
            {
                m.Id, m.FullName, m.Status, Temporary = m.TemporaryUnitId == cellId,
                Assignment = db.WorkAssignments.Where(a => a.MemberId == m.Id && a.Year == year)
                    .Select(a => new { a.Id, a.Tasks, a.FollowUpName, a.Outcome }).FirstOrDefault(),
            })
            .Take(1000)
            .ToListAsync();
        Rows = rows.Select(r => new Row(r.Id, r.FullName, r.Status, r.Temporary, r.Assignment?.Id, r.Assignment?.Tasks, r.Assignment?.FollowUpName,
            r.Assignment?.Outcome)).ToList();
        ViewData["Breadcrumb"] = new List<Breadcrumb> { new(T["WorkLife.Assignments.Title"]), new(Cell.Name) };
        return Page();
    }
}
