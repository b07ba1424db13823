using PartyMembers.Domain.Members;

namespace PartyMembers.Domain.WorkLife;

/// Who is rated in the yearly quality rating. Members exempted from work and party activity are not rated
/// (Q294 §7.2.3); nor are members no longer counted here (transfer letter issued, transferred, left, deceased).
/// Members temporarily exempt for mobile or far work (HD06 §10.3a) still have work and are rated: the rules exempt
/// only "miễn công tác và sinh hoạt" from the rating.
public static class RatingEligibility
{
    public static bool IsRated(ActivityStatus statusOnDate) => statusOnDate is ActivityStatus.Active or ActivityStatus.TemporarilyAway
        or ActivityStatus.TemporarilyExempt or ActivityStatus.Suspended;

    /// The member's status on <paramref name="date"/> from their events (the state after the last event on or before
    /// it), or null when the member was not yet in the organisation.
    public static ActivityStatus? StatusOn(IEnumerable<MemberEvent> events, DateOnly date) =>
        events.Where(e => e.EffectiveDate <= date).OrderBy(e => e.EffectiveDate).ThenBy(e => e.Sequence).LastOrDefault()?.Status;

    /// Whether the member is rated for a period judged on <paramref name="date"/>.
    public static bool IsRated(IEnumerable<MemberEvent> events, DateOnly date) => StatusOn(events, date) is { } status && IsRated(status);
}
