using PartyMembers.Domain.Rules;

namespace PartyMembers.Domain.Tests.Rules;

public class RuleBookTests
{
    private const string Key = "Admission.DecisionWorkingDays";
    private static readonly DateOnly First = new(2016, 7, 25);
    private static readonly DateOnly Second = new(2025, 7, 1);
    private static readonly DateOnly Third = new(2027, 1, 1);

    private static RuleParameter P(string key, string value, DateOnly from) =>
        ErrorAssert.Succeeded(RuleParameter.Create(key, RuleValueKind.WholeNumber, value, from, "Nguồn", RuleConfidence.Confirmed, null));

    // Given out of order on purpose.
    private static RuleBook Book() => new([P(Key, "30", Third), P(Key, "60", First), P("Other.Key", "1", First), P(Key, "45", Second)]);

    [Theory]
    [InlineData("2016-07-24", null)] // before the first version
    [InlineData("2016-07-25", 60)]   // the day of the first
    [InlineData("2025-06-30", 60)]   // the day before the second
    [InlineData("2025-07-01", 45)]   // the day of the second
    [InlineData("2025-07-02", 45)]   // the day after
    [InlineData("2026-12-31", 45)]
    [InlineData("2027-01-01", 30)]
    [InlineData("2100-01-01", 30)]
    public void Find_returns_the_version_in_force_on_the_day(string date, int? expected)
    {
        var asOf = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(expected, Book().Find(Key, asOf)?.AsInteger());
    }

    [Fact]
    public void Get_throws_when_no_version_is_in_force()
    {
        var asOf = First.AddDays(-1);

        var ex = Assert.Throws<RuleNotInForceException>(() => Book().Get(Key, asOf));

        Assert.Equal(Key, ex.Key);
        Assert.Equal(asOf, ex.AsOf);
        Assert.IsType<InvalidOperationException>(ex, exactMatch: false);
        Assert.Throws<RuleNotInForceException>(() => Book().GetInteger("Unknown.Key", Second));
        Assert.Null(Book().Find("Unknown.Key", Second));
    }

    [Fact]
    public void History_lists_the_versions_oldest_first()
    {
        Assert.Equal([First, Second, Third], Book().History(Key).Select(p => p.ValidFrom));
        Assert.Equal(["60", "45", "30"], Book().History(Key).Select(p => p.Value));
        Assert.Empty(Book().History("Unknown.Key"));
        Assert.Equal(["Admission.DecisionWorkingDays", "Other.Key"], Book().Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Typed_getters_read_the_value_of_the_day()
    {
        var book = new RuleBook(
        [
            P(Key, "45", Second),
            ErrorAssert.Succeeded(RuleParameter.Create("Fee", RuleValueKind.DecimalNumber, "0,5", Second, "Nguồn", RuleConfidence.Confirmed, null)),
            ErrorAssert.Succeeded(RuleParameter.Create("Vote", RuleValueKind.Fraction, "2/3", Second, "Nguồn", RuleConfidence.Confirmed, null)),
            ErrorAssert.Succeeded(RuleParameter.Create("Form", RuleValueKind.Text, "2-HSĐV", Second, "Nguồn", RuleConfidence.Confirmed, null)),
        ]);

        Assert.Equal(45, book.GetInteger(Key, Second));
        Assert.Equal(0.5m, book.GetDecimal("Fee", Second));
        Assert.Equal(new Fraction(2, 3), book.GetFraction("Vote", Second));
        Assert.Equal("2-HSĐV", book.GetText("Form", Second));
    }
}
