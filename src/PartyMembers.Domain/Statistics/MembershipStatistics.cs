using PartyMembers.Domain.Members;

namespace PartyMembers.Domain.Statistics;

/// A member's state on a date, as the events say: the latest event on or before that date.
public sealed record MemberStateAsOf(Guid MemberId, Guid UnitId, MembershipType Type, ActivityStatus Status);

/// Counts computed from the membership events alone, so that they can be recomputed for any past date.
public static class MembershipStatistics
{
    /// A recognition is dated back to the end of the probation, whatever was recorded since: it changes only the type.
    /// So the unit and status come from the latest other event up to the date, and the member is official on the date
    /// when any event up to it says so (the type never goes back from official to probationary).
    public static IReadOnlyList<MemberStateAsOf> StatesAsOf(IEnumerable<MemberEvent> events, DateOnly date) =>
        events.Where(e => e.EffectiveDate <= date)
            .GroupBy(e => e.MemberId)
            .Select(g =>
            {
                var latest = g.Where(e => e.Kind != MemberEventKind.Recognised)
                    .OrderByDescending(e => e.EffectiveDate).ThenByDescending(e => e.Sequence).FirstOrDefault();
                if (latest is null)
                {
                    return null;
                }

                var type = g.Any(e => e.Type == MembershipType.Official) ? MembershipType.Official : MembershipType.Probationary;
                return new MemberStateAsOf(latest.MemberId, latest.UnitId, type, latest.Status);
            })
            .OfType<MemberStateAsOf>()
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
