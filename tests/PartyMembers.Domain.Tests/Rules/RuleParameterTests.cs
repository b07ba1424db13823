using PartyMembers.Domain.Rules;

namespace PartyMembers.Domain.Tests.Rules;

public class RuleParameterTests
{
    private static readonly DateOnly From = new(2025, 7, 1);
    private const string Source = "Quy định 294-QĐ/TW, 26/5/2025, Ban Chấp hành Trung ương, §4.3.1";

    private static Domain.Common.Result<RuleParameter> Create(RuleValueKind kind, string value) =>
        RuleParameter.Create("Test.Key", kind, value, From, Source, RuleConfidence.Confirmed, null);

    [Theory]
    [InlineData("45", "45", 45)]
    [InlineData("0", "0", 0)]
    [InlineData(" 12 ", "12", 12)]
    [InlineData("007", "7", 7)]
    public void A_whole_number_is_stored_canonically(string value, string stored, int parsed)
    {
        var p = ErrorAssert.Succeeded(Create(RuleValueKind.WholeNumber, value));

        Assert.Equal(stored, p.Value);
        Assert.Equal(parsed, p.AsInteger());
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("1.5")]
    [InlineData("0,5")]
    [InlineData("abc")]
    [InlineData("")]
    [InlineData("99999999999")]
    public void A_whole_number_refuses_negative_decimal_or_non_numeric_text(string value)
    {
        ErrorAssert.Only(Create(RuleValueKind.WholeNumber, value), "Rule.ValueInvalid.WholeNumber", nameof(RuleParameter.Value));
    }

    [Theory]
    [InlineData("0,5", "0.5")]
    [InlineData("0.5", "0.5")]
    [InlineData("1", "1")]
    [InlineData("5000", "5000")]
    [InlineData(" 0,3 ", "0.3")]
    public void A_decimal_accepts_a_comma_or_a_point_and_stores_a_point(string value, string stored)
    {
        var p = ErrorAssert.Succeeded(Create(RuleValueKind.DecimalNumber, value));

        Assert.Equal(stored, p.Value);
        Assert.Equal(decimal.Parse(stored, System.Globalization.CultureInfo.InvariantCulture), p.AsDecimal());
    }

    [Theory]
    [InlineData("-0,5")]
    [InlineData("x")]
    [InlineData("")]
    [InlineData("1/2")]
    public void A_decimal_refuses_negative_or_non_numeric_text(string value)
    {
        ErrorAssert.Only(Create(RuleValueKind.DecimalNumber, value), "Rule.ValueInvalid.DecimalNumber", nameof(RuleParameter.Value));
    }

    [Theory]
    [InlineData("2/3", 2, 3)]
    [InlineData(" 2 / 3 ", 2, 3)]
    [InlineData("1/2", 1, 2)]
    [InlineData("1/1", 1, 1)]
    public void A_fraction_is_a_share_between_zero_and_one(string value, int n, int d)
    {
        var p = ErrorAssert.Succeeded(Create(RuleValueKind.Fraction, value));

        Assert.Equal($"{n}/{d}", p.Value);
        Assert.Equal(new Fraction(n, d), p.AsFraction());
    }

    [Theory]
    [InlineData("3/2")]
    [InlineData("0/3")]
    [InlineData("a/b")]
    [InlineData("2/0")]
    [InlineData("-1/3")]
    [InlineData("2/3/4")]
    [InlineData("0.66")]
    [InlineData("")]
    public void A_fraction_refuses_shares_outside_zero_to_one_and_bad_text(string value)
    {
        ErrorAssert.Only(Create(RuleValueKind.Fraction, value), "Rule.ValueInvalid.Fraction", nameof(RuleParameter.Value));
    }

    [Fact]
    public void A_text_is_kept_trimmed_and_must_not_be_blank()
    {
        Assert.Equal("2-HSĐV", ErrorAssert.Succeeded(Create(RuleValueKind.Text, " 2-HSĐV ")).Value);
        ErrorAssert.Only(Create(RuleValueKind.Text, "  "), "Rule.ValueInvalid.Text", nameof(RuleParameter.Value));
    }

    [Fact]
    public void A_value_is_at_most_100_characters()
    {
        ErrorAssert.Succeeded(Create(RuleValueKind.Text, new string('x', 100)));
        ErrorAssert.Only(Create(RuleValueKind.Text, new string('x', 101)), "Text.TooLong", nameof(RuleParameter.Value));
    }

