using System.Globalization;
using System.Text;

namespace PartyMembers.Domain.Common;

/// Text keys for searching Vietnamese names: typing "nguyen thi dao" must find "Nguyễn Thị Đào".
public static class VietnameseText
{
    /// Decomposes, drops combining marks, maps đ/Đ to d (it is a separate letter, not a mark, so decomposition
    /// leaves it alone), lower-cases and collapses white space.
    public static string Fold(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c switch
            {
                'đ' or 'Đ' => 'd',
                _ => char.ToLowerInvariant(c),
            });
        }

        return builder.ToString();
    }

    /// Lower case with the marks kept, in composed form: the key for "exact diacritics first".
    public static string Lower(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var parts = text.Normalize(NormalizationForm.FormC)
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', parts).ToLowerInvariant();
    }

    /// Collapses runs of white space and trims; used for names as they are stored and shown.
    public static string Tidy(string? text) =>
        string.IsNullOrWhiteSpace(text)
            ? string.Empty
            : string.Join(' ', text.Normalize(NormalizationForm.FormC).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// The given name (tên) is the last word of a Vietnamese full name; lists are often searched by it.
    public static string GivenNameKey(string? fullName)
    {
        var folded = Fold(fullName);
        var space = folded.LastIndexOf(' ');
        return space < 0 ? folded : folded[(space + 1)..];
    }
}
