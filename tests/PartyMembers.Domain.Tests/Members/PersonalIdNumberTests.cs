using System.Globalization;
using PartyMembers.Domain.Members;

namespace PartyMembers.Domain.Tests.Members;

public class PersonalIdNumberTests
{
    private const string Field = "PersonalIdNumber";

    // Thông tư 07/2016/TT-BCA, appendix: province codes of birth registration (63 provinces before the 2025 merger).
    private static readonly string[] ProvinceCodes =
    [
        "001", // Hà Nội
        "002", "004", "006", "008", "010", "011", "012", "014", "015", "017", "019", "020", // northern mountains
        "022", // Quảng Ninh
        "024", "025", "026", "027", // Bắc Giang, Phú Thọ, Vĩnh Phúc, Bắc Ninh
        "030", "031", "033", "034", "035", "036", "037", // Hải Dương, Hải Phòng, Hưng Yên, Thái Bình, Hà Nam, Nam Định, Ninh Bình
        "038", "040", "042", "044", "045", "046", // Thanh Hóa .. Thừa Thiên Huế
        "048", "049", "051", "052", "054", "056", "058", "060", // Đà Nẵng .. Bình Thuận
        "062", "064", "066", "067", "068", // Central Highlands
        "070", "072", "074", "075", "077", "079", // Bình Phước .. TP Hồ Chí Minh
        "080", "082", "083", "084", "086", "087", "089", "091", "092", "093", "094", "095", "096", // Mekong delta
    ];

