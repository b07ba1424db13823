using PartyMembers.Domain.Common;

namespace PartyMembers.Domain.Members;

/// How a member already in the Party enters the registry: the dates of their admission and recognition and, when they
/// came from another organisation, the date they joined this one. The registration turns these into dated events.
public sealed record MembershipRecord
{
    public MembershipType Type { get; init; }

    /// Ngày ký quyết định kết nạp: party age counts from here (Q294 §4.5.1).
    public DateOnly AdmissionDecisionDate { get; init; }

    public LegalBasis? AdmissionDecision { get; init; }

    /// Ngày vào Đảng = the date of the admission ceremony (HD38 §I.2.2).
    public DateOnly CeremonyDate { get; init; }

    /// Ngày chính thức: the ceremony date plus the probation period (Q294 §4.2.2).
    public DateOnly? OfficialDate { get; init; }

    /// When the member came to this organisation by a transfer; null when admitted here.
    public DateOnly? JoinedOrganisationOn { get; init; }

    /// The birth date was certified in the résumé; it can no longer be changed (HD06 §9.2).
    public bool BirthDateCertified { get; init; }

    public IEnumerable<DomainError> Validate(DateOnly dateOfBirth, DateOnly today)
    {
        if (!Enum.IsDefined(Type))
        {
            yield return new DomainError("Value.Invalid", nameof(Type));
        }

        if (AdmissionDecisionDate > today)
        {
            yield return new DomainError("Date.InFuture", nameof(AdmissionDecisionDate));
        }
        else if (AdmissionDecisionDate <= dateOfBirth)
        {
            yield return new DomainError("Member.AdmissionBeforeBirth", nameof(AdmissionDecisionDate));
        }

        if (CeremonyDate > today)
        {
            yield return new DomainError("Date.InFuture", nameof(CeremonyDate));
        }
        else if (CeremonyDate < AdmissionDecisionDate)
        {
            yield return new DomainError("Member.CeremonyBeforeDecision", nameof(CeremonyDate));
        }

        if (Type == MembershipType.Official)
        {
            if (OfficialDate is null)
            {
                yield return new DomainError("Member.OfficialDateRequired", nameof(OfficialDate));
            }
            else if (OfficialDate > today)
            {
                yield return new DomainError("Date.InFuture", nameof(OfficialDate));
            }
            else if (OfficialDate <= CeremonyDate)
            {
                yield return new DomainError("Member.OfficialBeforeCeremony", nameof(OfficialDate));
            }
        }
        else if (OfficialDate is not null)
        {
            yield return new DomainError("Member.ProbationaryHasNoOfficialDate", nameof(OfficialDate));
        }

        if (JoinedOrganisationOn is { } joined)
        {
            if (joined > today)
            {
                yield return new DomainError("Date.InFuture", nameof(JoinedOrganisationOn));
            }
            else if (joined < CeremonyDate)
            {
                yield return new DomainError("Member.JoinedBeforeCeremony", nameof(JoinedOrganisationOn));
            }
        }
    }
}
