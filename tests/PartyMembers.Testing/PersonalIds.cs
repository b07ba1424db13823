using System.Globalization;
using PartyMembers.Domain.Members;

namespace PartyMembers.Testing;

/// Generates 12-digit personal identification numbers laid out as Thông tư 07/2016/TT-BCA Art. 7 says: 3 digits for
/// the province of birth registration, 1 digit for century and sex (1900s: 0 male, 1 female; 2000s: 2 male, 3 female;
/// each later century adds 2), the last 2 digits of the birth year, then a 6-digit serial.
public static class PersonalIds
{
    private static int _nextSerial = 100_000;

    /// A valid number for the birth date and sex. Without <paramref name="serial"/> each call gets a new serial, so
    /// numbers made in one test run do not collide.
    public static string For(DateOnly dateOfBirth, Sex sex, string province = "042", int? serial = null)
    {
        if (province.Length != 3 || !province.All(char.IsAsciiDigit))
        {
            throw new ArgumentException("A province code is three digits.", nameof(province));
        }

        var year = dateOfBirth.Year;
        if (year is < 1900 or > 2399)
        {
            throw new ArgumentOutOfRangeException(nameof(dateOfBirth), "The layout covers births from 1900 to 2399.");
        }

        var number = serial ?? Interlocked.Increment(ref _nextSerial);
        if (number is < 0 or > 999_999)
        {
            throw new ArgumentOutOfRangeException(nameof(serial), "The serial has six digits.");
        }

        var centurySex = ((year - 1900) / 100 * 2) + (sex == Sex.Female ? 1 : 0);
        return string.Create(CultureInfo.InvariantCulture, $"{province}{centurySex}{year % 100:00}{number:000000}");
    }
}
