using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using PartyMembers.Domain.Admission;
using PartyMembers.Domain.Members;
using PartyMembers.Infrastructure.Persistence;
using PartyMembers.Web.Localization;

namespace PartyMembers.Web.Features.Admission;

/// The person's details as typed on the register form and on the correction form.
public class CandidateFields
{
    public string? FullName { get; set; }

    public Sex? Sex { get; set; }

    public DateOnly? DateOfBirth { get; set; }

    public string? PersonalIdNumber { get; set; }

    public string? Occupation { get; set; }

    public string? Residence { get; set; }

    public EducationLevel? Education { get; set; }

    public string? EducationException { get; set; }

    public CandidateSource? Source { get; set; }

    public string? SourceDetails { get; set; }

    public DateOnly? IntroducedOn { get; set; }

    public bool UnitHasYouthUnion { get; set; }

    public bool UnitHasTradeUnion { get; set; }

    public bool IsYouthUnionMember { get; set; }

    public bool IsTradeUnionMember { get; set; }

    public bool Married { get; set; }

    public CandidateDetails ToDetails() => new()
    {
        FullName = FullName ?? string.Empty,
        Sex = Sex ?? default,
        DateOfBirth = DateOfBirth ?? default,
        PersonalIdNumber = PersonalIdNumber ?? string.Empty,
        Occupation = Occupation,
        Residence = Residence,
        Education = Education ?? default,
        EducationException = EducationException,
        Source = Source ?? default,
        SourceDetails = SourceDetails,
        IntroducedOn = IntroducedOn ?? default,
        UnitHasYouthUnion = UnitHasYouthUnion,
        UnitHasTradeUnion = UnitHasTradeUnion,
        IsYouthUnionMember = IsYouthUnionMember,
        IsTradeUnionMember = IsTradeUnionMember,
        Married = Married,
    };

    /// Fills the fields from a case on the register.
    public void CopyFrom(AdmissionCase c)
    {
        FullName = c.FullName;
        Sex = c.Sex;
        DateOfBirth = c.DateOfBirth;
        PersonalIdNumber = c.PersonalIdNumber;
        Occupation = c.Occupation;
        Residence = c.Residence;
        Education = c.Education;
        EducationException = c.EducationException;
        Source = c.Source;
        SourceDetails = c.SourceDetails;
        IntroducedOn = c.IntroducedOn;
        UnitHasYouthUnion = c.UnitHasYouthUnion;
        UnitHasTradeUnion = c.UnitHasTradeUnion;
        IsYouthUnionMember = c.IsYouthUnionMember;
        IsTradeUnionMember = c.IsTradeUnionMember;
        Married = c.Married;
    }

    /// The key of the message when the personal ID number is already a member's or another open case's; null when free.
    public static async Task<string?> PersonalIdTakenAsync(PartyMembersDbContext db, string personalIdNumber, Guid? exceptCase = null)
    {
        if (await db.Members.AnyAsync(m => m.PersonalIdNumber == personalIdNumber))
        {
            return "Error.Admission.AlreadyMember";
        }

        var inCase = await db.AdmissionCases.AnyAsync(c => c.PersonalIdNumber == personalIdNumber && c.Id != exceptCase
            && c.Stage != AdmissionStage.Withdrawn && c.Stage != AdmissionStage.NotAdmitted && c.Stage != AdmissionStage.RemovedFromList);
        return inCase ? "Error.Admission.AlreadyInCase" : null;
    }
}

/// The rules every form with the person's details checks before the domain does.
public abstract class CandidateRules<T> : AbstractValidator<T>
    where T : CandidateFields
{
    protected CandidateRules(IStringLocalizer<Texts> texts)
    {
        RuleFor(x => x.FullName).NotEmpty().WithMessage(_ => texts["Error.Member.FullNameRequired"]);
        RuleFor(x => x.Sex).NotNull().WithMessage(_ => texts["Error.Admission.SexRequired"]).IsInEnum().WithMessage(_ => texts["Error.Value.Invalid"]);
        RuleFor(x => x.DateOfBirth).NotNull().WithMessage(_ => texts["Error.Admission.DateOfBirthRequired"]);
        RuleFor(x => x.PersonalIdNumber).NotEmpty().WithMessage(_ => texts["Error.Admission.PersonalIdRequired"]);
        RuleFor(x => x.Education).NotNull().WithMessage(_ => texts["Error.Admission.EducationRequired"]).IsInEnum().WithMessage(_ => texts["Error.Value.Invalid"]);
        RuleFor(x => x.Source).NotNull().WithMessage(_ => texts["Error.Admission.SourceRequired"]).IsInEnum().WithMessage(_ => texts["Error.Value.Invalid"]);
        RuleFor(x => x.IntroducedOn).NotNull().WithMessage(_ => texts["Error.Admission.IntroducedOnRequired"]);
    }
}
