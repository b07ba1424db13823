using System.Globalization;
using PartyMembers.Domain.Members;
using PartyMembers.Domain.Rules;

namespace PartyMembers.Domain.Fees;

public enum FeeDueStatus
{
    /// An amount is due.
    Due,

    /// Exempt: the party age reached <see cref="RuleKeys.FeeExemptPartyAgeYears"/> in or before the month.
    ExemptPartyAge,

    /// Exempt by a recorded <see cref="FeeRelief"/>.
    ExemptRelief,

    /// No fee basis is in force for the month: the due cannot be computed.
    BasisMissing,

    /// No rule for the basis was in force that month (e.g. a month before the rules the app knows).
    RuleMissing,
}

/// The fee due for one member and month with how it was found: the basis amount, the rate or fixed amount, the
/// reduction and the regulation. Amounts are whole đồng.
public sealed record FeeDue(
    DateOnly Month, FeeDueStatus Status, long? Amount, FeeBasisKind? Kind, long? BaseAmount, decimal? Percent, int? ReductionPercent,
    string? Source)
{
    public bool IsExempt => Status is FeeDueStatus.ExemptPartyAge or FeeDueStatus.ExemptRelief;

    /// A language-neutral record of the computation, stored with a payment.
    public string Describe()
    {
        var inv = CultureInfo.InvariantCulture;
        var formula = Percent is { } p ? $"{p.ToString(inv)}% x {BaseAmount?.ToString(inv)}" : BaseAmount?.ToString(inv) ?? string.Empty;
        var reduction = ReductionPercent is { } r ? $" -{r.ToString(inv)}%" : string.Empty;
        var text = $"{Kind}: {formula}{reduction} = {Amount?.ToString(inv)}; {Source}";
        return text.Length > 300 ? text[..300] : text;
    }
}

/// What the calculator needs of a member: the admission decision date and the periods without party activity, for
/// the party-age exemption.
public sealed record FeeMemberFacts(DateOnly AdmissionDecisionDate, IReadOnlyList<PartyAgeGap> Gaps);

/// Computes a member's monthly party fee (QĐ 01-QĐ/TW from 01/02/2026; QĐ 342-QĐ/TW and HD 03-HD/VPTW before), from
/// the rule parameters in force on the first day of the month. Pure: no clock, no database.
///
/// Order: the party-age exemption (from the month in which the member reaches the parameter's years), then an
/// exemption relief, then the basis in force for the month and its rate, then a reduction relief. Every amount is
/// rounded to the whole đồng, half away from zero (the regulation does not say how to round; see docs/domain/fees.md).
public static class FeeCalculator
{
    public static FeeDue Compute(
        FeeMemberFacts member, IEnumerable<FeeBasis> bases, IEnumerable<FeeRelief> reliefs, DateOnly month, RuleBook book)
    {
        ArgumentNullException.ThrowIfNull(member);
        ArgumentNullException.ThrowIfNull(book);
        month = FeeMonth.Of(month);
        var reliefList = reliefs.ToList();

        if (book.Find(RuleKeys.FeeExemptPartyAgeYears, month) is { } exemptRule
            && PartyAge.DateReaching(exemptRule.AsInteger(), member.AdmissionDecisionDate, member.Gaps) <= FeeMonth.LastDay(month))
        {
            return new FeeDue(month, FeeDueStatus.ExemptPartyAge, 0, null, null, null, null, exemptRule.Source);
        }

        var exemption = reliefList.FirstOrDefault(r => r.Kind == FeeReliefKind.Exemption && r.Covers(month));
        if (exemption is not null)
        {
            return new FeeDue(month, FeeDueStatus.ExemptRelief, 0, null, null, null, null, null);
        }

        var basis = FeeBasis.InForce(bases, month);
        if (basis is null)
        {
            return new FeeDue(month, FeeDueStatus.BasisMissing, null, null, null, null, null, null);
        }

        var computed = Base(basis, month, book);
        if (computed is null)
        {
            return new FeeDue(month, FeeDueStatus.RuleMissing, null, basis.Kind, null, null, null, null);
        }

        var (baseAmount, percent, source) = computed.Value;
        var amount = percent is { } p ? Round(baseAmount * p / 100m) : baseAmount;
        var reduction = reliefList.FirstOrDefault(r => r.Kind == FeeReliefKind.Reduction && r.Covers(month));
        if (reduction?.ReductionPercent is { } cut)
        {
            amount = Round(amount * (100 - cut) / 100m);
        }

        return new FeeDue(month, FeeDueStatus.Due, amount, basis.Kind, baseAmount, percent, reduction?.ReductionPercent, source);
    }

    /// The amount a rate applies to (or the fixed amount, with a null rate) and the regulation it comes from.
    private static (long BaseAmount, decimal? Percent, string Source)? Base(FeeBasis basis, DateOnly month, RuleBook book)
    {
        var newRegime = book.Find(RuleKeys.FeeOtherBelowRetirementPercentOfMinimumWage, month) is not null;
        switch (basis.Kind)
        {
            case FeeBasisKind.Salary:
                return Percent(book, RuleKeys.FeeSalaryPercent, month, basis.DeclaredAmount);
            case FeeBasisKind.Benefit:
                // Before QĐ 01/2026 a benefit was income like a salary (1% of income under QĐ 342).
                return Percent(book, book.Find(RuleKeys.FeeBenefitPercent, month) is null ? RuleKeys.FeeSalaryPercent : RuleKeys.FeeBenefitPercent,
                    month, basis.DeclaredAmount);
            case FeeBasisKind.Pension:
                return Percent(book, RuleKeys.FeePensionPercent, month, basis.DeclaredAmount);
            case FeeBasisKind.Student when newRegime:
                return book.Find(RuleKeys.FeeStudentAmount, month) is { } student ? (Round(student.AsDecimal()), null, student.Source) : null;
            case FeeBasisKind.Other when newRegime:
                var wage = book.Find(RuleKeys.FeeMinimumWageRegion((int)basis.Region!.Value), month);
                var rate = book.Find(basis.RetirementAge ? RuleKeys.FeeOtherRetiredPercentOfMinimumWage : RuleKeys.FeeOtherBelowRetirementPercentOfMinimumWage, month);
                return wage is null || rate is null ? null : (Round(wage.AsDecimal()), rate.AsDecimal(), rate.Source + "; " + wage.Source);
            default:
                // Old regime: students and others paid a fixed amount by area (HD 03-HD/VPTW 2016), half outside working age.
                var region = basis.Region ?? WageRegion.Region3;
                var fixedAmount = book.Find(RuleKeys.FeeOldOtherAmountRegion((int)region), month);
                if (fixedAmount is null)
                {
                    return null;
                }

                var share = basis.RetirementAge ? book.Find(RuleKeys.FeeOldOutsideWorkingAgePercentOfAmount, month) : null;
                if (basis.RetirementAge && share is null)
                {
                    return null;
                }

                var value = share is null ? fixedAmount.AsDecimal() : fixedAmount.AsDecimal() * share.AsDecimal() / 100m;
                return (Round(value), null, fixedAmount.Source);
        }
    }

    private static (long, decimal?, string)? Percent(RuleBook book, string key, DateOnly month, long? declared) =>
        book.Find(key, month) is { } rule && declared is { } amount ? (amount, rule.AsDecimal(), rule.Source) : null;

    private static long Round(decimal value) => (long)Math.Round(value, 0, MidpointRounding.AwayFromZero);
}
