using PartyMembers.Domain.Organisation;
using PartyMembers.Testing;

namespace PartyMembers.Domain.Tests.Organisation;

public class UnitTypeRulesTests
{
    // Domain reference §1.1: upper committee > grassroots committee | grassroots cell; a sub-committee sits inside a
    // grassroots committee; cells sit under a grassroots committee or a sub-committee; party groups inside a cell or a
    // grassroots cell. Nothing else.
    private static readonly HashSet<(UnitType Child, UnitType Parent)> Allowed =
    [
        (UnitType.GrassrootsCommittee, UnitType.UpperCommittee),
        (UnitType.GrassrootsCell, UnitType.UpperCommittee),
        (UnitType.SubCommittee, UnitType.GrassrootsCommittee),
        (UnitType.Cell, UnitType.GrassrootsCommittee),
        (UnitType.Cell, UnitType.SubCommittee),
        (UnitType.PartyGroup, UnitType.Cell),
        (UnitType.PartyGroup, UnitType.GrassrootsCell),
    ];

    public static TheoryData<UnitType, UnitType, bool> AllPairs()
    {
        var data = new TheoryData<UnitType, UnitType, bool>();
        foreach (var child in Enum.GetValues<UnitType>())
        {
            foreach (var parent in Enum.GetValues<UnitType>())
            {
                data.Add(child, parent, Allowed.Contains((child, parent)));
            }
        }

        return data;
    }

    [Fact]
    public void The_pair_table_covers_all_36_pairs()
    {
        Assert.Equal(6, Enum.GetValues<UnitType>().Length);
        Assert.Equal(36, AllPairs().Count);
    }

    [Theory]
    [MemberData(nameof(AllPairs))]
    public void CanBeChildOf_follows_the_hierarchy(UnitType child, UnitType parent, bool expected)
    {
        Assert.Equal(expected, UnitTypeRules.CanBeChildOf(child, parent));
    }

    [Theory]
    [MemberData(nameof(AllPairs))]
    public void CreateChild_accepts_exactly_the_allowed_pairs(UnitType child, UnitType parent, bool expected)
    {
        var tree = TestTree.Build();
        var parentUnit = tree.All.First(u => u.Type == parent);

        var result = parentUnit.CreateChild(child, "Đơn vị mới", null, TestDates.Established, null, TestDates.Today);

        if (expected)
        {
            var unit = ErrorAssert.Succeeded(result);
            Assert.Equal(parentUnit.Id, unit.ParentId);
            Assert.Equal(child, unit.Type);
        }
        else
        {
            var error = ErrorAssert.Only(result, "Unit.TypeNotAllowedUnderParent", nameof(OrganisationUnit.Type));
            Assert.Equal(new object[] { child, parent }, error.Arguments);
        }
    }

    [Theory]
    [InlineData(UnitType.UpperCommittee, true)]
    [InlineData(UnitType.GrassrootsCommittee, false)]
    [InlineData(UnitType.GrassrootsCell, false)]
    [InlineData(UnitType.SubCommittee, false)]
    [InlineData(UnitType.Cell, false)]
    [InlineData(UnitType.PartyGroup, false)]
    public void Only_the_upper_committee_is_a_root(UnitType type, bool expected)
    {
        Assert.Equal(expected, UnitTypeRules.IsRoot(type));
    }

    [Fact]
    public void ChildTypesOf_lists_the_types_allowed_under_each_parent()
    {
        foreach (var parent in Enum.GetValues<UnitType>())
        {
            var expected = Allowed.Where(p => p.Parent == parent).Select(p => p.Child).Order().ToList();
            Assert.Equal(expected, UnitTypeRules.ChildTypesOf(parent).Order().ToList());
        }
    }

    [Theory]
    [InlineData(UnitType.UpperCommittee, false)]
    [InlineData(UnitType.GrassrootsCommittee, false)]
    [InlineData(UnitType.GrassrootsCell, true)]
    [InlineData(UnitType.SubCommittee, false)]
    [InlineData(UnitType.Cell, true)]
    [InlineData(UnitType.PartyGroup, false)]
    public void Members_belong_to_cells_only(UnitType type, bool expected)
    {
        Assert.Equal(expected, UnitTypeRules.CanHoldMembers(type));
    }

    [Theory]
    [InlineData(UnitType.UpperCommittee, false)]
    [InlineData(UnitType.GrassrootsCommittee, true)]
    [InlineData(UnitType.GrassrootsCell, false)]
    [InlineData(UnitType.SubCommittee, false)]
    [InlineData(UnitType.Cell, false)]
    [InlineData(UnitType.PartyGroup, false)]
    public void Only_a_grassroots_committee_can_be_authorised_to_admit_and_expel(UnitType type, bool expected)
    {
        Assert.Equal(expected, UnitTypeRules.CanBeAuthorisedToAdmit(type));
    }

    [Theory]
    [InlineData(UnitType.UpperCommittee, false)]
    [InlineData(UnitType.GrassrootsCommittee, true)]
    [InlineData(UnitType.GrassrootsCell, true)]
    [InlineData(UnitType.SubCommittee, false)]
    [InlineData(UnitType.Cell, false)]
    [InlineData(UnitType.PartyGroup, false)]
    public void Grassroots_organisations_are_the_grassroots_committee_and_cell(UnitType type, bool expected)
    {
        Assert.Equal(expected, UnitTypeRules.IsGrassroots(type));
    }

    [Fact]
    public void The_deepest_legal_chain_stays_within_MaxDepth()
    {
        // Upper (0) > grassroots committee (1) > sub-committee (2) > cell (3) > party group (4).
        int Deepest(UnitType type) => UnitTypeRules.ChildTypesOf(type).Select(c => 1 + Deepest(c)).DefaultIfEmpty(0).Max();

        var deepest = Enum.GetValues<UnitType>().Where(UnitTypeRules.IsRoot).Max(Deepest);

        Assert.Equal(4, deepest);
        Assert.True(deepest < OrganisationUnit.MaxDepth);
    }
}
