using PartyMembers.Domain.Members;

namespace PartyMembers.Domain.Statistics;

/// A member's state on a date, as the events say: the latest event on or before that date.
public sealed record MemberStateAsOf(Guid MemberId, Guid UnitId, MembershipType Type, ActivityStatus Status);

/// Counts computed from the membership events alone, so that they can be recomputed for any past date.
public static class MembershipStatistics
{
    public static IReadOnlyList<MemberStateAsOf> StatesAsOf(IEnumerable<MemberEvent> events, DateOnly date) =>
        events.Where(e => e.EffectiveDate <= date)
            .GroupBy(e => e.MemberId)
            .Select(g => g.OrderByDescending(e => e.EffectiveDate).ThenByDescending(e => e.Sequence).First())
            .Select(e => new MemberStateAsOf(e.MemberId, e.UnitId, e.Type, e.Status))
            .ToList();

    /// Party strength (đảng số) on a date per unit: members whose latest event leaves them counted there.
    public static IReadOnlyDictionary<Guid, StrengthCount> StrengthByUnit(IEnumerable<MemberEvent> events, DateOnly date) =>
        StatesAsOf(events, date)
            .Where(s => MemberTransitions.IsCounted(s.Status))
            .GroupBy(s => s.UnitId)
            .ToDictionary(
                g => g.Key,
                g => new StrengthCount(g.Count(s => s.Type == MembershipType.Official), g.Count(s => s.Type == MembershipType.Probationary)));
}

public readonly record struct StrengthCount(int Official, int Probationary)
{
    public int Total => Official + Probationary;
}
