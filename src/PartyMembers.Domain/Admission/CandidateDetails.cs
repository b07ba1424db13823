using PartyMembers.Domain.Common;
using PartyMembers.Domain.Members;

namespace PartyMembers.Domain.Admission;

/// The person on the register and the facts the admission criteria need: education, the mass organisations present
/// in the unit and the person's membership of them, marital status (who must be verified) and where they came from.
public sealed record CandidateDetails
{
    public const int NameMaxLength = MemberDetails.NameMaxLength;
    public const int TextMaxLength = 500;

    public string FullName { get; init; } = string.Empty;

    public Sex Sex { get; init; }

    public DateOnly DateOfBirth { get; init; }

    public string PersonalIdNumber { get; init; } = string.Empty;

    public string? Occupation { get; init; }

    public string? Residence { get; init; }

    public EducationLevel Education { get; init; }

    /// The basis for admitting without the lower-secondary diploma (mountain, island, ethnic-minority areas; Q294 §1.2).
    public string? EducationException { get; init; }

    public CandidateSource Source { get; init; }

    /// The organisation or member that introduced the person, in words.
    public string? SourceDetails { get; init; }

    /// The date the person was introduced to the cell's register.
    public DateOnly IntroducedOn { get; init; }

    /// The unit has a grassroots Youth Union organisation.
    public bool UnitHasYouthUnion { get; init; }

    /// The unit has a grassroots trade union.
    public bool UnitHasTradeUnion { get; init; }

    public bool IsYouthUnionMember { get; init; }

    public bool IsTradeUnionMember { get; init; }

    /// Married: the spouse and parents-in-law are verified too.
    public bool Married { get; init; }

    public CandidateDetails Normalised() => this with
    {
        FullName = VietnameseText.Tidy(FullName),
        PersonalIdNumber = Members.PersonalIdNumber.Normalise(PersonalIdNumber),
        Occupation = Blank(Occupation),
        Residence = Blank(Residence),
        EducationException = Blank(EducationException),
        SourceDetails = Blank(SourceDetails),
    };

    public IEnumerable<DomainError> Validate(DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(FullName))
        {
            yield return new DomainError("Member.FullNameRequired", nameof(FullName));
        }
        else if (FullName.Length > NameMaxLength)
        {
            yield return new DomainError("Text.TooLong", nameof(FullName), NameMaxLength);
        }

        if (!Enum.IsDefined(Sex))
        {
            yield return new DomainError("Value.Invalid", nameof(Sex));
        }

        if (DateOfBirth > today)
        {
            yield return new DomainError("Date.InFuture", nameof(DateOfBirth));
        }
        else if (DateOfBirth < new DateOnly(1900, 1, 1))
        {
            yield return new DomainError("Member.BirthDateTooEarly", nameof(DateOfBirth));
        }

        foreach (var error in Members.PersonalIdNumber.Validate(PersonalIdNumber, DateOfBirth, Sex, nameof(PersonalIdNumber)))
        {
            yield return error;
        }

        if (!Enum.IsDefined(Education))
        {
            yield return new DomainError("Value.Invalid", nameof(Education));
        }

        if (!Enum.IsDefined(Source))
        {
            yield return new DomainError("Value.Invalid", nameof(Source));
        }

        foreach (var (value, field, max) in new[]
                 {
                     (Occupation, nameof(Occupation), MemberDetails.ShortTextMaxLength),
                     (Residence, nameof(Residence), MemberDetails.PlaceMaxLength),
                     (EducationException, nameof(EducationException), TextMaxLength),
                     (SourceDetails, nameof(SourceDetails), TextMaxLength),
                 })
        {
            if (value is { } text && text.Length > max)
            {
                yield return new DomainError("Text.TooLong", field, max);
            }
        }

        if (IntroducedOn > today)
        {
            yield return new DomainError("Date.InFuture", nameof(IntroducedOn));
        }
        else if (IntroducedOn <= DateOfBirth)
        {
            yield return new DomainError("Admission.IntroducedBeforeBirth", nameof(IntroducedOn));
        }
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
