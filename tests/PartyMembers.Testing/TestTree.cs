using PartyMembers.Domain.Organisation;

namespace PartyMembers.Testing;

/// A realistic organisation tree:
/// <code>
/// Upper (UpperCommittee)
/// ├── GrassrootsCommittee
/// │   ├── SubCommittee
/// │   │   └── CellInSubCommittee
/// │   │       └── PartyGroup
/// │   └── CellInCommittee
/// └── GrassrootsCell
///     └── GroupInGrassrootsCell
/// </code>
/// Every unit is established on <see cref="TestDates.Established"/> unless told otherwise.
public sealed class TestTree
{
    private TestTree(
        OrganisationUnit upper, OrganisationUnit grassrootsCommittee, OrganisationUnit subCommittee,
        OrganisationUnit cellInSubCommittee, OrganisationUnit partyGroup, OrganisationUnit cellInCommittee,
        OrganisationUnit grassrootsCell, OrganisationUnit groupInGrassrootsCell)
    {
        Upper = upper;
        GrassrootsCommittee = grassrootsCommittee;
        SubCommittee = subCommittee;
        CellInSubCommittee = cellInSubCommittee;
        PartyGroup = partyGroup;
        CellInCommittee = cellInCommittee;
        GrassrootsCell = grassrootsCell;
        GroupInGrassrootsCell = groupInGrassrootsCell;
        All = [upper, grassrootsCommittee, subCommittee, cellInSubCommittee, partyGroup, cellInCommittee, grassrootsCell, groupInGrassrootsCell];
    }

    /// Đảng bộ các cơ quan Đảng tỉnh (the tenant).
    public OrganisationUnit Upper { get; }

    /// Đảng bộ Sở Tài chính.
    public OrganisationUnit GrassrootsCommittee { get; }

    /// Đảng bộ bộ phận Văn phòng, under the grassroots committee.
    public OrganisationUnit SubCommittee { get; }

    /// Chi bộ Phòng Kế toán, under the sub-committee.
    public OrganisationUnit CellInSubCommittee { get; }

    /// Tổ đảng 1, in the cell under the sub-committee.
    public OrganisationUnit PartyGroup { get; }

    /// Chi bộ Thanh tra, directly under the grassroots committee.
    public OrganisationUnit CellInCommittee { get; }

    /// Chi bộ Báo Hà Tĩnh, a grassroots cell directly under the upper committee.
    public OrganisationUnit GrassrootsCell { get; }

    /// Tổ đảng 1 of the grassroots cell.
    public OrganisationUnit GroupInGrassrootsCell { get; }

    /// Every unit, top down.
    public IReadOnlyList<OrganisationUnit> All { get; }

    public static TestTree Build(DateOnly? establishedOn = null, DateOnly? today = null)
    {
        var established = establishedOn ?? TestDates.Established;
        var now = today ?? TestDates.Today;

        OrganisationUnit Make(OrganisationUnit? parent, UnitType type, string name, string code)
        {
            var builder = parent is null ? UnitBuilder.Root(type) : UnitBuilder.Under(parent, type);
            return builder.Named(name, code).EstablishedOn(established).On(now).Build();
        }

        var upper = Make(null, UnitType.UpperCommittee, "Đảng bộ các cơ quan Đảng tỉnh", "CQD");
        var committee = Make(upper, UnitType.GrassrootsCommittee, "Đảng bộ Sở Tài chính", "STC");
        var sub = Make(committee, UnitType.SubCommittee, "Đảng bộ bộ phận Văn phòng", "STC-VP");
        var cellInSub = Make(sub, UnitType.Cell, "Chi bộ Phòng Kế toán", "STC-VP-KT");
        var group = Make(cellInSub, UnitType.PartyGroup, "Tổ đảng 1", "STC-VP-KT-1");
        var cellInCommittee = Make(committee, UnitType.Cell, "Chi bộ Thanh tra", "STC-TT");
        var grassrootsCell = Make(upper, UnitType.GrassrootsCell, "Chi bộ Báo Hà Tĩnh", "BHT");
        var groupInGrassrootsCell = Make(grassrootsCell, UnitType.PartyGroup, "Tổ đảng 1", "BHT-1");
        return new TestTree(upper, committee, sub, cellInSub, group, cellInCommittee, grassrootsCell, groupInGrassrootsCell);
    }

    /// The units strictly below <paramref name="unit"/> in this tree (what <see cref="OrganisationUnit.MoveTo"/> needs).
    public IReadOnlyList<OrganisationUnit> Below(OrganisationUnit unit) =>
        All.Where(u => u.Id != unit.Id && unit.Contains(u)).ToList();
}
