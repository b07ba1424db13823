using PartyMembers.Domain.Common;

namespace PartyMembers.Domain.Members;

/// The 12-digit personal identification number (số định danh cá nhân, on the citizen identity card), which is also the
/// party card number since Chỉ thị 51-CT/TW and Quy định 347-QĐ/TW (08/8/2025).
/// Layout (Thông tư 07/2016/TT-BCA, Art. 7): 3 digits province of birth registration, 1 digit century and sex,
/// 2 digits the last two digits of the year of birth, 6 random digits.
public static class PersonalIdNumber
{
    public const int Length = 12;

    // Province codes of birth registration (the 63 provinces before the 2025 merger; numbers already issued keep them).
    private static readonly HashSet<string> ProvinceCodes =
    [
        "001", "002", "004", "006", "008", "010", "011", "012", "014", "015", "017", "019", "020", "022", "024", "025",
        "026", "027", "030", "031", "033", "034", "035", "036", "037", "038", "040", "042", "044", "045", "046", "048",
        "049", "051", "052", "054", "056", "058", "060", "062", "064", "066", "067", "068", "070", "072", "074", "075",
        "077", "079", "080", "082", "083", "084", "086", "087", "089", "091", "092", "093", "094", "095", "096",
    ];

    public static IReadOnlyCollection<string> Provinces => ProvinceCodes;

    public static string Normalise(string? value) =>
        value is null ? string.Empty : new string(value.Where(c => !char.IsWhiteSpace(c)).ToArray());

    public static bool IsWellFormed(string? value)
    {
        var id = Normalise(value);
        return id.Length == Length && id.All(char.IsAsciiDigit) && ProvinceCodes.Contains(id[..3]);
    }

    /// The century/sex digit for a birth year: 0/1 for 1900-1999 (male/female), 2/3 for 2000-2099, and so on.
    public static int CenturySexDigit(int birthYear, Sex sex) => ((birthYear / 100) - 19) * 2 + (sex == Sex.Female ? 1 : 0);

    public static IEnumerable<DomainError> Validate(string? value, DateOnly? dateOfBirth, Sex? sex, string field)
    {
        var id = Normalise(value);
        if (id.Length == 0)
        {
            yield return new DomainError("PersonalId.Required", field);
            yield break;
        }

        if (id.Length != Length || !id.All(char.IsAsciiDigit))
        {
            yield return new DomainError("PersonalId.Format", field);
            yield break;
        }

        if (!ProvinceCodes.Contains(id[..3]))
        {
            yield return new DomainError("PersonalId.Province", field, id[..3]);
            yield break;
        }

        if (dateOfBirth is null || sex is null)
        {
            yield break;
        }

        var year = dateOfBirth.Value.Year;
        if (year < 1900 || year > 2399)
        {
            yield break;
        }

        var expectedDigit = CenturySexDigit(year, sex.Value);
        var expectedYear = (year % 100).ToString("00", System.Globalization.CultureInfo.InvariantCulture);
        if (id[3] - '0' != expectedDigit)
        {
            yield return new DomainError("PersonalId.CenturySex", field, expectedDigit);
        }

        if (id.Substring(4, 2) != expectedYear)
        {
            yield return new DomainError("PersonalId.BirthYear", field, expectedYear);
        }
    }
}
