using Microsoft.EntityFrameworkCore;
using PartyMembers.Domain.Accounts;
using PartyMembers.Domain.Common;
using PartyMembers.Domain.Members;
using PartyMembers.Domain.Organisation;
using PartyMembers.Domain.Rules;
using PartyMembers.Infrastructure.Persistence;
using PartyMembers.Web.Authorization;
using PartyMembers.Web.Features.Members;
using PartyMembers.Web.Features.Rules;

namespace PartyMembers.Web.Features.WorkLife;

/// A member with the cell they belong to and the cell where they work: the host cell while temporarily away inside our
/// tree (Q294 §6.3.2: work, fees and attendance there), else the home cell.
public sealed record WorkMember(Member Member, UnitInfo Home, UnitInfo Work);

/// An exemption case, the member's cell and name.
public sealed record LoadedExemption(Domain.WorkLife.ExemptionCase Case, UnitInfo Cell, string MemberName);

/// An assignment, the cell that gave it and the member's name.
public sealed record LoadedAssignment(Domain.WorkLife.WorkAssignment Assignment, UnitInfo Cell, string MemberName);

/// Decides on the server who may see and record a member's work life: readers of the member's home or work cell see
/// it; the cell secretary of the work cell assigns work; the cell secretary of the home cell records exemption
/// requests and study; the grassroots secretary over the cell decides exemptions for other reasons.
public sealed class WorkLifeAccess(PartyMembersDbContext db, UnitDirectory directory, CurrentUser currentUser, RuleBookProvider rules, TimeProvider clock)
{
    public DateOnly Today => VietnamTime.Today(clock);

    public UnitDirectory Directory => directory;

    /// Loads a member the user may read (through the home or the work cell).
    public async Task<(Access Access, WorkMember? Member)> LoadMemberAsync(Guid id, bool track = false)
    {
        var members = track ? db.Members : db.Members.AsNoTracking();
        var member = await members.FirstOrDefaultAsync(m => m.Id == id);
        if (member is null)
        {
            return (Access.NotFound, null);
        }

        var home = (await directory.FindAsync(member.HomeUnitId))!;
        var work = WorkCellId(member) is { } host && await directory.FindAsync(host) is { } hostUnit ? hostUnit : home;
        return await ReadsAsync(home) || await ReadsAsync(work) ? (Access.Granted, new WorkMember(member, home, work)) : (Access.Forbidden, null);
    }

    /// Loads an assignment with its history; readers of the cell that gave it may see it.
    public async Task<(Access Access, LoadedAssignment? Loaded)> LoadAssignmentAsync(Guid id, bool track = false)
    {
        var assignments = track ? db.WorkAssignments : db.WorkAssignments.AsNoTracking();
        var found = await assignments.Include(a => a.Changes).FirstOrDefaultAsync(a => a.Id == id);
        if (found is null)
        {
            return (Access.NotFound, null);
        }

        var cell = (await directory.FindAsync(found.CellId))!;
        if (!await ReadsAsync(cell))
        {
            return (Access.Forbidden, null);
        }

        var name = await db.Members.AsNoTracking().Where(m => m.Id == found.MemberId).Select(m => m.FullName).FirstAsync();
        return (Access.Granted, new LoadedAssignment(found, cell, name));
    }

    /// Loads an exemption case with its history; readers of the member's cell may see it.
    public async Task<(Access Access, LoadedExemption? Loaded)> LoadExemptionAsync(Guid id, bool track = false)
    {
        var cases = track ? db.ExemptionCases : db.ExemptionCases.AsNoTracking();
        var found = await cases.Include(c => c.Steps).FirstOrDefaultAsync(c => c.Id == id);
        if (found is null)
        {
            return (Access.NotFound, null);
        }

        var cell = (await directory.FindAsync(found.CellId))!;
        if (!await ReadsAsync(cell))
        {
            return (Access.Forbidden, null);
        }

        var name = await db.Members.AsNoTracking().Where(m => m.Id == found.MemberId).Select(m => m.FullName).FirstAsync();
        return (Access.Granted, new LoadedExemption(found, cell, name));
    }

    /// The assignment through which the user may take the step now: a role the table gives it in this state for this
    /// reason, held as cell secretary of the case's cell or as grassroots secretary over it.
    public async Task<ActiveAssignment?> ActingForAsync(LoadedExemption loaded, Domain.WorkLife.ExemptionTrigger trigger)
    {
        var transition = Domain.WorkLife.ExemptionTransitions.Find(loaded.Case.State, trigger, loaded.Case.Reason);
        if (transition is null)
        {
            return null;
        }

        // A member who has moved to another cell since the application is no longer the case's cell's to decide.
        var homeCell = await db.Members.AsNoTracking().Where(m => m.Id == loaded.Case.MemberId).Select(m => m.HomeUnitId).FirstAsync();
        if (homeCell != loaded.Case.CellId)
        {
            return null;
        }

        if (transition.Roles.Contains(Role.CellSecretary) && await CellSecretaryOfAsync(loaded.Cell.Id) is { } cell)
        {
            return cell;
        }

        return transition.Roles.Contains(Role.GrassrootsSecretary) ? await GrassrootsSecretaryOverAsync(loaded.Cell) : null;
    }

