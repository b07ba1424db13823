using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using PartyMembers.Domain.WorkLife;
using PartyMembers.Infrastructure.Persistence;
using PartyMembers.Web.Features.Members;
using PartyMembers.Web.Features.WorkLife;
using PartyMembers.Web.Infrastructure;

namespace PartyMembers.Web.Pages.Exemptions;

/// Exemption cases in a unit and below: open ones by default (waiting on the cell or the grassroots committee, or
/// exempt now, with those whose period ended marked), or closed ones; paged by id.
public sealed class IndexModel(WorkLifeAccess access, PartyMembersDbContext db) : AppPageModel
{
    public const int PageSize = 50;

    [FromQuery(Name = "unit")]
    public Guid? UnitId { get; set; }

    [FromQuery(Name = "closed")]
    public bool Closed { get; set; }

    [FromQuery(Name = "before")]
    public Guid? Before { get; set; }

    public UnitInfo? Scope { get; private set; }

    public IReadOnlyList<UnitChoice> Units { get; private set; } = [];

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public Guid? NextBefore { get; private set; }

    public DateOnly Today => access.Today;

    public sealed record Row(Guid Id, Guid MemberId, string Name, string CellName, ExemptionReason Reason, ExemptionState State, DateOnly AppliedOn,
        DateOnly PeriodFrom, DateOnly? PeriodTo);

    public async Task<IActionResult> OnGetAsync()
    {
        var (found, scope, choices) = await access.ReportScopeAsync(UnitId);
        Units = choices;
        if (found != Access.Granted)
        {
            return found == Access.NotFound ? NotFound() : Forbid();
        }

        Scope = scope!;
        var all = await access.Directory.AllAsync();

        var path = Scope.Path;
        var units = db.Units.Where(u => u.Path.StartsWith(path)).Select(u => u.Id);
        var query = db.ExemptionCases.AsNoTracking().Where(c => units.Contains(c.CellId));
        query = Closed
            ? query.Where(c => c.State == ExemptionState.Refused || c.State == ExemptionState.Returned || c.State == ExemptionState.Withdrawn)
            : query.Where(c => c.State == ExemptionState.Applied || c.State == ExemptionState.CellResolved || c.State == ExemptionState.Decided);
        if (Before is { } before)
        {
            query = query.Where(c => c.Id.CompareTo(before) < 0);
        }

        var page = await query.OrderByDescending(c => c.Id)
            .Join(db.Members, c => c.MemberId, m => m.Id, (c, m) => new { c, m.FullName })
            .Select(x => new { x.c.Id, x.c.MemberId, x.FullName, x.c.CellId, x.c.Reason, x.c.State, x.c.AppliedOn, x.c.PeriodFrom, x.c.PeriodTo })
            .Take(PageSize + 1)
            .ToListAsync();
        var byId = all.ToDictionary(u => u.Id);
        Rows = page.Take(PageSize).Select(r => new Row(r.Id, r.MemberId, r.FullName, byId[r.CellId].Name, r.Reason, r.State, r.AppliedOn, r.PeriodFrom,
            r.PeriodTo)).ToList();
        NextBefore = page.Count > PageSize ? Rows[^1].Id : null;
        ViewData["Title"] = T["WorkLife.Exemptions.Title"];
        ViewData["Breadcrumb"] = new List<Breadcrumb> { new(T["WorkLife.Exemptions.Title"]) };
        return Page();
    }
}
