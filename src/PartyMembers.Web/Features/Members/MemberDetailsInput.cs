using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using PartyMembers.Domain.Common;
using PartyMembers.Domain.Members;
using PartyMembers.Infrastructure.Persistence;
using PartyMembers.Web.Infrastructure;
using PartyMembers.Web.Localization;

namespace PartyMembers.Web.Features.Members;

/// The personal details fields of the member forms (create and edit share them).
public class MemberDetailsInput
{
    public string? FullName { get; set; }

    public string? OtherNames { get; set; }

    public Sex? Sex { get; set; }

    public DateOnly? DateOfBirth { get; set; }

    public string? BirthPlace { get; set; }

    public string? HomeTown { get; set; }

    public string? Residence { get; set; }

    public string? Ethnicity { get; set; }

    public string? Religion { get; set; }

    public string? Occupation { get; set; }

    public string? GeneralEducation { get; set; }

    public string? ProfessionalDegree { get; set; }

    public PoliticalTheoryLevel? PoliticalTheory { get; set; }

    public string? PersonalIdNumber { get; set; }

    public string? ResumeNumber { get; set; }

    public string? CardNumber { get; set; }

    public string? Introducers { get; set; }

    public MemberDetails ToDetails() => new()
    {
        FullName = FullName ?? string.Empty,
        OtherNames = OtherNames,
        Sex = Sex ?? Domain.Members.Sex.Male,
        DateOfBirth = DateOfBirth ?? default,
        BirthPlace = BirthPlace,
        HomeTown = HomeTown,
        Residence = Residence,
        Ethnicity = Ethnicity,
        Religion = Religion,
        Occupation = Occupation,
        GeneralEducation = GeneralEducation,
        ProfessionalDegree = ProfessionalDegree,
        PoliticalTheory = PoliticalTheory ?? PoliticalTheoryLevel.None,
        PersonalIdNumber = PersonalIdNumber ?? string.Empty,
        ResumeNumber = ResumeNumber,
        CardNumber = CardNumber,
        Introducers = Introducers,
    };

    public void CopyFrom(Member member)
    {
        FullName = member.FullName;
        OtherNames = member.OtherNames;
        Sex = member.Sex;
        DateOfBirth = member.DateOfBirth;
        BirthPlace = member.BirthPlace;
        HomeTown = member.HomeTown;
        Residence = member.Residence;
        Ethnicity = member.Ethnicity;
        Religion = member.Religion;
        Occupation = member.Occupation;
        GeneralEducation = member.GeneralEducation;
        ProfessionalDegree = member.ProfessionalDegree;
        PoliticalTheory = member.PoliticalTheory;
        PersonalIdNumber = member.PersonalIdNumber;
        ResumeNumber = member.ResumeNumber;
        CardNumber = member.CardNumber;
        Introducers = member.Introducers;
    }
}

/// The rules of the details fields: required fields here, every other rule from the domain (so the form and the
/// domain can never disagree), and uniqueness of the identifiers against the registry.
public abstract class MemberDetailsValidator<TInput> : AbstractValidator<TInput>
    where TInput : MemberDetailsInput
{
    protected MemberDetailsValidator(IStringLocalizer<Texts> texts, TimeProvider clock, PartyMembersDbContext db, Func<TInput, Guid?> self)
    {
        RuleFor(x => x.FullName).NotEmpty().WithMessage(_ => texts["Error.Member.FullNameRequired"]);
        RuleFor(x => x.Sex).NotNull().WithMessage(_ => texts["Error.Member.SexRequired"])
            .IsInEnum().WithMessage(_ => texts["Error.Value.Invalid"]);
        RuleFor(x => x.DateOfBirth).NotNull().WithMessage(_ => texts["Error.Member.DateOfBirthRequired"]);
        RuleFor(x => x.PoliticalTheory).IsInEnum().WithMessage(_ => texts["Error.Value.Invalid"]);
        RuleFor(x => x).Custom((input, context) =>
        {
            // Without a valid birth date or sex the other fields are still checked, but not their agreement with them.
            var complete = input.DateOfBirth is not null && input.Sex is not null && Enum.IsDefined(input.Sex.Value);
            var today = VietnamTime.Today(clock);
            var details = input.ToDetails();
            if (!complete)
            {
                details = details with { DateOfBirth = input.DateOfBirth ?? today, Sex = complete ? details.Sex : Domain.Members.Sex.Male };
            }

            foreach (var error in details.Validate(today)
                         .Where(e => e.Field is not (nameof(MemberDetails.FullName) or nameof(MemberDetails.Sex)))
                         .Where(e => complete || (e.Field != nameof(MemberDetails.DateOfBirth)
                                                  && e.Code is not ("PersonalId.CenturySex" or "PersonalId.BirthYear"))))
            {
                context.AddFailure(error.Field ?? string.Empty, texts.Error(error));
            }
        });
        RuleFor(x => x.PersonalIdNumber)
            .MustAsync(async (input, value, cancellation) =>
            {
                var id = Domain.Members.PersonalIdNumber.Normalise(value);
                var selfId = self(input);
                return id.Length == 0 || !await db.Members.AnyAsync(m => m.PersonalIdNumber == id && m.Id != selfId, cancellation);
            })
            .WithMessage(_ => texts["Error.PersonalId.Duplicate"]);
        RuleFor(x => x.ResumeNumber)
            .MustAsync(async (input, value, cancellation) =>
            {
                var number = Domain.Members.ResumeNumber.Normalise(value);
                var selfId = self(input);
                return number is null || !await db.Members.AnyAsync(m => m.ResumeNumber == number && m.Id != selfId, cancellation);
            })
            .WithMessage(_ => texts["Error.ResumeNumber.Duplicate"]);
        RuleFor(x => x.CardNumber)
            .MustAsync(async (input, value, cancellation) =>
            {
                var number = Domain.Members.CardNumber.Normalise(value);
                var selfId = self(input);
                return number is null || !await db.Members.AnyAsync(m => m.CardNumber == number && m.Id != selfId, cancellation);
            })
            .WithMessage(_ => texts["Error.CardNumber.Duplicate"]);
    }
}
