using PartyMembers.Domain.Members;

namespace PartyMembers.Domain.Tests.Members;

public class ResumeNumberTests
{
    private const string Field = "ResumeNumber";

    // HD38 §II.1.2: six digits and the 2-3 capital-letter code of the province-level organisation, e.g. "000001 HN".
    [Theory]
    [InlineData("000001 HN", "000001HN")]
    [InlineData("000001HN", "000001HN")]
    [InlineData("200001 NB", "200001NB")]
    [InlineData("123456 HCM", "123456HCM")]
    [InlineData("000001hn", "000001HN")]
    [InlineData("  000001 \t hn ", "000001HN")]
    public void Valid_numbers_are_normalised_to_digits_and_capitals_without_spaces(string value, string expected)
    {
        Assert.Equal(expected, ResumeNumber.Normalise(value));
        ErrorAssert.None(ResumeNumber.Validate(value, Field));
        Assert.True(expected.Length <= ResumeNumber.MaxLength);
    }

    [Theory]
    [InlineData("00001HN")]     // five digits
    [InlineData("0000001HN")]   // seven digits
    [InlineData("000001HNAB")]  // four letters
    [InlineData("000001H")]     // one letter
    [InlineData("000001")]
    [InlineData("HN000001")]
    [InlineData("000001-HN")]
    [InlineData("000001HĐ")]    // not an ASCII capital
    public void Malformed_numbers_are_refused(string value)
    {
        ErrorAssert.Only(ResumeNumber.Validate(value, Field), "ResumeNumber.Format", Field);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void The_number_is_optional(string? value)
    {
        Assert.Null(ResumeNumber.Normalise(value));
        ErrorAssert.None(ResumeNumber.Validate(value, Field));
    }
}

public class CardNumberTests
{
    private const string Field = "CardNumber";
    private const string PersonalId = "042090123456";

    [Theory]
    [InlineData("12345678")]   // 2003-generation card (Chỉ thị 29-CT/TW)
    [InlineData("1234 5678")]
    public void An_old_eight_digit_card_is_accepted(string card)
    {
        ErrorAssert.None(CardNumber.Validate(card, PersonalId, Field));
    }

    [Theory]
    [InlineData("042090123456")]
    [InlineData("042 090 123 456")]
    public void A_twelve_digit_card_equal_to_the_personal_id_is_accepted(string card)
    {
        ErrorAssert.None(CardNumber.Validate(card, PersonalId, Field));
        ErrorAssert.None(CardNumber.Validate(card, "042 090 123456", Field));
    }

    [Theory]
    [InlineData("042090123457")]
    [InlineData("001090123456")]
    public void A_twelve_digit_card_must_equal_the_personal_id(string card)
    {
        ErrorAssert.Only(CardNumber.Validate(card, PersonalId, Field), "CardNumber.MustEqualPersonalId", Field);
    }

    [Fact]
    public void A_twelve_digit_card_without_a_personal_id_cannot_match()
    {
        ErrorAssert.Only(CardNumber.Validate(PersonalId, null, Field), "CardNumber.MustEqualPersonalId", Field);
    }

    [Theory]
    [InlineData("1234567")]
    [InlineData("123456789")]
    [InlineData("04209012345")]
    [InlineData("0420901234567")]
    [InlineData("1234567A")]
    [InlineData("04209012345X")]
    public void Other_lengths_or_non_digits_are_a_format_error(string card)
    {
        ErrorAssert.Only(CardNumber.Validate(card, PersonalId, Field), "CardNumber.Format", Field);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void The_card_number_is_optional(string? card)
    {
        Assert.Null(CardNumber.Normalise(card));
        ErrorAssert.None(CardNumber.Validate(card, PersonalId, Field));
    }
}
