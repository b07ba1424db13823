namespace PartyMembers.Domain.Organisation;

/// Which kind of unit may sit under which (Quy định 294-QĐ/TW §10, §20; Hướng dẫn 06-HD/TW §13).
public static class UnitTypeRules
{
    private static readonly Dictionary<UnitType, UnitType[]> AllowedParents = new()
    {
        [UnitType.UpperCommittee] = [],
        [UnitType.GrassrootsCommittee] = [UnitType.UpperCommittee],
        [UnitType.GrassrootsCell] = [UnitType.UpperCommittee],
        [UnitType.SubCommittee] = [UnitType.GrassrootsCommittee],
        [UnitType.Cell] = [UnitType.GrassrootsCommittee, UnitType.SubCommittee],
        [UnitType.PartyGroup] = [UnitType.Cell, UnitType.GrassrootsCell],
    };

    public static bool IsRoot(UnitType type) => AllowedParents[type].Length == 0;

    public static bool CanBeChildOf(UnitType child, UnitType parent) => AllowedParents[child].Contains(parent);

    public static IReadOnlyList<UnitType> ChildTypesOf(UnitType parent) =>
        AllowedParents.Where(p => p.Value.Contains(parent)).Select(p => p.Key).ToList();

    /// Members belong to a cell: a cell under a committee or a grassroots cell. Party groups are subdivisions of a cell.
    public static bool CanHoldMembers(UnitType type) => type is UnitType.Cell or UnitType.GrassrootsCell;

    /// Only a grassroots committee can be authorised to admit and expel (Q294 §22: over 100 members, rated well for 3 years).
    public static bool CanBeAuthorisedToAdmit(UnitType type) => type == UnitType.GrassrootsCommittee;

    /// The grassroots organisation (tổ chức cơ sở đảng) a unit belongs to is the nearest ancestor-or-self of these types.
    public static bool IsGrassroots(UnitType type) => type is UnitType.GrassrootsCommittee or UnitType.GrassrootsCell;
}
