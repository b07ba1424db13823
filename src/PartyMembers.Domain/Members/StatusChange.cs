using PartyMembers.Domain.Common;

namespace PartyMembers.Domain.Members;

/// What a status change rests on: the date it takes effect, the decision or resolution, and why.
public sealed record StatusChange(DateOnly EffectiveDate, LegalBasis? Basis, string? Reason)
{
    public const int ReasonMaxLength = 1000;
}
