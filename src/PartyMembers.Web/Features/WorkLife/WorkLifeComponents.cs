using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using PartyMembers.Domain.Accounts;
using PartyMembers.Domain.Members;
using PartyMembers.Domain.WorkLife;
using PartyMembers.Infrastructure.Persistence;

namespace PartyMembers.Web.Features.WorkLife;

/// The work-life box of a member's page: this year's assignment, the open exemption case, and the links the user may
/// follow (assign, apply for exemption, study record).
public sealed class MemberWorkLifeViewComponent(WorkLifeAccess access, PartyMembersDbContext db) : ViewComponent
{
    public sealed record Model(Guid MemberId, int Year, Guid WorkCellId, Guid? AssignmentId, AssignmentOutcome? Outcome, bool CanAssign,
        Guid? OpenExemptionId, ExemptionState? ExemptionState, bool CanApply);

    public async Task<IViewComponentResult> InvokeAsync(Guid memberId)
    {
        var (found, target) = await access.LoadMemberAsync(memberId);
        if (found != Members.Access.Granted)
        {
            return Content(string.Empty);
        }

        var member = target!.Member;
        var year = access.Today.Year;
        var assignment = await db.WorkAssignments.AsNoTracking().Where(a => a.MemberId == memberId && a.Year == year)
            .Select(a => new { a.Id, a.Outcome }).FirstOrDefaultAsync();
        var exemption = await db.ExemptionCases.AsNoTracking()
            .Where(c => c.MemberId == memberId && (c.State == ExemptionState.Applied || c.State == ExemptionState.CellResolved || c.State == ExemptionState.Decided))
            .Select(c => new { c.Id, c.State }).FirstOrDefaultAsync();
        var canAssign = WorkAssignment.IsAssignable(member.Status) && await access.CellSecretaryOfAsync(target.Work.Id) is not null;
        var canApply = exemption is null && member.Status == ActivityStatus.Active && await access.CellSecretaryOfAsync(target.Home.Id) is not null;
        return View(new Model(memberId, year, target.Work.Id, assignment?.Id, assignment?.Outcome, canAssign, exemption?.Id, exemption?.State, canApply));
    }
}

/// A role home's work-life section. For a cell secretary: members of the cell without this year's assignment and
/// exemptions whose period ended (return or renew). For a grassroots secretary: exemption applications waiting for
/// the committee's decision.
public sealed class WorkLifeHomeViewComponent(WorkLifeAccess access, PartyMembersDbContext db) : ViewComponent
{
    public sealed record CaseRow(Guid Id, string Name, string CellName, ExemptionReason Reason, DateOnly AppliedOn, DateOnly? PeriodTo);

    public sealed record CellBlock(Guid CellId, string CellName, int WithoutAssignment, IReadOnlyList<CaseRow> PeriodEnded);

    public sealed record Model(Role Role, int Year, IReadOnlyList<CellBlock> Cells, IReadOnlyList<CaseRow> Waiting);

    public async Task<IViewComponentResult> InvokeAsync(Role role)
    {
        var today = access.Today;
        var year = today.Year;
        var cells = new List<CellBlock>();
        var waiting = new List<CaseRow>();
        if (role == Role.CellSecretary)
        {
            foreach (var own in await access.OwnCellsAsync())
            {
                var cellId = own.UnitId;
                var missing = await db.Members.AsNoTracking()
                    .Where(m => (m.HomeUnitId == cellId && (m.Status == ActivityStatus.Active || m.Status == ActivityStatus.Exempt
                            || m.Status == ActivityStatus.TemporarilyExempt))
                        || (m.TemporaryUnitId == cellId && m.Status == ActivityStatus.TemporarilyAway))
                    .CountAsync(m => !db.WorkAssignments.Any(a => a.MemberId == m.Id && a.Year == year));
                var ended = await Cases(db.ExemptionCases.Where(c => c.CellId == cellId && c.State == ExemptionState.Decided && c.PeriodTo < today));
                cells.Add(new CellBlock(cellId, own.UnitName, missing, ended));
            }
        }
        else if (role == Role.GrassrootsSecretary)
        {
            foreach (var path in (await access.GrassrootsScopesAsync()).Distinct())
            {
                var units = db.Units.Where(u => u.Path.StartsWith(path)).Select(u => u.Id);
                waiting.AddRange(await Cases(db.ExemptionCases.Where(c => c.State == ExemptionState.CellResolved && units.Contains(c.CellId))));
            }
        }

        return View(new Model(role, year, cells, waiting));
    }

    private async Task<List<CaseRow>> Cases(IQueryable<ExemptionCase> cases)
    {
        var rows = await cases.AsNoTracking().OrderBy(c => c.AppliedOn).ThenBy(c => c.Id)
            .Join(db.Members, c => c.MemberId, m => m.Id, (c, m) => new { c.Id, m.FullName, c.CellId, c.Reason, c.AppliedOn, c.PeriodTo })
            .Take(50).ToListAsync();
        var result = new List<CaseRow>();
        foreach (var r in rows)
        {
            result.Add(new CaseRow(r.Id, r.FullName, (await access.Directory.FindAsync(r.CellId))?.Name ?? string.Empty, r.Reason, r.AppliedOn, r.PeriodTo));
        }

        return result;
    }
}
