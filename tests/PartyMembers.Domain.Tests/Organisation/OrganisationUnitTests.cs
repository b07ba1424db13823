using PartyMembers.Domain.Organisation;
using PartyMembers.Testing;

namespace PartyMembers.Domain.Tests.Organisation;

public class OrganisationUnitTests
{
    private static readonly DateOnly Today = TestDates.Today;
    private static readonly DateOnly Established = TestDates.Established;

    private static string Seg(OrganisationUnit unit) => unit.Id.ToString("N") + "/";

    // ---- CreateRoot / CreateChild -------------------------------------------------------------------------------

    [Fact]
    public void CreateRoot_makes_a_top_unit_whose_path_is_its_own_segment()
    {
        var decision = LegalBases.Sample(Established);

        var unit = ErrorAssert.Succeeded(OrganisationUnit.CreateRoot(
            UnitType.UpperCommittee, "  Đảng bộ   các cơ quan  Đảng tỉnh ", " CQD ", Established, decision, Today));

        Assert.NotEqual(Guid.Empty, unit.Id);
        Assert.Null(unit.ParentId);
        Assert.Equal("/" + unit.Id.ToString("N") + "/", unit.Path);
        Assert.Equal(0, unit.Depth);
        Assert.Equal("Đảng bộ các cơ quan Đảng tỉnh", unit.Name);
        Assert.Equal("CQD", unit.Code);
        Assert.Equal(Established, unit.EstablishedOn);
        Assert.Equal(decision, unit.EstablishmentDecision);
        Assert.False(unit.IsDissolved);
        Assert.False(unit.AuthorisedToAdmitAndExpel);
        Assert.NotEqual(Guid.Empty, unit.Version);
    }

    [Fact]
    public void A_blank_code_is_stored_as_null()
    {
        var unit = ErrorAssert.Succeeded(OrganisationUnit.CreateRoot(UnitType.UpperCommittee, "Đảng bộ", "   ", Established, null, Today));
        Assert.Null(unit.Code);
    }

