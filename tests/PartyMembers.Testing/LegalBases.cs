using PartyMembers.Domain.Common;

namespace PartyMembers.Testing;

/// Decisions and resolutions to rest changes on.
public static class LegalBases
{
    public const string DefaultNumber = "125-QĐ/ĐU";
    public const string DefaultIssuer = "Ban Thường vụ Đảng ủy các cơ quan Đảng tỉnh";

    /// A well-formed decision dated <paramref name="date"/> (default <see cref="TestDates.Today"/>).
    public static LegalBasis Sample(DateOnly? date = null, string number = DefaultNumber, string issuer = DefaultIssuer) =>
        new(number, date ?? TestDates.Today, issuer);
}
