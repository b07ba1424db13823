using System.Text;
using PartyMembers.Domain.Common;

namespace PartyMembers.Infrastructure.Identity;

/// Why a password is refused beyond its length (OWASP ASVS 5.0 6.2.4, 6.2.9, 6.2.11): too long to hash cheaply, on the
/// shipped list of common passwords, or containing the account's own names or the organisation's. No composition
/// rules (6.2.5). Pure: the list and the names are passed in.
public enum PasswordProblem
{
    TooLong,
    Common,
    ContainsUserName,
    ContainsDisplayName,
    ContainsOrganisation,
}

public static class PasswordRules
{
    /// At least 64 characters must be accepted (6.2.9); hashing a megabyte is a cheap attack, so there is a ceiling.
    public const int MaxLength = 128;

    /// A word of a name shorter than this is too common a syllable ("thi", "van") to refuse.
    public const int MinWordLength = 4;

    /// Words every party organisation's name is made of, refused whatever the configured name (6.2.11).
    public static readonly IReadOnlyList<string> PartyWords =
        ["dang", "dangvien", "dangbo", "danguy", "chibo", "bithu", "congsan", "tinhuy"];

    public static IReadOnlyList<PasswordProblem> Check(
        string password, string? userName, string? displayName, IEnumerable<string> organisationNames, ISet<string> commonPasswords)
    {
        var problems = new List<PasswordProblem>();
        if (password.Length > MaxLength)
        {
            problems.Add(PasswordProblem.TooLong);
        }

        if (commonPasswords.Contains(password.Trim().ToLowerInvariant()))
        {
            problems.Add(PasswordProblem.Common);
        }

        var compact = Compact(password);
        if (UserNameTerms(userName).Any(compact.Contains))
        {
            problems.Add(PasswordProblem.ContainsUserName);
        }

        if (Words(displayName).Any(compact.Contains))
        {
            problems.Add(PasswordProblem.ContainsDisplayName);
        }

        if (organisationNames.SelectMany(Words).Concat(PartyWords).Any(compact.Contains))
        {
            problems.Add(PasswordProblem.ContainsOrganisation);
        }

        return problems;
    }

    /// The whole user name without its separators, and each of its parts long enough to matter.
    public static IEnumerable<string> UserNameTerms(string? userName)
    {
        var whole = Compact(userName);
        if (whole.Length >= 3)
        {
            yield return whole;
        }

        foreach (var part in Words(userName))
        {
            yield return part;
        }
    }

    /// The words of a name, folded (marks dropped, đ as d, lower case), of at least <see cref="MinWordLength"/> letters.
    public static IEnumerable<string> Words(string? name) =>
        VietnameseText.Fold(name)
            .Split(c => !char.IsLetterOrDigit(c))
            .Where(w => w.Length >= MinWordLength)
            .Distinct();

    /// Folded, with everything but letters and digits left out: "Đảng-Viên 2026" is "dangvien2026".
    public static string Compact(string? text)
    {
        var folded = VietnameseText.Fold(text);
        var builder = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static string[] Split(this string text, Func<char, bool> separator)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var c in text)
        {
            if (separator(c))
            {
                if (current.Length > 0)
                {
                    words.Add(current.ToString());
                    current.Clear();
                }
            }
            else
            {
                current.Append(c);
            }
        }

        if (current.Length > 0)
        {
            words.Add(current.ToString());
        }

        return [.. words];
    }
}
