using PartyMembers.Domain.Common;
using PartyMembers.Testing;

namespace PartyMembers.Domain.Tests.Common;

public class LegalBasisTests
{
    private static readonly DateOnly Today = TestDates.Today;

    [Fact]
    public void A_complete_basis_is_valid()
    {
        ErrorAssert.None(LegalBasis.Validate("125-QĐ/ĐU", Today, "Ban Thường vụ", Today, "Basis."));
    }

    [Fact]
    public void Number_date_and_issuer_are_required_and_named_with_the_prefix()
    {
        var errors = LegalBasis.Validate(" ", null, "", Today, "Basis.").ToList();

        Assert.Equal(3, errors.Count);
        ErrorAssert.Has(errors, "LegalBasis.NumberRequired", "Basis.DocumentNumber");
        ErrorAssert.Has(errors, "LegalBasis.DateRequired", "Basis.DocumentDate");
        ErrorAssert.Has(errors, "LegalBasis.IssuerRequired", "Basis.Issuer");
    }

    [Fact]
    public void The_document_is_not_dated_after_today()
    {
        ErrorAssert.Only(LegalBasis.Validate("1", Today.AddDays(1), "BTV", Today, ""), "Date.InFuture", "DocumentDate");
    }

    [Fact]
    public void Number_and_issuer_have_length_limits()
    {
        ErrorAssert.None(LegalBasis.Validate(new string('1', 50), Today, new string('B', 200), Today, ""));
        ErrorAssert.Only(LegalBasis.Validate(new string('1', 51), Today, "BTV", Today, ""), "Text.TooLong", "DocumentNumber");
        ErrorAssert.Only(LegalBasis.Validate("1", Today, new string('B', 201), Today, ""), "Text.TooLong", "Issuer");
    }

    [Fact]
    public void A_basis_is_shown_with_number_date_and_issuer()
    {
        Assert.Equal("125-QĐ/ĐU (05/01/2026, BTV)", new LegalBasis("125-QĐ/ĐU", new DateOnly(2026, 1, 5), "BTV").ToString());
    }
}

public class VietnamTimeTests
{
    [Theory]
    [InlineData("2026-03-15T16:59:59Z", "2026-03-15")] // 23:59:59 in Hà Nội
    [InlineData("2026-03-15T17:00:00Z", "2026-03-16")] // midnight in Hà Nội
    [InlineData("2026-12-31T17:30:00Z", "2027-01-01")]
    public void Today_is_the_calendar_day_at_UTC_plus_7(string utc, string expected)
    {
        var instant = DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture);
        var day = DateOnly.ParseExact(expected, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(day, VietnamTime.Today(new FixedClock(instant)));
        Assert.Equal(day, VietnamTime.DateOf(instant.UtcDateTime));
    }
}
