using PartyMembers.Domain.Common;
using PartyMembers.Domain.Members;
using PartyMembers.Domain.Organisation;

namespace PartyMembers.Testing;

/// What the event-specific methods need beyond the status change: the unit of an internal transfer, the form of an exit,
/// the probation period of a recognition.
public sealed record MemberActionOptions(
    Guid? NewUnitId = null,
    UnitType NewUnitType = UnitType.Cell,
    ExitForm ExitForm = ExitForm.RemovedFromList,
    int ProbationMonths = MemberBuilder.ProbationMonths);

/// Calls the <see cref="Member"/> method that records an event of a given kind, so tests can walk the transition table.
public static class MemberActions
{
    /// The event kinds a method records. <see cref="MemberEventKind.Admitted"/> and <see cref="MemberEventKind.TransferredIn"/>
    /// are only written by <see cref="Member.Register"/>.
    public static IReadOnlyList<MemberEventKind> Recordable { get; } =
        Enum.GetValues<MemberEventKind>()
            .Where(k => k is not (MemberEventKind.Admitted or MemberEventKind.TransferredIn))
            .ToList();

    /// Records <paramref name="kind"/> through its method. A recognition takes its date from the rule, not from
    /// <paramref name="change"/>, and needs <see cref="StatusChange.Basis"/>; an internal transfer needs
    /// <see cref="MemberActionOptions.NewUnitId"/>.
    public static Result Record(
        Member member, MemberEventKind kind, StatusChange change, ChangeStamp stamp, MemberActionOptions? options = null)
    {
        var o = options ?? new MemberActionOptions();
        return kind switch
        {
            MemberEventKind.Recognised => member.Recognise(
                change.Basis ?? throw new ArgumentException("A recognition needs its decision.", nameof(change)), o.ProbationMonths, stamp),
            MemberEventKind.InternalTransfer => member.MoveToUnit(
                o.NewUnitId ?? throw new ArgumentException("An internal transfer needs the new unit.", nameof(options)), o.NewUnitType, change, stamp),
            MemberEventKind.TemporaryTransferStarted => member.StartTemporaryTransfer(change, stamp),
            MemberEventKind.TemporaryTransferEnded => member.EndTemporaryTransfer(change, stamp),
            MemberEventKind.Exempted => member.Exempt(change, stamp),
            MemberEventKind.ExemptionEnded => member.EndExemption(change, stamp),
            MemberEventKind.TemporarilyExempted => member.ExemptTemporarily(change, stamp),
            MemberEventKind.TemporaryExemptionEnded => member.EndTemporaryExemption(change, stamp),
            MemberEventKind.Suspended => member.Suspend(change, stamp),
            MemberEventKind.SuspensionLifted => member.LiftSuspension(change, stamp),
            MemberEventKind.TransferOutStarted => member.StartTransferOut(change, stamp),
            MemberEventKind.TransferOutCancelled => member.CancelTransferOut(change, stamp),
            MemberEventKind.TransferredOut => member.CompleteTransferOut(change, stamp),
            MemberEventKind.Left => member.Leave(o.ExitForm, change, stamp),
            MemberEventKind.Died => member.Die(change, stamp),
            MemberEventKind.Reinstated => member.Reinstate(change, stamp),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Only Member.Register records this kind."),
        };
    }

    /// Brings an active member to <paramref name="target"/> by the shortest path of events, all dated
    /// <paramref name="on"/>, each recorded by a role the table allows, with a decision dated that day.
    public static Member Bring(
        Member member, ActivityStatus target, DateOnly on, DateOnly? today = null, ExitForm exitForm = ExitForm.RemovedFromList)
    {
        if (member.Status != ActivityStatus.Active)
        {
            throw new InvalidOperationException($"Bring starts from an active member, not {member.Status}.");
        }

        MemberEventKind[] path = target switch
        {
            ActivityStatus.Active => [],
            ActivityStatus.TemporarilyAway => [MemberEventKind.TemporaryTransferStarted],
            ActivityStatus.Exempt => [MemberEventKind.Exempted],
            ActivityStatus.TemporarilyExempt => [MemberEventKind.TemporarilyExempted],
            ActivityStatus.Suspended => [MemberEventKind.Suspended],
            ActivityStatus.TransferringOut => [MemberEventKind.TransferOutStarted],
            ActivityStatus.TransferredOut => [MemberEventKind.TransferOutStarted, MemberEventKind.TransferredOut],
            ActivityStatus.Left => [MemberEventKind.Left],
            ActivityStatus.Deceased => [MemberEventKind.Died],
            _ => throw new ArgumentOutOfRangeException(nameof(target), target, null),
        };

        foreach (var kind in path)
        {
            var row = MemberTransitions.Find(member.Status, kind)
                ?? throw new InvalidOperationException($"The table has no {kind} from {member.Status}.");
            var role = row.Roles.Order().First();
            var result = Record(
                member, kind, new StatusChange(on, LegalBases.Sample(on), null), TestStamps.As(role, today ?? TestDates.Today),
                new MemberActionOptions(ExitForm: exitForm));
            if (!result.Succeeded)
            {
                throw new BuildFailedException($"{kind} on {on:yyyy-MM-dd}", result.Errors);
            }
        }

        return member;
    }
}
