using System.Text.RegularExpressions;

namespace PartyMembers.Web.Features.Admin;

/// What an account's sign-in fields may hold. User names are typed on phones and read aloud over the telephone, so
/// they stay within plain letters, digits and a few separators.
public static partial class AccountRules
{
    /// Long passphrases are welcome (length over composition), but not unbounded: hashing a megabyte is a cheap attack.
    public const int PasswordMaxLength = 128;

    public static bool IsValidUserName(string? userName) => userName is not null && UserNamePattern().IsMatch(userName.Trim());

    [GeneratedRegex("^[A-Za-z0-9._-]{3,50}$", RegexOptions.CultureInvariant)]
    private static partial Regex UserNamePattern();
}
