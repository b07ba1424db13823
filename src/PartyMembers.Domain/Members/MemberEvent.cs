using PartyMembers.Domain.Common;

namespace PartyMembers.Domain.Members;

/// A dated change in a member's membership, with the state it left the member in, the decision it rests on and who
/// recorded it. Events are appended, never changed: statistics as of any past date are computed from them.
public sealed class MemberEvent : INeverDeleted
{
    private MemberEvent()
    {
        RecordedByName = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid MemberId { get; private set; }

    /// Order of the events of one member, for events with the same effective date.
    public int Sequence { get; private set; }

    public MemberEventKind Kind { get; private set; }

    public DateOnly EffectiveDate { get; private set; }

    public Guid UnitId { get; private set; }

    public Guid? PreviousUnitId { get; private set; }

    public MembershipType Type { get; private set; }

    public ActivityStatus Status { get; private set; }

    public ActivityStatus? PreviousStatus { get; private set; }

    public ExitForm? ExitForm { get; private set; }

    public LegalBasis? Basis { get; private set; }

    public string? Reason { get; private set; }

    public DateTime RecordedAtUtc { get; private set; }

    public Guid? RecordedByUserId { get; private set; }

    public string RecordedByName { get; private set; }

    internal static MemberEvent Create(
        Guid memberId, int sequence, MemberEventKind kind, DateOnly effectiveDate, MemberSnapshot after,
        MemberSnapshot? before, LegalBasis? basis, string? reason, ChangeStamp stamp) => new()
    {
        Id = Ids.New(),
        MemberId = memberId,
        Sequence = sequence,
        Kind = kind,
        EffectiveDate = effectiveDate,
        UnitId = after.UnitId,
        PreviousUnitId = before?.UnitId,
        Type = after.Type,
        Status = after.Status,
        PreviousStatus = before?.Status,
        ExitForm = after.ExitForm,
        Basis = basis,
        Reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim(),
        RecordedAtUtc = stamp.AtUtc,
        RecordedByUserId = stamp.UserId,
        RecordedByName = stamp.UserName,
    };
}

/// A member's membership state at one moment: the home unit, the type and the activity status.
public sealed record MemberSnapshot(Guid UnitId, MembershipType Type, ActivityStatus Status, ExitForm? ExitForm);
