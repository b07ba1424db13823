using PartyMembers.Domain.Accounts;
using PartyMembers.Domain.Fees;
using PartyMembers.Domain.Members;
using PartyMembers.Domain.Rules;
using PartyMembers.Testing;

namespace PartyMembers.Domain.Tests.Fees;

/// The fee for each basis and date: the 2026 rules (QĐ 01-QĐ/TW from 01/02/2026), the old regime before it, minimum
/// wages by region and date, exemptions and reductions, rounding.
public sealed class FeeCalculatorTests
{
    private static readonly RuleBook Book = RuleCatalogue.Book();
    private static readonly DateOnly Today = new(2026, 11, 20);
    private static readonly ChangeStamp Cell = TestStamps.As(Role.CellSecretary, Today);
    private static readonly FeeMemberFacts Young = new(new DateOnly(2010, 5, 10), []);

    private static FeeBasis Basis(FeeBasisKind kind, long? amount = null, WageRegion? region = null, bool retired = false, DateOnly? from = null) =>
        FeeBasis.Create(Guid.NewGuid(), from ?? new DateOnly(2020, 1, 1), kind, amount, region, retired, null, Cell).Value!;

    private static FeeDue Due(FeeBasis basis, DateOnly month, FeeMemberFacts? member = null, params FeeRelief[] reliefs) =>
        FeeCalculator.Compute(member ?? Young, [basis], reliefs, month, Book);

    [Theory]
    [InlineData(2026, 3, 12_345_678, 123_457)] // 1% of 12,345,678 = 123,456.78, rounded half away from zero
    [InlineData(2025, 12, 10_000_050, 100_001)] // old regime (QĐ 342): also 1%; 100,000.5 rounds up
    public void Salary_pays_one_percent(int year, int month, long salary, long expected)
    {
        var due = Due(Basis(FeeBasisKind.Salary, salary), new DateOnly(year, month, 1));
        Assert.Equal(FeeDueStatus.Due, due.Status);
        Assert.Equal(expected, due.Amount);
        Assert.Equal(1m, due.Percent);
    }

    [Fact]
    public void Benefit_pays_one_percent_under_both_regimes()
    {
        Assert.Equal(60_000, Due(Basis(FeeBasisKind.Benefit, 6_000_000), new DateOnly(2026, 2, 1)).Amount);
        Assert.Equal(60_000, Due(Basis(FeeBasisKind.Benefit, 6_000_000), new DateOnly(2026, 1, 1)).Amount);
        Assert.Contains("01-QĐ/TW", Due(Basis(FeeBasisKind.Benefit, 6_000_000), new DateOnly(2026, 2, 1)).Source, StringComparison.Ordinal);
        Assert.Contains("342-QĐ/TW", Due(Basis(FeeBasisKind.Benefit, 6_000_000), new DateOnly(2026, 1, 1)).Source, StringComparison.Ordinal);
    }

    [Fact]
    public void Pension_pays_half_a_percent()
    {
        Assert.Equal(41_500, Due(Basis(FeeBasisKind.Pension, 8_300_000), new DateOnly(2026, 6, 1)).Amount);
        Assert.Equal(41_500, Due(Basis(FeeBasisKind.Pension, 8_300_000), new DateOnly(2024, 6, 1)).Amount);
    }

    [Fact]
    public void Student_pays_five_thousand_from_February_2026_and_the_old_area_amount_before()
    {
        Assert.Equal(5_000, Due(Basis(FeeBasisKind.Student), new DateOnly(2026, 2, 1)).Amount);
        Assert.Equal(6_000, Due(Basis(FeeBasisKind.Student), new DateOnly(2026, 1, 1)).Amount);
        Assert.Equal(10_000, Due(Basis(FeeBasisKind.Student, region: WageRegion.Region1), new DateOnly(2026, 1, 1)).Amount);
    }

