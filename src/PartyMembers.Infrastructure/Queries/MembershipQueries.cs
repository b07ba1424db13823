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

    /// Party strength per unit on <paramref name="date"/>: for each member, the latest event on or before the date,
    /// counted where it left the member when its status counts.
    public static async Task<IReadOnlyDictionary<Guid, StrengthCount>> StrengthByUnitAsync(
        PartyMembersDbContext db, DateOnly date, CancellationToken cancellationToken = default)
    {
        var latest = db.MemberEvents.AsNoTracking()
            .Where(e => e.EffectiveDate <= date)
            .Where(e => !db.MemberEvents.Any(later => later.MemberId == e.MemberId && later.EffectiveDate <= date
                && (later.EffectiveDate > e.EffectiveDate || (later.EffectiveDate == e.EffectiveDate && later.Sequence > e.Sequence))));

        var rows = await latest
            .Where(e => CountedStatuses.Contains(e.Status))
            .GroupBy(e => new { e.UnitId, e.Type })
            .Select(g => new { g.Key.UnitId, g.Key.Type, Count = g.Count() })
            .ToListAsync(cancellationToken);

        return rows.GroupBy(r => r.UnitId).ToDictionary(
            g => g.Key,
            g => new StrengthCount(
                g.Where(r => r.Type == MembershipType.Official).Sum(r => r.Count),
                g.Where(r => r.Type == MembershipType.Probationary).Sum(r => r.Count)));
    }
}
