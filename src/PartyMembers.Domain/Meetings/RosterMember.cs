using PartyMembers.Domain.Members;

namespace PartyMembers.Domain.Meetings;

/// A member expected on a meeting's roll-call: a member of the unit (home there, still counted), or a guest
/// temporarily active there (Q294 §6.3.2c: attends and is given work where temporarily active, without a vote on the
/// home cell's matters).
public sealed record RosterMember(Guid MemberId, string Name, ActivityStatus Status, bool IsGuest)
{
    /// Statuses of members who are no longer on any roll-call: suspended from activity, leaving or gone.
    public static readonly ActivityStatus[] OffRoster =
    [
        ActivityStatus.Suspended, ActivityStatus.TransferringOut, ActivityStatus.TransferredOut, ActivityStatus.Left,
        ActivityStatus.Deceased,
    ];

    /// The attendance the roll-call starts from, so the secretary changes only the exceptions: a member away on a
    /// temporary transfer is "away", an exempted member "exempt", everyone else (guests included) "present".
    public AttendanceStatus DefaultStatus => IsGuest ? AttendanceStatus.Present : Status switch
    {
        ActivityStatus.TemporarilyAway => AttendanceStatus.AwayOnTransfer,
        ActivityStatus.Exempt or ActivityStatus.TemporarilyExempt => AttendanceStatus.Exempt,
        _ => AttendanceStatus.Present,
    };

    /// Whether the status may be recorded for this member: "away" only for a member who is away (and not for a guest,
    /// who attends here), "exempt" only for an exempted member.
    public bool Allows(AttendanceStatus status) => status switch
    {
        AttendanceStatus.AwayOnTransfer => !IsGuest && Status == ActivityStatus.TemporarilyAway,
        AttendanceStatus.Exempt => !IsGuest && Status is ActivityStatus.Exempt or ActivityStatus.TemporarilyExempt,
        _ => true,
    };
}

/// One line of a roll-call as the secretary submits it.
public sealed record AttendanceEntry(Guid MemberId, AttendanceStatus Status, string? Reason);
