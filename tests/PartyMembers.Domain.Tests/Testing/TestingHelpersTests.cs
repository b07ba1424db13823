using PartyMembers.Domain.Accounts;
using PartyMembers.Domain.Common;
using PartyMembers.Domain.Members;
using PartyMembers.Domain.Organisation;
using PartyMembers.Testing;

namespace PartyMembers.Domain.Tests.Testing;

/// The shared builders must produce valid objects; other test projects rely on them.
public class TestingHelpersTests
{
    [Theory]
    [InlineData("1990-05-12", Sex.Male, "042", 123456, "042090123456")]
    [InlineData("1965-01-01", Sex.Female, "001", 1, "001165000001")]
    [InlineData("2005-12-31", Sex.Male, "079", 42, "079205000042")]
    [InlineData("2001-02-03", Sex.Female, "096", 999999, "096301999999")]
    public void PersonalIds_lays_out_province_century_sex_year_and_serial(string dob, Sex sex, string province, int serial, string expected)
    {
        var birth = DateOnly.ParseExact(dob, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var id = PersonalIds.For(birth, sex, province, serial);

        Assert.Equal(expected, id);
        ErrorAssert.None(PersonalIdNumber.Validate(id, birth, sex, "Id"));
    }

    [Fact]
    public void PersonalIds_without_a_serial_are_unique_and_valid()
    {
        var ids = Enumerable.Range(0, 1000).Select(_ => PersonalIds.For(new DateOnly(1980, 1, 1), Sex.Female)).ToList();

        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(ids, id => ErrorAssert.None(PersonalIdNumber.Validate(id, new DateOnly(1980, 1, 1), Sex.Female, "Id")));
    }

    [Fact]
    public void PersonalIds_refuses_what_it_cannot_lay_out()
    {
        Assert.Throws<ArgumentException>(() => PersonalIds.For(new DateOnly(1980, 1, 1), Sex.Male, "42"));
        Assert.Throws<ArgumentOutOfRangeException>(() => PersonalIds.For(new DateOnly(1899, 1, 1), Sex.Male));
        Assert.Throws<ArgumentOutOfRangeException>(() => PersonalIds.For(new DateOnly(1980, 1, 1), Sex.Male, serial: 1_000_000));
    }

    [Fact]
    public void TestStamps_record_the_role_the_day_and_nine_oclock_in_Vietnam()
    {
        var stamp = TestStamps.As(Role.CellSecretary, new DateOnly(2026, 1, 2));

        Assert.Equal(Role.CellSecretary, stamp.ActingAs);
        Assert.Equal(new DateOnly(2026, 1, 2), stamp.Today);
        Assert.Equal(new DateTime(2026, 1, 2, 2, 0, 0, DateTimeKind.Utc), stamp.AtUtc);
        Assert.Equal(DateTimeKind.Utc, stamp.AtUtc.Kind);
        Assert.Equal(stamp.Today, VietnamTime.DateOf(stamp.AtUtc));
        Assert.NotEqual(TestStamps.UserIdFor(Role.CellSecretary), TestStamps.UserIdFor(Role.OrganisationBoard));
        Assert.Equal(TestDates.Today, TestStamps.As(Role.Administrator).Today);
    }

    [Fact]
    public void FixedClock_gives_the_Vietnamese_day_and_moves_only_when_told()
    {
        var clock = FixedClock.OnVietnamDate(new DateOnly(2026, 3, 16), hour: 6);

        Assert.Equal(new DateTimeOffset(2026, 3, 15, 23, 0, 0, TimeSpan.Zero), clock.GetUtcNow());
        Assert.Equal(new DateOnly(2026, 3, 16), clock.Today);
        Assert.Equal(new DateOnly(2026, 3, 16), VietnamTime.Today(clock));

        clock.Advance(TimeSpan.FromHours(18));
        Assert.Equal(new DateOnly(2026, 3, 17), clock.Today);

        clock.SetUtcNow(new DateTimeOffset(2026, 12, 31, 17, 0, 0, TimeSpan.Zero));
        Assert.Equal(new DateOnly(2027, 1, 1), clock.Today);
    }

    [Fact]
    public void The_test_tree_has_every_unit_type_in_a_legal_place()
    {
        var t = TestTree.Build();

        Assert.Equal(Enum.GetValues<UnitType>().Order(), t.All.Select(u => u.Type).Distinct().Order());
        Assert.Null(t.Upper.ParentId);
        Assert.All(t.All.Skip(1), u =>
        {
            var parent = Assert.Single(t.All, p => p.Id == u.ParentId);
            Assert.True(UnitTypeRules.CanBeChildOf(u.Type, parent.Type));
            Assert.Equal(parent.Depth + 1, u.Depth);
            Assert.Equal(parent.Path + OrganisationUnit.PathSegment(u.Id), u.Path);
        });
        Assert.Equal(t.All.Count, t.All.Select(u => u.Id).Distinct().Count());
    }

    [Fact]
    public void UnitBuilder_reports_the_rules_it_breaks()
    {
        var ex = Assert.Throws<BuildFailedException>(() => UnitBuilder.Root(UnitType.Cell).Build());

        Assert.Contains(ex.Errors, e => e.Code == "Unit.TypeNeedsParent");
        Assert.Contains("Unit.TypeNeedsParent", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MemberBuilder_defaults_register_an_official_member_in_a_cell()
    {
        var builder = new MemberBuilder();
        ErrorAssert.None(builder.BuildDetails().Validate(TestDates.Today));
        ErrorAssert.None(builder.BuildRecord().Validate(MemberBuilder.DefaultDateOfBirth, TestDates.Today));

        var member = builder.Build();

        Assert.Equal(MembershipType.Official, member.Type);
        Assert.Equal(MemberBuilder.DefaultOfficialDate, member.OfficialDate);
        Assert.Equal(ActivityStatus.Active, member.Status);
        Assert.NotEqual(new MemberBuilder().Build().ResumeNumber, member.ResumeNumber);
    }

    [Fact]
    public void MemberBuilder_places_the_member_in_a_unit_of_the_tree()
    {
        var t = TestTree.Build();

        var member = new MemberBuilder().InUnit(t.GrassrootsCell).Build();

        Assert.Equal(t.GrassrootsCell.Id, member.HomeUnitId);
        Assert.Throws<BuildFailedException>(() => new MemberBuilder().InUnit(t.PartyGroup).Build());
    }

    [Theory]
    [InlineData(ActivityStatus.Active)]
    [InlineData(ActivityStatus.TemporarilyAway)]
    [InlineData(ActivityStatus.Exempt)]
    [InlineData(ActivityStatus.TemporarilyExempt)]
    [InlineData(ActivityStatus.Suspended)]
    [InlineData(ActivityStatus.TransferringOut)]
    [InlineData(ActivityStatus.TransferredOut)]
    [InlineData(ActivityStatus.Left)]
    [InlineData(ActivityStatus.Deceased)]
    public void MemberActions_Bring_reaches_every_status(ActivityStatus status)
    {
        var member = MemberActions.Bring(new MemberBuilder().Build(), status, new DateOnly(2025, 1, 6));

        Assert.Equal(status, member.Status);
    }

    [Fact]
    public void LegalBases_Sample_is_a_valid_basis()
    {
        var basis = LegalBases.Sample(new DateOnly(2026, 1, 5));

        ErrorAssert.None(LegalBasis.Validate(basis.DocumentNumber, basis.DocumentDate, basis.Issuer, TestDates.Today, ""));
        Assert.Equal(TestDates.Today, LegalBases.Sample().DocumentDate);
    }

    [Fact]
    public void RuleBooks_Defaults_holds_every_seed()
    {
        Assert.Equal(
            PartyMembers.Domain.Rules.RuleCatalogue.Defaults.Select(s => s.Key).Distinct().Order(StringComparer.Ordinal),
            RuleBooks.Defaults().Keys.Order(StringComparer.Ordinal));
    }
}