    /// The host cell of a member temporarily away inside the tree, or null.
    public static Guid? WorkCellId(Member member) =>
        member.Status == ActivityStatus.TemporarilyAway ? member.TemporaryUnitId : null;

    public async Task<bool> ReadsAsync(UnitInfo unit) => (await currentUser.CoveringAsync(unit.Path, RoleRules.CanReadMembers)).Count > 0;

    /// The user's cell secretary assignment of exactly this cell.
    public async Task<ActiveAssignment?> CellSecretaryOfAsync(Guid cellId) =>
        (await currentUser.AssignmentsAsync()).FirstOrDefault(a => a.Role == Role.CellSecretary && a.UnitId == cellId);

    /// The user's grassroots secretary assignment over the cell (the grassroots committee or grassroots cell it is in).
    public async Task<ActiveAssignment?> GrassrootsSecretaryOverAsync(UnitInfo cell) =>
        (await currentUser.AssignmentsAsync()).FirstOrDefault(a => a.Role == Role.GrassrootsSecretary && UnitTypeRules.IsGrassroots(a.UnitType) && a.Covers(cell.Path));

    /// An assignment of a role that keeps the registry (cell, grassroots, board) over the unit, for the study record.
    public async Task<ActiveAssignment?> RegistryKeeperOverAsync(UnitInfo unit) =>
        (await currentUser.CoveringAsync(unit.Path, RoleRules.CanEditMembers)).OrderByDescending(a => a.Role == Role.CellSecretary).FirstOrDefault();

    /// The grassroots units where the user decides exemptions as grassroots secretary.
    public async Task<IReadOnlyList<string>> GrassrootsScopesAsync() =>
        (await currentUser.AssignmentsAsync()).Where(a => a.Role == Role.GrassrootsSecretary && UnitTypeRules.IsGrassroots(a.UnitType))
            .Select(a => a.UnitPath).ToList();

    /// The user's own cells as cell secretary.
    public async Task<IReadOnlyList<ActiveAssignment>> OwnCellsAsync() =>
        (await currentUser.AssignmentsAsync()).Where(a => a.Role == Role.CellSecretary).ToList();

    public ChangeStamp Stamp(ActiveAssignment acting) =>
        new(currentUser.UserId, currentUser.UserName, acting.Role, clock.GetUtcNow().UtcDateTime, Today);

    public Task<RuleBook> RulesAsync() => rules.RulesAsync();

    public Task<IReadOnlyList<string>> ReadScopeAsync() => currentUser.ScopeAsync(RoleRules.CanReadMembers);

    public Task<IReadOnlyList<UnitChoice>> CellsInScopeAsync() =>
        UnitChoices.WithinScopeAsync(directory, currentUser, RoleRules.CanReadMembers, onlyUnitsHoldingMembers: true);

    /// The unit a report is asked about (the user's first scope when none is named) and the units the user may pick,
    /// in tree order; 403 when the unit is outside the user's scope, 404 when it does not exist.
    public async Task<(Access Access, UnitInfo? Scope, IReadOnlyList<UnitChoice> Units)> ReportScopeAsync(Guid? unitId)
    {
        var scope = await ReadScopeAsync();
        if (scope.Count == 0)
        {
            return (Access.Forbidden, null, []);
        }

        var all = await directory.AllAsync();
        var units = UnitChoices.TreeOrder(all.Where(u => u.DissolvedOn == null && scope.Any(p => u.Path.StartsWith(p, StringComparison.Ordinal)))
            .Select(UnitChoice.Of).ToList()).ToList();
        var chosen = unitId is { } id ? await directory.FindAsync(id) : all.First(u => u.Path == scope[0]);
        if (chosen is null)
        {
            return (Access.NotFound, null, units);
        }

        return await ReadsAsync(chosen) ? (Access.Granted, chosen, units) : (Access.Forbidden, null, units);
    }

    /// Active members of the cell who may follow up a member's work (the cell committee is not kept separately, so any
    /// active member of the cell may be named), by name.
    public async Task<IReadOnlyList<(Guid Id, string Name)>> FollowUpChoicesAsync(Guid cellId, Guid exceptMemberId) =>
        (await db.Members.AsNoTracking()
            .Where(m => m.HomeUnitId == cellId && m.Status == ActivityStatus.Active && m.Id != exceptMemberId)
            .OrderBy(m => m.SearchName).ThenBy(m => m.Id)
            .Select(m => new { m.Id, m.FullName })
            .Take(500)
            .ToListAsync())
        .Select(m => (m.Id, m.FullName)).ToList();

    /// The name of an active member of the cell, or null when the id names no such member.
    public Task<string?> FollowUpNameAsync(Guid cellId, Guid? memberId) =>
        db.Members.AsNoTracking()
            .Where(m => m.Id == memberId && m.HomeUnitId == cellId && m.Status == ActivityStatus.Active)
            .Select(m => m.FullName).FirstOrDefaultAsync();
}