    [Theory]
    [InlineData(WageRegion.Region1, false, 15_930)] // 0.3% of 5,310,000
    [InlineData(WageRegion.Region2, false, 14_190)] // 0.3% of 4,730,000
    [InlineData(WageRegion.Region3, false, 12_420)] // 0.3% of 4,140,000
    [InlineData(WageRegion.Region4, false, 11_100)] // 0.3% of 3,700,000
    [InlineData(WageRegion.Region1, true, 10_620)] // 0.2% of 5,310,000
    [InlineData(WageRegion.Region4, true, 7_400)] // 0.2% of 3,700,000
    public void Others_pay_a_share_of_the_regional_minimum_wage_in_2026(WageRegion region, bool retired, long expected)
    {
        var due = Due(Basis(FeeBasisKind.Other, region: region, retired: retired), new DateOnly(2026, 2, 1));
        Assert.Equal(expected, due.Amount);
    }

    [Fact]
    public void Others_pay_more_from_2028()
    {
        Assert.Equal(26_550, Due(Basis(FeeBasisKind.Other, region: WageRegion.Region1), new DateOnly(2028, 1, 1)).Amount); // 0.5%
        Assert.Equal(15_930, Due(Basis(FeeBasisKind.Other, region: WageRegion.Region1, retired: true), new DateOnly(2028, 1, 1)).Amount); // 0.3%
        Assert.Equal(15_930, Due(Basis(FeeBasisKind.Other, region: WageRegion.Region1), new DateOnly(2027, 12, 1)).Amount);
    }

    [Theory]
    [InlineData(WageRegion.Region1, false, 10_000)]
    [InlineData(WageRegion.Region2, false, 8_000)]
    [InlineData(WageRegion.Region3, false, 6_000)]
    [InlineData(WageRegion.Region4, false, 4_000)]
    [InlineData(WageRegion.Region2, true, 4_000)] // half outside working age
    public void Others_paid_a_fixed_area_amount_before_February_2026(WageRegion region, bool retired, long expected)
    {
        var due = Due(Basis(FeeBasisKind.Other, region: region, retired: retired), new DateOnly(2026, 1, 1));
        Assert.Equal(expected, due.Amount);
        Assert.Null(due.Percent);
    }

    [Fact]
    public void Nothing_can_be_computed_before_the_rules_the_app_knows()
    {
        var due = Due(Basis(FeeBasisKind.Other, region: WageRegion.Region1, from: new DateOnly(2015, 1, 1)), new DateOnly(2016, 1, 1));
        Assert.Equal(FeeDueStatus.RuleMissing, due.Status);
        Assert.Null(due.Amount);
    }

    [Fact]
    public void The_basis_in_force_for_the_month_applies_and_a_later_correction_for_the_same_month_wins()
    {
        var member = Guid.NewGuid();
        var first = FeeBasis.Create(member, new DateOnly(2026, 1, 1), FeeBasisKind.Salary, 10_000_000, null, false, null, Cell).Value!;
        var raise = FeeBasis.Create(member, new DateOnly(2026, 7, 1), FeeBasisKind.Salary, 12_000_000, null, false, null, Cell).Value!;
        var correction = FeeBasis.Create(member, new DateOnly(2026, 7, 1), FeeBasisKind.Salary, 12_500_000, null, false, null,
            TestStamps.As(Role.CellSecretary, Today.AddDays(1))).Value!;
        FeeBasis[] versions = [first, raise, correction];

        Assert.Equal(FeeDueStatus.BasisMissing, FeeCalculator.Compute(Young, versions, [], new DateOnly(2025, 12, 1), Book).Status);
        Assert.Equal(100_000, FeeCalculator.Compute(Young, versions, [], new DateOnly(2026, 6, 1), Book).Amount);
        Assert.Equal(125_000, FeeCalculator.Compute(Young, versions, [], new DateOnly(2026, 7, 1), Book).Amount);
    }

