using System.Text.RegularExpressions;
using PartyMembers.Domain.Common;

namespace PartyMembers.Domain.Members;

/// Số lý lịch đảng viên: six digits and the 2-3 capital-letter code of the province-level party organisation,
/// e.g. "000001HN" (written "000001 HN" on paper); Hướng dẫn 38-HD/BTCTW §II.1.2.
public static partial class ResumeNumber
{
    public const int MaxLength = 9;

    public static string? Normalise(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        return new string(value.Where(c => !char.IsWhiteSpace(c)).ToArray()).ToUpperInvariant();
    }

    public static IEnumerable<DomainError> Validate(string? value, string field)
    {
        var normalised = Normalise(value);
        if (normalised is not null && !Pattern().IsMatch(normalised))
        {
            yield return new DomainError("ResumeNumber.Format", field);
        }
    }

    [GeneratedRegex("^[0-9]{6}[A-Z]{2,3}$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
