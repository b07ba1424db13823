using PartyMembers.Domain.Rules;

namespace PartyMembers.Testing;

/// Rule books made from the seeded national catalogue.
public static class RuleBooks
{
    /// Every seed of <see cref="RuleCatalogue.Defaults"/> turned into a parameter.
    public static IReadOnlyList<RuleParameter> CatalogueParameters() =>
        RuleCatalogue.Defaults.Select(s => s.ToParameter()).ToList();

    /// A rule book holding the whole national catalogue.
    public static RuleBook Defaults() => new(CatalogueParameters());
}
