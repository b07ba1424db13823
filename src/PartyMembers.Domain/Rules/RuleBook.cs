namespace PartyMembers.Domain.Rules;

/// The rule parameters in force: the domain asks for a value as of a date, and gets the version valid that day.
public sealed class RuleBook
{
    private readonly Dictionary<string, RuleParameter[]> _byKey;

    public RuleBook(IEnumerable<RuleParameter> parameters)
    {
        _byKey = parameters
            .GroupBy(p => p.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(p => p.ValidFrom).ToArray(), StringComparer.Ordinal);
    }

    public IReadOnlyCollection<string> Keys => _byKey.Keys;

    /// The version in force on <paramref name="asOf"/>, or null when the rule did not exist yet (or is unknown).
    public RuleParameter? Find(string key, DateOnly asOf)
    {
        if (!_byKey.TryGetValue(key, out var versions))
        {
            return null;
        }

        RuleParameter? found = null;
        foreach (var version in versions)
        {
            if (version.ValidFrom > asOf)
            {
                break;
            }

            found = version;
        }

        return found;
    }

    public RuleParameter Get(string key, DateOnly asOf) =>
        Find(key, asOf) ?? throw new RuleNotInForceException(key, asOf);

    public int GetInteger(string key, DateOnly asOf) => Get(key, asOf).AsInteger();

    public decimal GetDecimal(string key, DateOnly asOf) => Get(key, asOf).AsDecimal();

    public Fraction GetFraction(string key, DateOnly asOf) => Get(key, asOf).AsFraction();

    public string GetText(string key, DateOnly asOf) => Get(key, asOf).Value;

    public IReadOnlyList<RuleParameter> History(string key) =>
        _byKey.TryGetValue(key, out var versions) ? versions : [];
}

public sealed class RuleNotInForceException(string key, DateOnly asOf)
    : InvalidOperationException($"No version of rule '{key}' is in force on {asOf:yyyy-MM-dd}.")
{
    public string Key { get; } = key;

    public DateOnly AsOf { get; } = asOf;
}
