using PartyMembers.Domain.Accounts;
using PartyMembers.Domain.Organisation;

namespace PartyMembers.Domain.Tests.Accounts;

public class RoleAssignmentTests
{
    private static readonly DateOnly From = new(2026, 1, 1);
    private static readonly DateOnly To = new(2026, 6, 30);

    // Where each role is held (domain reference §1.1-1.3 and the role descriptions): the cell secretary in a cell
    // (a grassroots cell is also a cell); the grassroots secretary in a grassroots organisation or a sub-committee; the
    // organisation board, the standing committee and the administrator at the upper committee; inspection committees
    // exist from the grassroots committee up. Nobody holds a role in a party group.
    private static readonly HashSet<(Role, UnitType)> Allowed =
    [
        (Role.CellSecretary, UnitType.Cell),
        (Role.CellSecretary, UnitType.GrassrootsCell),
        (Role.GrassrootsSecretary, UnitType.GrassrootsCommittee),
        (Role.GrassrootsSecretary, UnitType.GrassrootsCell),
        (Role.GrassrootsSecretary, UnitType.SubCommittee),
        (Role.OrganisationBoard, UnitType.UpperCommittee),
        (Role.StandingCommittee, UnitType.UpperCommittee),
        (Role.InspectionCommittee, UnitType.UpperCommittee),
        (Role.InspectionCommittee, UnitType.GrassrootsCommittee),
        (Role.Administrator, UnitType.UpperCommittee),
    ];

    public static TheoryData<Role, UnitType, bool> AllPairs()
    {
        var data = new TheoryData<Role, UnitType, bool>();
        foreach (var role in Enum.GetValues<Role>())
        {
            foreach (var type in Enum.GetValues<UnitType>())
            {
                data.Add(role, type, Allowed.Contains((role, type)));
            }
        }

        return data;
    }

    [Fact]
    public void The_table_covers_every_role_and_unit_type()
    {
        Assert.Equal(Enum.GetValues<Role>().Length * Enum.GetValues<UnitType>().Length, AllPairs().Count);
    }

    [Theory]
    [MemberData(nameof(AllPairs))]
    public void CanHoldIn_and_Grant_follow_where_each_role_is_held(Role role, UnitType type, bool allowed)
    {
        var unitId = Guid.NewGuid();

        var result = RoleAssignment.Grant(Guid.NewGuid(), role, unitId, type, false, From, null, null);

        Assert.Equal(allowed, RoleRules.CanHoldIn(role, type));
        if (allowed)
        {
            var a = ErrorAssert.Succeeded(result);
            Assert.Equal((role, unitId, From, (DateOnly?)null), (a.Role, a.UnitId, a.ValidFrom, a.ValidTo));
        }
        else
        {
            var error = ErrorAssert.Only(result, "Assignment.RoleNotAllowedInUnit", nameof(RoleAssignment.UnitId));
            Assert.Equal(new object[] { role, type }, error.Arguments);
        }
    }

    [Fact]
    public void Grant_keeps_the_user_and_a_trimmed_note()
    {
        var user = Guid.NewGuid();

        var a = ErrorAssert.Succeeded(RoleAssignment.Grant(user, Role.CellSecretary, Guid.NewGuid(), UnitType.Cell, false, From, To, "  Bí thư nhiệm kỳ 2025-2030 "));

        Assert.Equal(user, a.UserId);
        Assert.Equal("Bí thư nhiệm kỳ 2025-2030", a.Note);
        Assert.NotEqual(Guid.Empty, a.Id);
        Assert.NotEqual(Guid.Empty, a.Version);
        Assert.Null(ErrorAssert.Succeeded(RoleAssignment.Grant(user, Role.CellSecretary, Guid.NewGuid(), UnitType.Cell, false, From, To, "   ")).Note);
    }

    [Fact]
    public void No_role_in_a_dissolved_unit()
    {
        ErrorAssert.Only(
            RoleAssignment.Grant(Guid.NewGuid(), Role.CellSecretary, Guid.NewGuid(), UnitType.Cell, true, From, null, null),
            "Unit.Dissolved", nameof(RoleAssignment.UnitId));
    }

