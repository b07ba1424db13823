using PartyMembers.Domain.Members;
using PartyMembers.Testing;

namespace PartyMembers.Domain.Tests.Members;

public class MemberDetailsTests
{
    private static readonly DateOnly Today = TestDates.Today;

    private static MemberDetails Valid() => new MemberBuilder().BuildDetails();

    [Fact]
    public void The_builder_defaults_are_valid()
    {
        ErrorAssert.None(Valid().Validate(Today));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void The_full_name_is_required(string name)
    {
        ErrorAssert.Only((Valid() with { FullName = name }).Validate(Today), "Member.FullNameRequired", nameof(MemberDetails.FullName));
    }

    public static TheoryData<string, int> TextFields() => new()
    {
        { nameof(MemberDetails.FullName), MemberDetails.NameMaxLength },
        { nameof(MemberDetails.OtherNames), MemberDetails.NameMaxLength },
        { nameof(MemberDetails.BirthPlace), MemberDetails.PlaceMaxLength },
        { nameof(MemberDetails.HomeTown), MemberDetails.PlaceMaxLength },
        { nameof(MemberDetails.Residence), MemberDetails.PlaceMaxLength },
        { nameof(MemberDetails.Ethnicity), MemberDetails.ShortTextMaxLength },
        { nameof(MemberDetails.Religion), MemberDetails.ShortTextMaxLength },
        { nameof(MemberDetails.Occupation), MemberDetails.PlaceMaxLength },
        { nameof(MemberDetails.GeneralEducation), MemberDetails.ShortTextMaxLength },
        { nameof(MemberDetails.ProfessionalDegree), MemberDetails.PlaceMaxLength },
        { nameof(MemberDetails.Introducers), MemberDetails.IntroducersMaxLength },
    };

    [Fact]
    public void The_text_limits_are_those_of_the_schema()
    {
        Assert.Equal(100, MemberDetails.NameMaxLength);
        Assert.Equal(300, MemberDetails.PlaceMaxLength);
        Assert.Equal(100, MemberDetails.ShortTextMaxLength);
        Assert.Equal(500, MemberDetails.IntroducersMaxLength);
    }

    [Theory]
    [MemberData(nameof(TextFields))]
    public void Each_text_is_refused_one_character_past_its_limit(string field, int max)
    {
        // Surrounding spaces are trimmed before the length is counted.
        ErrorAssert.None(Set(Valid(), field, "  " + new string('ệ', max) + "  ").Validate(Today));

        var error = ErrorAssert.Only(Set(Valid(), field, new string('ệ', max + 1)).Validate(Today), "Text.TooLong", field);
        Assert.Equal(new object[] { max }, error.Arguments);
    }

    [Fact]
    public void The_birth_date_cannot_be_in_the_future()
    {
        var tomorrow = Today.AddDays(1);
        var details = Valid() with { DateOfBirth = tomorrow, PersonalIdNumber = PersonalIds.For(tomorrow, Sex.Male) };

        ErrorAssert.Only(details.Validate(Today), "Date.InFuture", nameof(MemberDetails.DateOfBirth));
    }

    [Fact]
    public void The_birth_date_is_not_before_1900()
    {
        ErrorAssert.None((Valid() with { DateOfBirth = new DateOnly(1900, 1, 1), PersonalIdNumber = "042000123456" }).Validate(Today));
        ErrorAssert.Only(
            (Valid() with { DateOfBirth = new DateOnly(1899, 12, 31), PersonalIdNumber = "042099123456" }).Validate(Today),
            "Member.BirthDateTooEarly", nameof(MemberDetails.DateOfBirth));
    }

    [Fact]
    public void Undefined_enum_values_are_refused()
    {
        ErrorAssert.Has((Valid() with { Sex = (Sex)7 }).Validate(Today), "Value.Invalid", nameof(MemberDetails.Sex));
        ErrorAssert.Only((Valid() with { PoliticalTheory = (PoliticalTheoryLevel)9 }).Validate(Today), "Value.Invalid", nameof(MemberDetails.PoliticalTheory));
    }

    [Fact]
    public void The_personal_id_is_checked_against_birth_date_and_sex()
    {
        var details = Valid();

        ErrorAssert.Only((details with { Sex = Sex.Female }).Validate(Today), "PersonalId.CenturySex", nameof(MemberDetails.PersonalIdNumber));
        ErrorAssert.Only((details with { DateOfBirth = new DateOnly(1991, 5, 12) }).Validate(Today), "PersonalId.BirthYear", nameof(MemberDetails.PersonalIdNumber));
        ErrorAssert.Only((details with { PersonalIdNumber = "" }).Validate(Today), "PersonalId.Required", nameof(MemberDetails.PersonalIdNumber));
        ErrorAssert.Only((details with { PersonalIdNumber = "003090123456" }).Validate(Today), "PersonalId.Province", nameof(MemberDetails.PersonalIdNumber));
    }

    [Fact]
    public void Resume_and_card_numbers_are_checked()
    {
        var details = Valid();

        ErrorAssert.Only((details with { ResumeNumber = "00001HN" }).Validate(Today), "ResumeNumber.Format", nameof(MemberDetails.ResumeNumber));
        ErrorAssert.Only((details with { CardNumber = "123456" }).Validate(Today), "CardNumber.Format", nameof(MemberDetails.CardNumber));
        ErrorAssert.Only((details with { CardNumber = "042090999999" }).Validate(Today), "CardNumber.MustEqualPersonalId", nameof(MemberDetails.CardNumber));
        ErrorAssert.None((details with { CardNumber = details.PersonalIdNumber }).Validate(Today));
        ErrorAssert.None((details with { CardNumber = "12345678" }).Validate(Today));
    }

    [Fact]
    public void Normalised_tidies_names_blanks_texts_and_strips_identifiers()
    {
        var details = Valid() with
        {
            FullName = "  Nguyễn   Thị  Đào ",
            OtherNames = "   ",
            Religion = "  Phật giáo ",
            PersonalIdNumber = " 042 190 123456 ",
            ResumeNumber = "000123 ht",
            CardNumber = " 1234 5678 ",
        };

        var n = details.Normalised();

        Assert.Equal("Nguyễn Thị Đào", n.FullName);
        Assert.Null(n.OtherNames);
        Assert.Equal("Phật giáo", n.Religion);
        Assert.Equal("042190123456", n.PersonalIdNumber);
        Assert.Equal("000123HT", n.ResumeNumber);
        Assert.Equal("12345678", n.CardNumber);
    }

    private static MemberDetails Set(MemberDetails d, string field, string value) => field switch
    {
        nameof(MemberDetails.FullName) => d with { FullName = value },
        nameof(MemberDetails.OtherNames) => d with { OtherNames = value },
        nameof(MemberDetails.BirthPlace) => d with { BirthPlace = value },
        nameof(MemberDetails.HomeTown) => d with { HomeTown = value },
        nameof(MemberDetails.Residence) => d with { Residence = value },
        nameof(MemberDetails.Ethnicity) => d with { Ethnicity = value },
        nameof(MemberDetails.Religion) => d with { Religion = value },
        nameof(MemberDetails.Occupation) => d with { Occupation = value },
        nameof(MemberDetails.GeneralEducation) => d with { GeneralEducation = value },
        nameof(MemberDetails.ProfessionalDegree) => d with { ProfessionalDegree = value },
        nameof(MemberDetails.Introducers) => d with { Introducers = value },
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, null),
    };
}