    [Fact]
    public void The_province_list_is_the_63_codes_of_the_circular()
    {
        Assert.Equal(63, ProvinceCodes.Length);
        Assert.Equal(ProvinceCodes.Order(StringComparer.Ordinal), PersonalIdNumber.Provinces.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("001090123456", true)]  // Hà Nội
    [InlineData("096190123456", true)]  // Cà Mau
    [InlineData("042305000001", true)]  // Hà Tĩnh, born 2005, female
    [InlineData("003090123456", false)] // 003 is not a province code
    [InlineData("097090123456", false)] // 097 neither
    [InlineData("000090123456", false)]
    [InlineData("00109012345", false)]  // 11 digits
    [InlineData("0010901234567", false)] // 13 digits
    [InlineData("00109012345A", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    [InlineData(" 001 090 123 456 ", true)] // spaces are ignored
    public void IsWellFormed_checks_length_digits_and_province(string? value, bool expected)
    {
        Assert.Equal(expected, PersonalIdNumber.IsWellFormed(value));
    }

    [Theory]
    [InlineData(1900, Sex.Male, 0)]
    [InlineData(1990, Sex.Male, 0)]
    [InlineData(1999, Sex.Female, 1)]
    [InlineData(1965, Sex.Female, 1)]
    [InlineData(2000, Sex.Male, 2)]
    [InlineData(2007, Sex.Male, 2)]
    [InlineData(2001, Sex.Female, 3)]
    [InlineData(2099, Sex.Female, 3)]
    [InlineData(2100, Sex.Male, 4)]
    [InlineData(2100, Sex.Female, 5)]
    public void The_century_sex_digit_is_0_1_for_the_1900s_and_2_3_for_the_2000s(int year, Sex sex, int expected)
    {
        Assert.Equal(expected, PersonalIdNumber.CenturySexDigit(year, sex));
    }

    [Theory]
    [InlineData("042090123456", "1990-05-12", Sex.Male)]
    [InlineData("042190123456", "1990-05-12", Sex.Female)]
    [InlineData("001200123456", "2000-01-01", Sex.Male)]
    [InlineData("079305123456", "2005-12-31", Sex.Female)]
    [InlineData("038099000001", "1999-07-02", Sex.Male)]
    public void A_number_matching_the_birth_year_and_sex_is_valid(string id, string dob, Sex sex)
    {
        ErrorAssert.None(PersonalIdNumber.Validate(id, D(dob), sex, Field));
    }

    [Theory]
    [InlineData("042190123456", "1990-05-12", Sex.Male, 0)]   // female digit for a man
    [InlineData("042090123456", "1990-05-12", Sex.Female, 1)] // male digit for a woman
    [InlineData("042005123456", "2005-03-01", Sex.Male, 2)]   // 1900s digit for a man born in 2005
    [InlineData("042105123456", "2005-03-01", Sex.Female, 3)]
    public void A_wrong_century_or_sex_digit_is_reported_with_the_expected_digit(string id, string dob, Sex sex, int expected)
    {
        var error = ErrorAssert.Only(PersonalIdNumber.Validate(id, D(dob), sex, Field), "PersonalId.CenturySex", Field);
        Assert.Equal(new object[] { expected }, error.Arguments);
    }

    [Theory]
    [InlineData("042091123456", "1990-05-12", Sex.Male, "90")]
    [InlineData("042309123456", "2005-05-12", Sex.Female, "05")]
    [InlineData("042200123456", "2001-01-01", Sex.Male, "01")]
    public void A_wrong_birth_year_is_reported_with_the_expected_two_digits(string id, string dob, Sex sex, string expected)
    {
        var birth = D(dob);

        var error = ErrorAssert.Only(PersonalIdNumber.Validate(id, birth, sex, Field), "PersonalId.BirthYear", Field);
        Assert.Equal(new object[] { expected }, error.Arguments);
    }

    [Fact]
    public void Both_a_wrong_sex_digit_and_a_wrong_year_are_reported()
    {
        var errors = PersonalIdNumber.Validate("042185123456", new DateOnly(1990, 5, 12), Sex.Male, Field).ToList();

        Assert.Equal(["PersonalId.CenturySex", "PersonalId.BirthYear"], errors.Select(e => e.Code));
    }

    [Theory]
    [InlineData("042 090 123 456", "042090123456")]
    [InlineData("  042090123456  ", "042090123456")]
    [InlineData("042\t090\u00A0123456", "042090123456")]
    [InlineData(null, "")]
    public void Normalise_removes_white_space(string? value, string expected)
    {
        Assert.Equal(expected, PersonalIdNumber.Normalise(value));
    }

    [Fact]
    public void Spaces_do_not_make_a_valid_number_invalid()
    {
        ErrorAssert.None(PersonalIdNumber.Validate(" 042 0 90 123456 ", new DateOnly(1990, 5, 12), Sex.Male, Field));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void A_missing_number_is_required(string? value)
    {
        ErrorAssert.Only(PersonalIdNumber.Validate(value, new DateOnly(1990, 5, 12), Sex.Male, Field), "PersonalId.Required", Field);
    }

    [Theory]
    [InlineData("04209012345")]
    [InlineData("0420901234567")]
    [InlineData("04209012345X")]
    [InlineData("042-090-123456")]
    [InlineData("０４２０９０１２３４５６")] // full-width digits
    public void A_number_that_is_not_12_ascii_digits_is_a_format_error(string value)
    {
        ErrorAssert.Only(PersonalIdNumber.Validate(value, new DateOnly(1990, 5, 12), Sex.Male, Field), "PersonalId.Format", Field);
    }

    [Theory]
    [InlineData("003090123456", "003")]
    [InlineData("097090123456", "097")]
    [InlineData("099090123456", "099")]
    public void An_unknown_province_is_reported_with_its_code(string value, string code)
    {
        var error = ErrorAssert.Only(PersonalIdNumber.Validate(value, new DateOnly(1990, 5, 12), Sex.Male, Field), "PersonalId.Province", Field);
        Assert.Equal(new object[] { code }, error.Arguments);
    }

    [Fact]
    public void Without_birth_date_or_sex_only_the_form_is_checked()
    {
        ErrorAssert.None(PersonalIdNumber.Validate("042190123456", null, Sex.Male, Field));
        ErrorAssert.None(PersonalIdNumber.Validate("042190123456", new DateOnly(1990, 5, 12), null, Field));
    }

    [Fact]
    public void The_field_name_is_the_one_passed_in()
    {
        ErrorAssert.Only(PersonalIdNumber.Validate("1", null, null, "Candidate.Id"), "PersonalId.Format", "Candidate.Id");
    }

    private static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
