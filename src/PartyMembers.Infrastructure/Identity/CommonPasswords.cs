namespace PartyMembers.Infrastructure.Identity;

/// The shipped list of common passwords (common-passwords.txt, an embedded resource; its source is named in its
/// header), read once.
public static class CommonPasswords
{
    private static readonly Lazy<HashSet<string>> List = new(Load);

    public static ISet<string> All => List.Value;

    private static HashSet<string> Load()
    {
        using var stream = typeof(CommonPasswords).Assembly.GetManifestResourceStream("PartyMembers.Infrastructure.Identity.common-passwords.txt")
            ?? throw new InvalidOperationException("The common password list is not embedded.");
        using var reader = new StreamReader(stream);
        var set = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                set.Add(line.Trim().ToLowerInvariant());
            }
        }

        return set;
    }
}