    [Fact]
    public void Fifty_years_of_party_age_exempts_from_the_month_they_are_reached_under_the_2026_rules()
    {
        var veteran = new FeeMemberFacts(new DateOnly(1976, 6, 15), []);
        var basis = Basis(FeeBasisKind.Pension, 8_000_000);
        Assert.Equal(FeeDueStatus.Due, Due(basis, new DateOnly(2026, 5, 1), veteran).Status);
        var june = Due(basis, new DateOnly(2026, 6, 1), veteran);
        Assert.Equal(FeeDueStatus.ExemptPartyAge, june.Status);
        Assert.Equal(0, june.Amount);

        // A gap of a year pushes the date on by a year.
        var withGap = new FeeMemberFacts(new DateOnly(1976, 6, 15), [new PartyAgeGap(new DateOnly(1990, 1, 1), new DateOnly(1991, 1, 1))]);
        Assert.Equal(FeeDueStatus.Due, Due(basis, new DateOnly(2026, 6, 1), withGap).Status);
        Assert.Equal(FeeDueStatus.ExemptPartyAge, Due(basis, new DateOnly(2027, 6, 1), withGap).Status);

        // Before QĐ 01/2026 there was no such exemption.
        var old = new FeeMemberFacts(new DateOnly(1970, 1, 1), []);
        Assert.Equal(FeeDueStatus.Due, Due(basis, new DateOnly(2026, 1, 1), old).Status);
        Assert.Equal(FeeDueStatus.ExemptPartyAge, Due(basis, new DateOnly(2026, 2, 1), old).Status);
    }

    [Fact]
    public void An_exemption_relief_makes_nothing_due_inside_its_months_only()
    {
        var relief = Relief(FeeReliefKind.Exemption, null, new DateOnly(2026, 3, 1), new DateOnly(2026, 5, 1));
        var basis = Basis(FeeBasisKind.Salary, 10_000_000);
        Assert.Equal(FeeDueStatus.Due, Due(basis, new DateOnly(2026, 2, 1), null, relief).Status);
        Assert.Equal(FeeDueStatus.ExemptRelief, Due(basis, new DateOnly(2026, 3, 1), null, relief).Status);
        Assert.Equal(FeeDueStatus.ExemptRelief, Due(basis, new DateOnly(2026, 5, 1), null, relief).Status);
        Assert.Equal(FeeDueStatus.Due, Due(basis, new DateOnly(2026, 6, 1), null, relief).Status);
    }

    [Theory]
    [InlineData(30, 70_000)]
    [InlineData(50, 50_000)]
    [InlineData(70, 30_000)]
    public void A_reduction_takes_its_percentage_off(int percent, long expected)
    {
        var relief = Relief(FeeReliefKind.Reduction, percent, new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 1));
        var due = Due(Basis(FeeBasisKind.Salary, 10_000_000), new DateOnly(2026, 3, 1), null, relief);
        Assert.Equal(expected, due.Amount);
        Assert.Equal(percent, due.ReductionPercent);
    }

    [Fact]
    public void An_ended_relief_stops_after_its_last_month()
    {
        var relief = Relief(FeeReliefKind.Exemption, null, new DateOnly(2026, 3, 1), new DateOnly(2026, 8, 1));
        Assert.True(relief.End(new DateOnly(2026, 4, 1), "Đã thoát nghèo", Cell).Succeeded);
        var basis = Basis(FeeBasisKind.Salary, 10_000_000);
        Assert.Equal(FeeDueStatus.ExemptRelief, Due(basis, new DateOnly(2026, 4, 1), null, relief).Status);
        Assert.Equal(FeeDueStatus.Due, Due(basis, new DateOnly(2026, 5, 1), null, relief).Status);
        ErrorAssert.Only(relief.End(new DateOnly(2026, 5, 1), "again", Cell), "Fees.ReliefAlreadyEnded");
    }

    internal static FeeRelief Relief(FeeReliefKind kind, int? percent, DateOnly from, DateOnly to) =>
        FeeRelief.Create(Guid.NewGuid(), kind, FeeReliefGround.Hardship, percent, from, to, "Hoàn cảnh khó khăn", 12, [30, 50, 70], Cell).Value!;
}
