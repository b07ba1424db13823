using PartyMembers.Domain.Members;

namespace PartyMembers.Domain.Meetings;

/// What the roll-call needs to know of a member.
public sealed record RosterFacts(Guid MemberId, string Name, string SortKey, Guid HomeUnitId, Guid? TemporaryUnitId, ActivityStatus Status);

/// Who is on a meeting's roll-call: the members whose home is in the meeting's unit and who still take part
/// (a member away on a temporary transfer is listed, as "away"), and the members temporarily active there from
/// elsewhere, as guests. Suspended members and those leaving or gone are not listed.
public static class MeetingRoster
{
    public static IReadOnlyList<RosterMember> From(IEnumerable<RosterFacts> members, Func<Guid, bool> inUnit)
    {
        var roster = new List<(string SortKey, RosterMember Member)>();
        foreach (var m in members)
        {
            if (RosterMember.OffRoster.Contains(m.Status))
            {
                continue;
            }

            if (inUnit(m.HomeUnitId))
            {
                roster.Add((m.SortKey, new RosterMember(m.MemberId, m.Name, m.Status, IsGuest: false)));
            }
            else if (m.Status == ActivityStatus.TemporarilyAway && m.TemporaryUnitId is { } host && inUnit(host))
            {
                roster.Add((m.SortKey, new RosterMember(m.MemberId, m.Name, m.Status, IsGuest: true)));
            }
        }

        return roster.OrderBy(r => r.Member.IsGuest).ThenBy(r => r.SortKey, StringComparer.Ordinal).ThenBy(r => r.Member.MemberId)
            .Select(r => r.Member).ToList();
    }
}