    [Fact]
    public void Key_source_note_and_confidence_are_checked()
    {
        ErrorAssert.Only(RuleParameter.Create(" ", RuleValueKind.WholeNumber, "1", From, Source, RuleConfidence.Confirmed, null), "Rule.KeyInvalid", nameof(RuleParameter.Key));
        ErrorAssert.Only(RuleParameter.Create(new string('k', 101), RuleValueKind.WholeNumber, "1", From, Source, RuleConfidence.Confirmed, null), "Rule.KeyInvalid", nameof(RuleParameter.Key));
        ErrorAssert.Only(RuleParameter.Create("K", RuleValueKind.WholeNumber, "1", From, " ", RuleConfidence.Confirmed, null), "Rule.SourceRequired", nameof(RuleParameter.Source));
        ErrorAssert.Only(RuleParameter.Create("K", RuleValueKind.WholeNumber, "1", From, new string('s', 301), RuleConfidence.Confirmed, null), "Text.TooLong", nameof(RuleParameter.Source));
        ErrorAssert.Only(RuleParameter.Create("K", RuleValueKind.WholeNumber, "1", From, Source, RuleConfidence.Confirmed, new string('n', 1001)), "Text.TooLong", nameof(RuleParameter.Note));
        ErrorAssert.Only(RuleParameter.Create("K", RuleValueKind.WholeNumber, "1", From, Source, (RuleConfidence)17, null), "Value.Invalid", nameof(RuleParameter.Confidence));
        ErrorAssert.Only(RuleParameter.Create("K", (RuleValueKind)9, "1", From, Source, RuleConfidence.Confirmed, null), "Rule.ValueInvalid.9", nameof(RuleParameter.Value));
    }

    [Fact]
    public void Create_keeps_the_version_data_trimmed()
    {
        var p = ErrorAssert.Succeeded(RuleParameter.Create(" Admission.DecisionWorkingDays ", RuleValueKind.WholeNumber, "45", From, "  " + Source + " ", RuleConfidence.Secondary, "  Từ nghị quyết chi bộ. "));

        Assert.Equal("Admission.DecisionWorkingDays", p.Key);
        Assert.Equal(From, p.ValidFrom);
        Assert.Equal(Source, p.Source);
        Assert.Equal(RuleConfidence.Secondary, p.Confidence);
        Assert.Equal("Từ nghị quyết chi bộ.", p.Note);
        Assert.NotEqual(Guid.Empty, p.Id);
    }
}

public class FractionTests
{
    [Theory]
    [InlineData(9, 6)]
    [InlineData(10, 7)]
    [InlineData(3, 2)]
    [InlineData(1, 1)]
    [InlineData(0, 0)]
    public void At_least_two_thirds(int total, int expected)
    {
        Assert.Equal(expected, new Fraction(2, 3).AtLeastOf(total));
    }

    [Theory]
    [InlineData(7, 4)]
    [InlineData(8, 5)]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    public void More_than_half(int total, int expected)
    {
        Assert.Equal(expected, new Fraction(1, 2).MoreThanOf(total));
    }

    [Theory]
    [InlineData(2, 3)]
    [InlineData(1, 2)]
    [InlineData(3, 4)]
    [InlineData(1, 1)]
    [InlineData(5, 7)]
    public void The_thresholds_are_the_smallest_counts_that_reach_the_share(int n, int d)
    {
        var f = new Fraction(n, d);
        for (var total = 0; total <= 200; total++)
        {
            // k/total >= n/d  <=>  k*d >= n*total;  k/total > n/d  <=>  k*d > n*total.
            var atLeast = Enumerable.Range(0, total + 2).First(k => k * d >= n * total);
            var moreThan = Enumerable.Range(0, total + 2).First(k => k * d > n * total);
            Assert.Equal(atLeast, f.AtLeastOf(total));
            Assert.Equal(moreThan, f.MoreThanOf(total));
        }
    }

    [Theory]
    [InlineData("2/3", true)]
    [InlineData("1/2", true)]
    [InlineData("3/2", false)]
    [InlineData("0/3", false)]
    [InlineData("a/b", false)]
    [InlineData("+2/3", false)]
    [InlineData("2/3/4", false)]
    [InlineData("2", false)]
    [InlineData(null, false)]
    public void TryParse_accepts_only_n_over_d_with_0_lt_n_le_d(string? text, bool ok)
    {
        Assert.Equal(ok, Fraction.TryParse(text, out _));
    }

    [Fact]
    public void Parse_throws_on_bad_text_and_ToString_writes_n_over_d()
    {
        Assert.Throws<FormatException>(() => Fraction.Parse("3/2"));
        Assert.Equal("2/3", Fraction.Parse(" 2 / 3 ").ToString());
    }
}
