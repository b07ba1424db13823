using PartyMembers.Domain.Common;

namespace PartyMembers.Domain.Members;

/// Số thẻ đảng viên. Cards issued since 02/9/2025 carry the 12-digit personal ID (Quy định 347-QĐ/TW); cards of the
/// 2003 generation (Chỉ thị 29-CT/TW) carry 8 digits and stay valid until exchanged.
public static class CardNumber
{
    public const int MaxLength = 12;
    public const int OldLength = 8;

    public static string? Normalise(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : new string(value.Where(c => !char.IsWhiteSpace(c)).ToArray());

    public static IEnumerable<DomainError> Validate(string? value, string? personalId, string field)
    {
        var card = Normalise(value);
        if (card is null)
        {
            yield break;
        }

        if (!card.All(char.IsAsciiDigit) || (card.Length != OldLength && card.Length != PersonalIdNumber.Length))
        {
            yield return new DomainError("CardNumber.Format", field);
        }
        else if (card.Length == PersonalIdNumber.Length && card != PersonalIdNumber.Normalise(personalId))
        {
            yield return new DomainError("CardNumber.MustEqualPersonalId", field);
        }
    }
}
