using PartyMembers.Domain.Organisation;

namespace PartyMembers.Domain.Accounts;

/// Which role can be held in which kind of unit, and what each role may do with member records.
public static class RoleRules
{
    public static bool CanHoldIn(Role role, UnitType unitType) => role switch
    {
        Role.CellSecretary => unitType is UnitType.Cell or UnitType.GrassrootsCell,
        Role.GrassrootsSecretary => unitType is UnitType.GrassrootsCommittee or UnitType.GrassrootsCell or UnitType.SubCommittee,
        Role.OrganisationBoard or Role.StandingCommittee => unitType == UnitType.UpperCommittee,
        Role.InspectionCommittee => unitType is UnitType.UpperCommittee or UnitType.GrassrootsCommittee,
        Role.Administrator => unitType == UnitType.UpperCommittee,
        _ => false,
    };

    /// Roles that may read member records in their scope. The administrator is left out on purpose: it runs the system
    /// but has no need to know who is a member.
    public static bool CanReadMembers(Role role) => role != Role.Administrator;

    /// Roles that keep the member registry (create and correct member details) in their scope.
    public static bool CanEditMembers(Role role) =>
        role is Role.CellSecretary or Role.GrassrootsSecretary or Role.OrganisationBoard;
}
