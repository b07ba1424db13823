using Microsoft.EntityFrameworkCore;
using PartyMembers.Domain.Accounts;
using PartyMembers.Domain.Common;
using PartyMembers.Domain.Meetings;
using PartyMembers.Domain.Members;
using PartyMembers.Domain.Organisation;
using PartyMembers.Infrastructure.Persistence;
using PartyMembers.Web.Authorization;
using PartyMembers.Web.Features.Members;

namespace PartyMembers.Web.Features.Meetings;

/// A meeting loaded for a page, with its unit and the user's assignments that cover the unit.
public sealed record LoadedMeeting(Access Access, Meeting? Meeting, UnitInfo? Unit, IReadOnlyList<ActiveAssignment> Covering)
{
    public Meeting Value => Meeting!;
}

/// Loads meetings and decides on the server who may do what with them: a meeting is read by the member readers whose
/// assignments cover its unit; it is recorded and changed only by the secretary of that very unit (the cell secretary
/// of a cell, the grassroots secretary of a grassroots committee), never from above or from another cell.
public sealed class MeetingAccess(PartyMembersDbContext db, UnitDirectory directory, CurrentUser currentUser, TimeProvider clock)
{
    public DateOnly Today => VietnamTime.Today(clock);

    public async Task<LoadedMeeting> LoadAsync(Guid id, bool track = false)
    {
        var meetings = track ? db.Meetings : db.Meetings.AsNoTracking();
        var found = await meetings.Include(m => m.Attendance).Include(m => m.Documents).Include(m => m.History)
            .AsSplitQuery().FirstOrDefaultAsync(m => m.Id == id);
        if (found is null)
        {
            return new LoadedMeeting(Access.NotFound, null, null, []);
        }

        var unit = (await directory.FindAsync(found.UnitId))!;
        var covering = await currentUser.CoveringAsync(unit.Path, RoleRules.CanReadMembers);
        return covering.Count == 0
            ? new LoadedMeeting(Access.Forbidden, null, null, [])
            : new LoadedMeeting(Access.Granted, found, unit, covering);
    }

    /// The assignment through which the user records the unit's meetings, or null.
    public static ActiveAssignment? Recorder(UnitInfo unit, IEnumerable<ActiveAssignment> assignments) =>
        assignments.FirstOrDefault(a => a.UnitId == unit.Id && MeetingRules.MayRecord(a.Role, unit.Type));

    /// The units whose meetings the user records: those where they are the secretary, and which are not dissolved.
    public async Task<IReadOnlyList<UnitInfo>> RecordableUnitsAsync()
    {
        var result = new List<UnitInfo>();
        foreach (var assignment in await currentUser.AssignmentsAsync())
        {
            if (await directory.FindAsync(assignment.UnitId) is { DissolvedOn: null } unit
                && MeetingRules.MayRecord(assignment.Role, unit.Type) && result.All(u => u.Id != unit.Id))
            {
                result.Add(unit);
            }
        }

        return result;
    }

    /// A unit the user may read, by id: granted, forbidden (outside the user's units) or not found.
    public async Task<(Access Access, UnitInfo? Unit)> ReadableUnitAsync(Guid id)
    {
        if (await directory.FindAsync(id) is not { } unit)
        {
            return (Access.NotFound, null);
        }

        return (await currentUser.CoveringAsync(unit.Path, RoleRules.CanReadMembers)).Count > 0 ? (Access.Granted, unit) : (Access.Forbidden, null);
    }

    /// The unit the user reads by default: that of their widest reading assignment.
    public async Task<UnitInfo?> DefaultUnitAsync()
    {
        var paths = await currentUser.ScopeAsync(RoleRules.CanReadMembers);
        var all = await directory.AllAsync();
        return paths.Count == 0 ? null : all.FirstOrDefault(u => u.Path == paths[0]);
    }

    public Task<OrganisationUnit> UnitEntityAsync(Guid id) => db.Units.AsNoTracking().FirstAsync(u => u.Id == id);

    /// The roll-call of a meeting of <paramref name="unit"/>: its members (those of all its cells for a grassroots
    /// committee) and the guests temporarily active there, in one query.
    public async Task<IReadOnlyList<RosterMember>> RosterAsync(UnitInfo unit)
    {
        var unitIds = (await directory.AllAsync()).Where(u => u.Path.StartsWith(unit.Path, StringComparison.Ordinal)).Select(u => u.Id).ToHashSet();
        var ids = unitIds.ToList();
        var facts = await db.Members.AsNoTracking()
            .Where(m => ids.Contains(m.HomeUnitId) || (m.TemporaryUnitId != null && ids.Contains(m.TemporaryUnitId.Value)))
            .Where(m => !RosterMember.OffRoster.Contains(m.Status))
            .Select(m => new RosterFacts(m.Id, m.FullName, m.SearchName, m.HomeUnitId, m.TemporaryUnitId, m.Status))
            .ToListAsync();
        return MeetingRoster.From(facts, unitIds.Contains);
    }

    public ChangeStamp Stamp(ActiveAssignment acting) =>
        new(currentUser.UserId, currentUser.UserName, acting.Role, clock.GetUtcNow().UtcDateTime, Today);
}
