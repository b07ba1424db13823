using Microsoft.EntityFrameworkCore;
using PartyMembers.Domain.Members;
using PartyMembers.Domain.Statistics;
using PartyMembers.Infrastructure.Persistence;

namespace PartyMembers.Infrastructure.Queries;

/// Statistics computed in the database from membership events, so that they hold for any past date
/// (the same rule as <see cref="MembershipStatistics"/>, which the tests compare it with).
public static class MembershipQueries
{
    private static readonly ActivityStatus[] CountedStatuses =
        Enum.GetValues<ActivityStatus>().Where(MemberTransitions.IsCounted).ToArray();

    /// Party strength per unit today, from the members' current state. Events are never dated in the future, so the
    /// current state is the state every member's events give for any date from today on: the same figures as
    /// <see cref="StrengthByUnitAsync"/> (a test compares them), read from one covering index instead of replaying
    /// millions of events.
    public static async Task<IReadOnlyDictionary<Guid, StrengthCount>> CurrentStrengthByUnitAsync(
        PartyMembersDbContext db, CancellationToken cancellationToken = default)
    {
        var rows = await db.Members.AsNoTracking()
            .Where(m => CountedStatuses.Contains(m.Status))
            .GroupBy(m => new { m.HomeUnitId, m.Type })
            .Select(g => new { g.Key.HomeUnitId, g.Key.Type, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.HomeUnitId).ToDictionary(
            g => g.Key,
            g => new StrengthCount(
                g.Where(r => r.Type == MembershipType.Official).Sum(r => r.Count),
                g.Where(r => r.Type == MembershipType.Probationary).Sum(r => r.Count)));
    }

    /// Party strength per unit on <paramref name="date"/>: for each member, the latest event on or before the date,
    /// counted where it left the member when its status counts.
    public static async Task<IReadOnlyDictionary<Guid, StrengthCount>> StrengthByUnitAsync(
        PartyMembersDbContext db, DateOnly date, CancellationToken cancellationToken = default)
    {
        // The same rule as MembershipStatistics.StatesAsOf: unit and status from the latest event other than a
        // recognition (which is dated back and changes only the type); official when any event up to the date says so.
        var events = db.MemberEvents.AsNoTracking();
        var latest = events
            .Where(e => e.EffectiveDate <= date && e.Kind != MemberEventKind.Recognised)
            .Where(e => !events.Any(later => later.MemberId == e.MemberId && later.Kind != MemberEventKind.Recognised
                && later.EffectiveDate <= date
                && (later.EffectiveDate > e.EffectiveDate || (later.EffectiveDate == e.EffectiveDate && later.Sequence > e.Sequence))));

        var rows = await latest
            .Where(e => CountedStatuses.Contains(e.Status))
            .Select(e => new
            {
                e.UnitId,
                Official = e.Type == MembershipType.Official
                    || events.Any(o => o.MemberId == e.MemberId && o.EffectiveDate <= date && o.Type == MembershipType.Official),
            })
            .GroupBy(e => new { e.UnitId, e.Official })
            .Select(g => new { g.Key.UnitId, g.Key.Official, Count = g.Count() })
            .ToListAsync(cancellationToken);

        return rows.GroupBy(r => r.UnitId).ToDictionary(
            g => g.Key,
            g => new StrengthCount(
                g.Where(r => r.Official).Sum(r => r.Count),
                g.Where(r => !r.Official).Sum(r => r.Count)));
    }
}