    [Fact]
    public void An_assignment_ends_on_or_after_its_first_day()
    {
        ErrorAssert.Only(
            RoleAssignment.Grant(Guid.NewGuid(), Role.CellSecretary, Guid.NewGuid(), UnitType.Cell, false, From, From.AddDays(-1), null),
            "Assignment.EndsBeforeStart", nameof(RoleAssignment.ValidTo));
        var oneDay = ErrorAssert.Succeeded(RoleAssignment.Grant(Guid.NewGuid(), Role.CellSecretary, Guid.NewGuid(), UnitType.Cell, false, From, From, null));
        Assert.True(oneDay.IsActiveOn(From));
        Assert.False(oneDay.IsActiveOn(From.AddDays(1)));
    }

    [Fact]
    public void The_note_is_at_most_500_characters()
    {
        ErrorAssert.Succeeded(RoleAssignment.Grant(Guid.NewGuid(), Role.CellSecretary, Guid.NewGuid(), UnitType.Cell, false, From, null, new string('n', 500)));
        ErrorAssert.Only(
            RoleAssignment.Grant(Guid.NewGuid(), Role.CellSecretary, Guid.NewGuid(), UnitType.Cell, false, From, null, new string('n', 501)),
            "Text.TooLong", nameof(RoleAssignment.Note));
    }

    [Theory]
    [InlineData("2025-12-31", false)] // the day before
    [InlineData("2026-01-01", true)]  // the first day
    [InlineData("2026-03-16", true)]
    [InlineData("2026-06-30", true)]  // the last day
    [InlineData("2026-07-01", false)] // the day after
    public void IsActiveOn_includes_the_first_and_the_last_day(string date, bool expected)
    {
        var a = Grant(From, To);
        Assert.Equal(expected, a.IsActiveOn(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void An_open_assignment_is_active_from_its_first_day_on()
    {
        var a = Grant(From, null);

        Assert.False(a.IsActiveOn(From.AddDays(-1)));
        Assert.True(a.IsActiveOn(From));
        Assert.True(a.IsActiveOn(new DateOnly(2099, 12, 31)));
    }

    [Fact]
    public void End_sets_the_last_day_inclusive()
    {
        var a = Grant(From, null);

        ErrorAssert.Succeeded(a.End(To));

        Assert.Equal(To, a.ValidTo);
        Assert.True(a.IsActiveOn(To));
        Assert.False(a.IsActiveOn(To.AddDays(1)));
    }

    [Fact]
    public void An_ended_assignment_can_be_cut_shorter_but_not_extended()
    {
        var a = Grant(From, To);

        ErrorAssert.Only(a.End(To.AddDays(1)), "Assignment.AlreadyEnded", nameof(RoleAssignment.ValidTo));
        Assert.Equal(To, a.ValidTo);

        ErrorAssert.Succeeded(a.End(To));
        ErrorAssert.Succeeded(a.End(new DateOnly(2026, 3, 31)));
        Assert.Equal(new DateOnly(2026, 3, 31), a.ValidTo);
    }

    [Fact]
    public void Ending_the_day_before_the_first_day_withdraws_an_assignment_that_never_started()
    {
        var a = Grant(From, null);

        ErrorAssert.Only(a.End(From.AddDays(-2)), "Assignment.EndsBeforeStart", nameof(RoleAssignment.ValidTo));
        Assert.Null(a.ValidTo);

        ErrorAssert.Succeeded(a.End(From.AddDays(-1)));
        Assert.False(a.IsActiveOn(From));
        Assert.False(a.IsActiveOn(From.AddDays(-1)));
    }

    [Theory]
    [InlineData(Role.CellSecretary, true, true)]
    [InlineData(Role.GrassrootsSecretary, true, true)]
    [InlineData(Role.OrganisationBoard, true, true)]
    [InlineData(Role.InspectionCommittee, true, false)]
    [InlineData(Role.StandingCommittee, true, false)]
    [InlineData(Role.Administrator, false, false)] // runs the system, never sees member data
    public void Who_reads_and_who_edits_member_records(Role role, bool reads, bool edits)
    {
        Assert.Equal(reads, RoleRules.CanReadMembers(role));
        Assert.Equal(edits, RoleRules.CanEditMembers(role));
    }

    private static RoleAssignment Grant(DateOnly from, DateOnly? to) =>
        ErrorAssert.Succeeded(RoleAssignment.Grant(Guid.NewGuid(), Role.CellSecretary, Guid.NewGuid(), UnitType.Cell, false, from, to, null));
}
