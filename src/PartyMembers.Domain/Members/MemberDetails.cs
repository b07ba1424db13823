using PartyMembers.Domain.Common;

namespace PartyMembers.Domain.Members;

/// The person fields of the member sheet (phiếu đảng viên, form 2-HSĐV) that the registry keeps.
/// Field names match the input models so that errors land beside the right field.
public sealed record MemberDetails
{
    public const int NameMaxLength = 100;
    public const int PlaceMaxLength = 300;
    public const int ShortTextMaxLength = 100;
    public const int IntroducersMaxLength = 500;

    public string FullName { get; init; } = string.Empty;

    public string? OtherNames { get; init; }

    public Sex Sex { get; init; }

    public DateOnly DateOfBirth { get; init; }

    public string? BirthPlace { get; init; }

    public string? HomeTown { get; init; }

    public string? Residence { get; init; }

    public string? Ethnicity { get; init; }

    public string? Religion { get; init; }

    public string? Occupation { get; init; }

    public string? GeneralEducation { get; init; }

    public string? ProfessionalDegree { get; init; }

    public PoliticalTheoryLevel PoliticalTheory { get; init; }

    public string PersonalIdNumber { get; init; } = string.Empty;

    public string? ResumeNumber { get; init; }

    public string? CardNumber { get; init; }

    public string? Introducers { get; init; }

    /// The same details with names tidied, identifiers normalised and blank texts turned into nulls.
    public MemberDetails Normalised() => this with
    {
        FullName = VietnameseText.Tidy(FullName),
        OtherNames = Blank(OtherNames),
        BirthPlace = Blank(BirthPlace),
        HomeTown = Blank(HomeTown),
        Residence = Blank(Residence),
        Ethnicity = Blank(Ethnicity),
        Religion = Blank(Religion),
        Occupation = Blank(Occupation),
        GeneralEducation = Blank(GeneralEducation),
        ProfessionalDegree = Blank(ProfessionalDegree),
        PersonalIdNumber = Members.PersonalIdNumber.Normalise(PersonalIdNumber),
        ResumeNumber = Members.ResumeNumber.Normalise(ResumeNumber),
        CardNumber = Members.CardNumber.Normalise(CardNumber),
        Introducers = Blank(Introducers),
    };

    public IEnumerable<DomainError> Validate(DateOnly today)
    {
        var d = Normalised();
        if (d.FullName.Length == 0)
        {
            yield return new DomainError("Member.FullNameRequired", nameof(FullName));
        }

        foreach (var e in Length(d.FullName, NameMaxLength, nameof(FullName))
                     .Concat(Length(d.OtherNames, NameMaxLength, nameof(OtherNames)))
                     .Concat(Length(d.BirthPlace, PlaceMaxLength, nameof(BirthPlace)))
                     .Concat(Length(d.HomeTown, PlaceMaxLength, nameof(HomeTown)))
                     .Concat(Length(d.Residence, PlaceMaxLength, nameof(Residence)))
                     .Concat(Length(d.Ethnicity, ShortTextMaxLength, nameof(Ethnicity)))
                     .Concat(Length(d.Religion, ShortTextMaxLength, nameof(Religion)))
                     .Concat(Length(d.Occupation, PlaceMaxLength, nameof(Occupation)))
                     .Concat(Length(d.GeneralEducation, ShortTextMaxLength, nameof(GeneralEducation)))
                     .Concat(Length(d.ProfessionalDegree, PlaceMaxLength, nameof(ProfessionalDegree)))
                     .Concat(Length(d.Introducers, IntroducersMaxLength, nameof(Introducers))))
        {
            yield return e;
        }

        if (d.DateOfBirth > today)
        {
            yield return new DomainError("Date.InFuture", nameof(DateOfBirth));
        }
        else if (d.DateOfBirth < new DateOnly(1900, 1, 1))
        {
            yield return new DomainError("Member.BirthDateTooEarly", nameof(DateOfBirth));
        }

        if (!Enum.IsDefined(d.Sex))
        {
            yield return new DomainError("Value.Invalid", nameof(Sex));
        }

        if (!Enum.IsDefined(d.PoliticalTheory))
        {
            yield return new DomainError("Value.Invalid", nameof(PoliticalTheory));
        }

        foreach (var e in Members.PersonalIdNumber.Validate(d.PersonalIdNumber, d.DateOfBirth, d.Sex, nameof(PersonalIdNumber)))
        {
            yield return e;
        }

        foreach (var e in Members.ResumeNumber.Validate(d.ResumeNumber, nameof(ResumeNumber)))
        {
            yield return e;
        }

        foreach (var e in Members.CardNumber.Validate(d.CardNumber, d.PersonalIdNumber, nameof(CardNumber)))
        {
            yield return e;
        }
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static IEnumerable<DomainError> Length(string? value, int max, string field)
    {
        if (value is not null && value.Length > max)
        {
            yield return new DomainError("Text.TooLong", field, max);
        }
    }
}