    [Theory]
    [InlineData(UnitType.GrassrootsCommittee)]
    [InlineData(UnitType.GrassrootsCell)]
    [InlineData(UnitType.SubCommittee)]
    [InlineData(UnitType.Cell)]
    [InlineData(UnitType.PartyGroup)]
    public void CreateRoot_refuses_types_that_need_a_parent(UnitType type)
    {
        ErrorAssert.Only(OrganisationUnit.CreateRoot(type, "Chi bộ", null, Established, null, Today), "Unit.TypeNeedsParent", nameof(OrganisationUnit.Type));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void The_name_is_required(string name)
    {
        ErrorAssert.Only(OrganisationUnit.CreateRoot(UnitType.UpperCommittee, name, null, Established, null, Today), "Unit.NameRequired", nameof(OrganisationUnit.Name));
    }

    [Fact]
    public void The_name_is_at_most_200_characters_after_tidying()
    {
        var max = new string('Đ', OrganisationUnit.NameMaxLength);
        ErrorAssert.Succeeded(OrganisationUnit.CreateRoot(UnitType.UpperCommittee, "  " + max + "  ", null, Established, null, Today));

        var error = ErrorAssert.Only(
            OrganisationUnit.CreateRoot(UnitType.UpperCommittee, max + "Đ", null, Established, null, Today), "Text.TooLong", nameof(OrganisationUnit.Name));
        Assert.Equal(new object[] { 200 }, error.Arguments);
    }

    [Fact]
    public void The_code_is_at_most_30_characters()
    {
        ErrorAssert.Succeeded(OrganisationUnit.CreateRoot(UnitType.UpperCommittee, "Đảng bộ", new string('X', 30), Established, null, Today));
        ErrorAssert.Only(
            OrganisationUnit.CreateRoot(UnitType.UpperCommittee, "Đảng bộ", new string('X', 31), Established, null, Today), "Text.TooLong", nameof(OrganisationUnit.Code));
    }

    [Fact]
    public void A_unit_cannot_be_established_in_the_future()
    {
        ErrorAssert.Succeeded(OrganisationUnit.CreateRoot(UnitType.UpperCommittee, "Đảng bộ", null, Today, null, Today));
        ErrorAssert.Only(
            OrganisationUnit.CreateRoot(UnitType.UpperCommittee, "Đảng bộ", null, Today.AddDays(1), null, Today), "Date.InFuture", nameof(OrganisationUnit.EstablishedOn));
        var parent = UnitBuilder.Root().Build();
        ErrorAssert.Only(
            parent.CreateChild(UnitType.GrassrootsCell, "Chi bộ", null, Today.AddDays(1), null, Today), "Date.InFuture", nameof(OrganisationUnit.EstablishedOn));
    }

    [Fact]
    public void CreateChild_appends_its_segment_to_the_parent_path_and_goes_one_level_deeper()
    {
        var parent = UnitBuilder.Root().Build();

        var child = ErrorAssert.Succeeded(parent.CreateChild(UnitType.GrassrootsCommittee, "Đảng bộ Sở Tài chính", "STC", Established, null, Today));
        var grandchild = ErrorAssert.Succeeded(child.CreateChild(UnitType.Cell, "Chi bộ 1", null, Established, null, Today));

        Assert.Equal(parent.Id, child.ParentId);
        Assert.Equal(parent.Path + child.Id.ToString("N") + "/", child.Path);
        Assert.Equal(1, child.Depth);
        Assert.Equal(child.Path + grandchild.Id.ToString("N") + "/", grandchild.Path);
        Assert.Equal(2, grandchild.Depth);
    }

    [Fact]
    public void The_test_tree_paths_list_every_ancestor_from_the_top()
    {
        var t = TestTree.Build();

        Assert.Equal("/" + Seg(t.Upper) + Seg(t.GrassrootsCommittee) + Seg(t.SubCommittee) + Seg(t.CellInSubCommittee) + Seg(t.PartyGroup), t.PartyGroup.Path);
        Assert.Equal(4, t.PartyGroup.Depth);
        Assert.Equal("/" + Seg(t.Upper) + Seg(t.GrassrootsCommittee) + Seg(t.CellInCommittee), t.CellInCommittee.Path);
        Assert.Equal(2, t.CellInCommittee.Depth);
        Assert.Equal("/" + Seg(t.Upper) + Seg(t.GrassrootsCell) + Seg(t.GroupInGrassrootsCell), t.GroupInGrassrootsCell.Path);
        Assert.Equal(2, t.GroupInGrassrootsCell.Depth);
        Assert.All(t.All, u => Assert.Equal(u.Path.Count(c => c == '/') - 2, u.Depth));
    }

    [Fact]
    public void A_child_cannot_be_established_before_its_parent()
    {
        var parent = UnitBuilder.Root().EstablishedOn(new DateOnly(2015, 3, 2)).Build();

        ErrorAssert.Succeeded(parent.CreateChild(UnitType.GrassrootsCell, "Chi bộ", null, new DateOnly(2015, 3, 2), null, Today));
        ErrorAssert.Only(
            parent.CreateChild(UnitType.GrassrootsCell, "Chi bộ", null, new DateOnly(2015, 3, 1), null, Today),
            "Unit.EstablishedBeforeParent", nameof(OrganisationUnit.EstablishedOn));
    }

    [Fact]
    public void No_child_under_a_dissolved_parent()
    {
        var t = TestTree.Build();
        ErrorAssert.Succeeded(t.CellInCommittee.Dissolve(Today, LegalBases.Sample(), false, false, Today));

        ErrorAssert.Only(
            t.CellInCommittee.CreateChild(UnitType.PartyGroup, "Tổ 2", null, Established, null, Today), "Unit.ParentDissolved", nameof(OrganisationUnit.ParentId));
    }

    // ---- Contains / IsActiveOn -----------------------------------------------------------------------------------

    [Fact]
    public void Contains_is_true_for_the_unit_itself_and_everything_below_it_only()
    {
        var t = TestTree.Build();

        Assert.All(t.All, u => Assert.True(t.Upper.Contains(u)));
        Assert.True(t.GrassrootsCommittee.Contains(t.GrassrootsCommittee));
        Assert.True(t.GrassrootsCommittee.Contains(t.SubCommittee));
        Assert.True(t.GrassrootsCommittee.Contains(t.PartyGroup));
        Assert.True(t.GrassrootsCommittee.Contains(t.CellInCommittee));
        Assert.False(t.GrassrootsCommittee.Contains(t.Upper));
        Assert.False(t.GrassrootsCommittee.Contains(t.GrassrootsCell));
        Assert.False(t.GrassrootsCommittee.Contains(t.GroupInGrassrootsCell));
        Assert.False(t.SubCommittee.Contains(t.CellInCommittee));
        Assert.False(t.PartyGroup.Contains(t.CellInSubCommittee));
        Assert.Equal(
            [t.SubCommittee.Id, t.CellInSubCommittee.Id, t.PartyGroup.Id, t.CellInCommittee.Id],
            t.Below(t.GrassrootsCommittee).Select(u => u.Id));
    }

    [Fact]
    public void IsActiveOn_from_the_establishment_day_until_the_day_before_dissolution()
    {
        var t = TestTree.Build(establishedOn: new DateOnly(2020, 1, 6));
        var cell = t.CellInCommittee;

        Assert.False(cell.IsActiveOn(new DateOnly(2020, 1, 5)));
        Assert.True(cell.IsActiveOn(new DateOnly(2020, 1, 6)));
        Assert.True(cell.IsActiveOn(new DateOnly(2099, 1, 1)));

        ErrorAssert.Succeeded(cell.Dissolve(new DateOnly(2025, 12, 1), LegalBases.Sample(), false, false, Today));

        Assert.True(cell.IsActiveOn(new DateOnly(2025, 11, 30)));
        Assert.False(cell.IsActiveOn(new DateOnly(2025, 12, 1)));
        Assert.False(cell.IsActiveOn(new DateOnly(2025, 12, 2)));
    }

    // ---- MoveTo ---------------------------------------------------------------------------------------------------

    [Fact]
    public void Moving_a_sub_committee_to_another_grassroots_committee_rewrites_the_paths_of_its_subtree()
    {
        var t = TestTree.Build();
        var otherCommittee = UnitBuilder.Under(t.Upper, UnitType.GrassrootsCommittee).Build();
        var cellInCommitteePath = t.CellInCommittee.Path;

        ErrorAssert.Succeeded(t.SubCommittee.MoveTo(otherCommittee, t.Below(t.SubCommittee)));

        Assert.Equal(otherCommittee.Id, t.SubCommittee.ParentId);
        Assert.Equal(otherCommittee.Path + Seg(t.SubCommittee), t.SubCommittee.Path);
        Assert.Equal(otherCommittee.Path + Seg(t.SubCommittee) + Seg(t.CellInSubCommittee), t.CellInSubCommittee.Path);
        Assert.Equal(otherCommittee.Path + Seg(t.SubCommittee) + Seg(t.CellInSubCommittee) + Seg(t.PartyGroup), t.PartyGroup.Path);
        Assert.Equal([2, 3, 4], new[] { t.SubCommittee.Depth, t.CellInSubCommittee.Depth, t.PartyGroup.Depth });
        Assert.True(otherCommittee.Contains(t.PartyGroup));
        Assert.False(t.GrassrootsCommittee.Contains(t.PartyGroup));
        Assert.Equal(cellInCommitteePath, t.CellInCommittee.Path);
        Assert.Equal(t.CellInSubCommittee.Id, t.PartyGroup.ParentId);
    }

    [Fact]
    public void Moving_a_cell_up_a_level_changes_the_depth_of_its_groups_too()
    {
        var t = TestTree.Build();

        ErrorAssert.Succeeded(t.CellInSubCommittee.MoveTo(t.GrassrootsCommittee, t.Below(t.CellInSubCommittee)));

        Assert.Equal(t.GrassrootsCommittee.Id, t.CellInSubCommittee.ParentId);
        Assert.Equal(t.GrassrootsCommittee.Path + Seg(t.CellInSubCommittee), t.CellInSubCommittee.Path);
        Assert.Equal(t.GrassrootsCommittee.Path + Seg(t.CellInSubCommittee) + Seg(t.PartyGroup), t.PartyGroup.Path);
        Assert.Equal(2, t.CellInSubCommittee.Depth);
        Assert.Equal(3, t.PartyGroup.Depth);
        Assert.False(t.SubCommittee.Contains(t.PartyGroup));
        Assert.Empty(t.Below(t.SubCommittee));
    }

    [Fact]
    public void A_party_group_can_move_from_a_cell_to_a_grassroots_cell()
    {
        var t = TestTree.Build();

        ErrorAssert.Succeeded(t.PartyGroup.MoveTo(t.GrassrootsCell, []));

        Assert.Equal(t.GrassrootsCell.Path + Seg(t.PartyGroup), t.PartyGroup.Path);
        Assert.Equal(2, t.PartyGroup.Depth);
    }

    [Fact]
    public void A_unit_cannot_move_into_itself_or_its_own_subtree()
    {
        var t = TestTree.Build();
        var paths = t.All.Select(u => u.Path).ToList();

        ErrorAssert.Only(t.GrassrootsCommittee.MoveTo(t.GrassrootsCommittee, t.Below(t.GrassrootsCommittee)), "Unit.CannotMoveIntoOwnSubtree", nameof(OrganisationUnit.ParentId));
        ErrorAssert.Only(t.GrassrootsCommittee.MoveTo(t.SubCommittee, t.Below(t.GrassrootsCommittee)), "Unit.CannotMoveIntoOwnSubtree", nameof(OrganisationUnit.ParentId));
        ErrorAssert.Only(t.SubCommittee.MoveTo(t.PartyGroup, t.Below(t.SubCommittee)), "Unit.CannotMoveIntoOwnSubtree", nameof(OrganisationUnit.ParentId));

        Assert.Equal(paths, t.All.Select(u => u.Path));
    }

    [Theory]
    [InlineData("CellInCommittee", "GrassrootsCell")]   // a cell is not placed under a grassroots cell
    [InlineData("CellInCommittee", "Upper")]            // nor directly under the upper committee
    [InlineData("SubCommittee", "Upper")]               // a sub-committee lives inside a grassroots committee
    [InlineData("GrassrootsCell", "GrassrootsCommittee")]
    [InlineData("PartyGroup", "SubCommittee")]
    public void A_unit_cannot_move_under_a_parent_of_the_wrong_type(string unitName, string parentName)
    {
        var t = TestTree.Build();
        var unit = Pick(t, unitName);
        var parent = Pick(t, parentName);
        var paths = t.All.Select(u => (u.Path, u.Depth, u.ParentId)).ToList();

        var error = ErrorAssert.Only(unit.MoveTo(parent, t.Below(unit)), "Unit.TypeNotAllowedUnderParent", nameof(OrganisationUnit.ParentId));

        Assert.Equal(new object[] { unit.Type, parent.Type }, error.Arguments);
        Assert.Equal(paths, t.All.Select(u => (u.Path, u.Depth, u.ParentId)));
    }

    [Fact]
    public void Moving_under_the_current_parent_is_refused()
    {
        var t = TestTree.Build();
        ErrorAssert.Only(t.CellInCommittee.MoveTo(t.GrassrootsCommittee, []), "Unit.AlreadyUnderParent", nameof(OrganisationUnit.ParentId));
    }

    [Fact]
    public void Dissolved_units_neither_move_nor_receive()
    {
        var t = TestTree.Build();
        var otherCommittee = UnitBuilder.Under(t.Upper, UnitType.GrassrootsCommittee).Build();
        ErrorAssert.Succeeded(otherCommittee.Dissolve(Today, LegalBases.Sample(), false, false, Today));

        ErrorAssert.Only(t.CellInCommittee.MoveTo(otherCommittee, []), "Unit.Dissolved", nameof(OrganisationUnit.ParentId));

        ErrorAssert.Succeeded(t.CellInCommittee.Dissolve(Today, LegalBases.Sample(), false, false, Today));
        ErrorAssert.Only(t.CellInCommittee.MoveTo(t.SubCommittee, []), "Unit.Dissolved", nameof(OrganisationUnit.ParentId));
    }

    [Fact]
    public void The_subtree_passed_to_MoveTo_must_hold_only_units_below_the_moved_one()
    {
        var t = TestTree.Build();
        var otherCommittee = UnitBuilder.Under(t.Upper, UnitType.GrassrootsCommittee).Build();

        Assert.Throws<ArgumentException>(() => t.SubCommittee.MoveTo(otherCommittee, [t.CellInSubCommittee, t.CellInCommittee]));
        Assert.Throws<ArgumentException>(() => t.SubCommittee.MoveTo(otherCommittee, [t.SubCommittee]));
    }

    // Legal type chains end at depth 4 (see UnitTypeRulesTests), so MaxDepth only guards stored trees that are deeper
    // than the type rules allow today. Such a unit is simulated by setting Depth the way the database mapper does.
    [Theory]
    [InlineData(3, true)]  // cell at 4, its group at 5
    [InlineData(4, false)] // cell at 5, its group at 6 = MaxDepth
    public void A_move_is_refused_when_any_unit_of_the_subtree_would_reach_MaxDepth(int parentDepth, bool allowed)
    {
        var t = TestTree.Build();
        var deepCommittee = UnitBuilder.Under(t.Upper, UnitType.GrassrootsCommittee).Build();
        SetDepth(deepCommittee, parentDepth);
        var before = (t.CellInSubCommittee.Path, t.PartyGroup.Path, t.CellInSubCommittee.Depth, t.PartyGroup.Depth);

        var result = t.CellInSubCommittee.MoveTo(deepCommittee, t.Below(t.CellInSubCommittee));

        if (allowed)
        {
            ErrorAssert.Succeeded(result);
            Assert.Equal(parentDepth + 2, t.PartyGroup.Depth);
        }
        else
        {
            ErrorAssert.Only(result, "Unit.TooDeep", nameof(OrganisationUnit.ParentId));
            Assert.Equal(before, (t.CellInSubCommittee.Path, t.PartyGroup.Path, t.CellInSubCommittee.Depth, t.PartyGroup.Depth));
        }
    }

    [Theory]
    [InlineData(4, true)]  // the cell itself at 5
    [InlineData(5, false)] // the cell itself at 6
    public void A_move_of_a_single_unit_is_refused_at_MaxDepth(int parentDepth, bool allowed)
    {
        var t = TestTree.Build();
        var deepCommittee = UnitBuilder.Under(t.Upper, UnitType.GrassrootsCommittee).Build();
        SetDepth(deepCommittee, parentDepth);

        var result = t.CellInCommittee.MoveTo(deepCommittee, []);

        Assert.Equal(allowed, result.Succeeded);
        if (!allowed)
        {
            ErrorAssert.Only(result, "Unit.TooDeep", nameof(OrganisationUnit.ParentId));
            Assert.Equal(2, t.CellInCommittee.Depth);
        }
    }

    // ---- Dissolve -------------------------------------------------------------------------------------------------

    [Fact]
    public void Dissolve_records_the_date_and_decision()
    {
        var t = TestTree.Build();
        var decision = LegalBases.Sample(Today.AddDays(-3), "88-QĐ/ĐU");

        ErrorAssert.Succeeded(t.CellInCommittee.Dissolve(Today.AddDays(-1), decision, false, false, Today));

        Assert.True(t.CellInCommittee.IsDissolved);
        Assert.Equal(Today.AddDays(-1), t.CellInCommittee.DissolvedOn);
        Assert.Equal(decision, t.CellInCommittee.DissolutionDecision);
    }

    [Fact]
    public void A_unit_with_active_children_or_members_is_not_dissolved()
    {
        var t = TestTree.Build();

        ErrorAssert.Only(t.CellInSubCommittee.Dissolve(Today, LegalBases.Sample(), true, false, Today), "Unit.HasActiveChildren");
        ErrorAssert.Only(t.CellInSubCommittee.Dissolve(Today, LegalBases.Sample(), false, true, Today), "Unit.HasMembers");
        var both = t.CellInSubCommittee.Dissolve(Today, LegalBases.Sample(), true, true, Today);
        Assert.Equal(["Unit.HasActiveChildren", "Unit.HasMembers"], both.Errors.Select(e => e.Code));
        Assert.False(t.CellInSubCommittee.IsDissolved);
    }

    [Fact]
    public void Dissolution_is_dated_between_establishment_and_today()
    {
        var t = TestTree.Build(establishedOn: new DateOnly(2020, 1, 6));
        var cell = t.CellInCommittee;

        ErrorAssert.Only(cell.Dissolve(Today.AddDays(1), LegalBases.Sample(), false, false, Today), "Date.InFuture", nameof(OrganisationUnit.DissolvedOn));
        ErrorAssert.Only(cell.Dissolve(new DateOnly(2020, 1, 5), LegalBases.Sample(), false, false, Today), "Unit.DissolvedBeforeEstablished", nameof(OrganisationUnit.DissolvedOn));
        Assert.False(cell.IsDissolved);

        ErrorAssert.Succeeded(cell.Dissolve(new DateOnly(2020, 1, 6), LegalBases.Sample(), false, false, Today));
    }

    [Fact]
    public void Dissolving_on_today_is_allowed()
    {
        var t = TestTree.Build();
        ErrorAssert.Succeeded(t.GroupInGrassrootsCell.Dissolve(Today, LegalBases.Sample(), false, false, Today));
    }

    [Fact]
    public void The_top_unit_is_never_dissolved()
    {
        var t = TestTree.Build();
        ErrorAssert.Only(t.Upper.Dissolve(Today, LegalBases.Sample(), false, false, Today), "Unit.CannotDissolveTop");
        Assert.False(t.Upper.IsDissolved);
    }

    [Fact]
    public void A_dissolved_unit_is_not_dissolved_again()
    {
        var t = TestTree.Build();
        ErrorAssert.Succeeded(t.CellInCommittee.Dissolve(Today.AddDays(-5), LegalBases.Sample(), false, false, Today));

        ErrorAssert.Only(t.CellInCommittee.Dissolve(Today, LegalBases.Sample(), false, false, Today), "Unit.Dissolved");
        Assert.Equal(Today.AddDays(-5), t.CellInCommittee.DissolvedOn);
    }

    // ---- Rename / authorisation -----------------------------------------------------------------------------------

    [Fact]
    public void Rename_tidies_the_name_and_code()
    {
        var t = TestTree.Build();

        ErrorAssert.Succeeded(t.CellInCommittee.Rename("  Chi bộ   Thanh tra  tỉnh ", "  TT2 "));

        Assert.Equal("Chi bộ Thanh tra tỉnh", t.CellInCommittee.Name);
        Assert.Equal("TT2", t.CellInCommittee.Code);
    }

    [Fact]
    public void Rename_validates_like_creation_and_changes_nothing_when_it_fails()
    {
        var t = TestTree.Build();
        var name = t.CellInCommittee.Name;

        var result = t.CellInCommittee.Rename(" ", new string('X', 31));

        ErrorAssert.Has(result.Errors, "Unit.NameRequired", nameof(OrganisationUnit.Name));
        ErrorAssert.Has(result.Errors, "Text.TooLong", nameof(OrganisationUnit.Code));
        Assert.Equal(name, t.CellInCommittee.Name);
        ErrorAssert.Only(t.CellInCommittee.Rename(new string('a', 201), null), "Text.TooLong", nameof(OrganisationUnit.Name));
    }

    [Fact]
    public void A_dissolved_unit_keeps_its_name()
    {
        var t = TestTree.Build();
        ErrorAssert.Succeeded(t.CellInCommittee.Dissolve(Today, LegalBases.Sample(), false, false, Today));

        ErrorAssert.Only(t.CellInCommittee.Rename("Tên mới", null), "Unit.Dissolved");
        Assert.Equal("Chi bộ Thanh tra", t.CellInCommittee.Name);
    }

    [Theory]
    [InlineData(UnitType.UpperCommittee, false)]
    [InlineData(UnitType.GrassrootsCommittee, true)]
    [InlineData(UnitType.GrassrootsCell, false)]
    [InlineData(UnitType.SubCommittee, false)]
    [InlineData(UnitType.Cell, false)]
    [InlineData(UnitType.PartyGroup, false)]
    public void Only_a_grassroots_committee_gets_the_authorisation_to_admit_and_expel(UnitType type, bool allowed)
    {
        var unit = TestTree.Build().All.First(u => u.Type == type);

        var result = unit.SetAuthorisationToAdmit(true);

        if (allowed)
        {
            ErrorAssert.Succeeded(result);
            Assert.True(unit.AuthorisedToAdmitAndExpel);
        }
        else
        {
            ErrorAssert.Only(result, "Unit.CannotBeAuthorisedToAdmit", nameof(OrganisationUnit.AuthorisedToAdmitAndExpel));
            Assert.False(unit.AuthorisedToAdmitAndExpel);
        }

        // Withdrawing (or confirming the absence of) the authorisation is always possible (Q294 §22: it is revocable).
        ErrorAssert.Succeeded(unit.SetAuthorisationToAdmit(false));
        Assert.False(unit.AuthorisedToAdmitAndExpel);
    }

    private static OrganisationUnit Pick(TestTree t, string name) => name switch
    {
        "Upper" => t.Upper,
        "GrassrootsCommittee" => t.GrassrootsCommittee,
        "SubCommittee" => t.SubCommittee,
        "CellInSubCommittee" => t.CellInSubCommittee,
        "PartyGroup" => t.PartyGroup,
        "CellInCommittee" => t.CellInCommittee,
        "GrassrootsCell" => t.GrassrootsCell,
        "GroupInGrassrootsCell" => t.GroupInGrassrootsCell,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
    };

    private static void SetDepth(OrganisationUnit unit, int depth) =>
        typeof(OrganisationUnit).GetProperty(nameof(OrganisationUnit.Depth))!.SetValue(unit, depth);
}
