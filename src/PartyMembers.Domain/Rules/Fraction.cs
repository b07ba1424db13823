using System.Globalization;

namespace PartyMembers.Domain.Rules;

/// A share such as 2/3 for a vote threshold, kept exact (no rounding of 66.67%).
public readonly record struct Fraction(int Numerator, int Denominator)
{
    public static bool TryParse(string? text, out Fraction fraction)
    {
        fraction = default;
        var parts = text?.Split('/', StringSplitOptions.TrimEntries);
        if (parts is not { Length: 2 }
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var d)
            || d <= 0 || n <= 0 || n > d)
        {
            return false;
        }

        fraction = new Fraction(n, d);
        return true;
    }

    public static Fraction Parse(string text) =>
        TryParse(text, out var f) ? f : throw new FormatException("A fraction is written n/d with 0 < n <= d.");

    /// The smallest count that reaches at least this share of <paramref name="total"/>.
    public int AtLeastOf(int total) => (int)Math.Ceiling(total * (decimal)Numerator / Denominator);

    /// The smallest count that is strictly more than this share of <paramref name="total"/>.
    public int MoreThanOf(int total) => (total * Numerator / Denominator) + 1;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Numerator}/{Denominator}");
}
