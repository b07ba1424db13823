using PartyMembers.Domain.Common;
using PartyMembers.Domain.Rules;

namespace PartyMembers.Domain.Admission;

/// A person left out of a vote's denominator, named, with the reason the rules allow (Q294 §9.3.2-9.3.3).
public sealed record VoteExclusionEntry(string Name, ExclusionReason Reason)
{
    public const int NameMaxLength = 100;
}

/// How a threshold is applied: "at least" a share (≥ 2/3) or "more than" a share (> 1/2).
public enum ThresholdKind
{
    AtLeast,
    MoreThan,
}

/// The counts of one vote as entered, checked, with the legal denominator and the threshold applied. The denominator
/// is the registered count (official members of the cell from the registry, or the body's sitting members) minus the
/// named exclusions; the required count is computed from it with the rule in force on the meeting date.
public sealed record VoteTally
{
    public required VoteLevel Level { get; init; }

    public required int Registered { get; init; }

    public required IReadOnlyList<VoteExclusionEntry> Excluded { get; init; }

    public required int Present { get; init; }

    public required int InFavour { get; init; }

    public required int Against { get; init; }

    public int Denominator => Registered - Excluded.Count;

    public static string RuleKeyFor(VoteLevel level) => level switch
    {
        VoteLevel.Cell => RuleKeys.CellVoteMinShare,
        VoteLevel.GrassrootsCommittee => RuleKeys.GrassrootsCommitteeVoteMinShare,
        VoteLevel.StandingCommittee => RuleKeys.StandingCommitteeVoteMoreThanShare,
        _ => RuleKeys.AuthorisedGrassrootsVoteMinShare,
    };

    public static ThresholdKind KindFor(VoteLevel level) =>
        level == VoteLevel.StandingCommittee ? ThresholdKind.MoreThan : ThresholdKind.AtLeast;

    /// The smallest number in favour that passes.
    public static int RequiredFor(ThresholdKind kind, Fraction share, int denominator) =>
        kind == ThresholdKind.AtLeast ? share.AtLeastOf(denominator) : share.MoreThanOf(denominator);

    /// Checks the counts; errors name the field they belong beside.
    public IEnumerable<DomainError> Validate()
    {
        if (Registered < 1)
        {
            yield return new DomainError("Vote.RegisteredRequired", nameof(Registered));
        }

        if (Excluded.Count > Registered)
        {
            yield return new DomainError("Vote.TooManyExcluded", nameof(Excluded), Registered);
        }

        foreach (var entry in Excluded)
        {
            if (string.IsNullOrWhiteSpace(entry.Name))
            {
                yield return new DomainError("Vote.ExcludedNameRequired", nameof(Excluded));
                break;
            }

            if (entry.Name.Trim().Length > VoteExclusionEntry.NameMaxLength)
            {
                yield return new DomainError("Text.TooLong", nameof(Excluded), VoteExclusionEntry.NameMaxLength);
                break;
            }

            if (!Enum.IsDefined(entry.Reason))
            {
                yield return new DomainError("Value.Invalid", nameof(Excluded));
                break;
            }
        }

        if (Present < 0 || InFavour < 0 || Against < 0)
        {
            yield return new DomainError("Vote.Negative", Present < 0 ? nameof(Present) : InFavour < 0 ? nameof(InFavour) : nameof(Against));
            yield break;
        }

        if (Registered >= 1 && Excluded.Count <= Registered && Present > Denominator)
        {
            yield return new DomainError("Vote.PresentExceedsDenominator", nameof(Present), Denominator);
        }

        if ((long)InFavour + Against > Present)
        {
            yield return new DomainError("Vote.VotesExceedPresent", nameof(InFavour), Present);
        }
    }
}

/// The result of applying the threshold to a valid tally.
public sealed record VoteOutcome(int Denominator, Fraction Share, ThresholdKind Kind, int Required, bool Passed, string RuleSource)
{
    public static VoteOutcome Apply(VoteTally tally, RuleBook rules, DateOnly meetingDate)
    {
        var rule = rules.Get(VoteTally.RuleKeyFor(tally.Level), meetingDate);
        var share = rule.AsFraction();
        var kind = VoteTally.KindFor(tally.Level);
        var required = VoteTally.RequiredFor(kind, share, tally.Denominator);
        return new VoteOutcome(tally.Denominator, share, kind, required, tally.InFavour >= required, rule.Source);
    }
}
