using PartyMembers.Domain.Common;

namespace PartyMembers.Domain.Members;

public sealed partial class Member
{
    /// The receiving cell's acceptance of a member transferred inside the upper committee, through a transfer case that
    /// has already checked the acting role against its own table (HD38 §II.4, 7-box letter: the receiving cell signs).
    internal Result AcceptTransferFromCase(Guid newUnitId, Organisation.UnitType newUnitType, StatusChange change, ChangeStamp stamp) =>
        MoveTo(newUnitId, newUnitType, change, stamp, roleChecked: true);

    private Result MoveTo(Guid newUnitId, Organisation.UnitType newUnitType, StatusChange change, ChangeStamp stamp, bool roleChecked)
    {
        if (!Organisation.UnitTypeRules.CanHoldMembers(newUnitType))
        {
            return Result.Fail("Member.UnitCannotHoldMembers", nameof(HomeUnitId));
        }

        return newUnitId == HomeUnitId
            ? Result.Fail("Member.AlreadyInUnit", nameof(HomeUnitId))
            : Transition(MemberEventKind.InternalTransfer, change, stamp, m => m.HomeUnitId = newUnitId, roleChecked);
    }
}
