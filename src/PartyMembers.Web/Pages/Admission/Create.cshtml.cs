using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using PartyMembers.Domain.Accounts;
using PartyMembers.Domain.Admission;
using PartyMembers.Domain.Members;
using PartyMembers.Infrastructure.Persistence;
using PartyMembers.Web.Authorization;
using PartyMembers.Web.Features.Admission;
using PartyMembers.Web.Features.Members;
using PartyMembers.Web.Infrastructure;
using PartyMembers.Web.Localization;

namespace PartyMembers.Web.Pages.Admission;

/// A cell secretary puts an outstanding person introduced by a mass organisation or a member on the cell's register.
public sealed class CreateModel(PartyMembersDbContext db, CurrentUser currentUser, UnitDirectory directory, AdmissionAccess access,
    IValidator<CreateModel.CandidateInput> validator) : AppPageModel
{
    [BindProperty]
    public CandidateInput Input { get; set; } = new();

    public IReadOnlyList<ActiveAssignment> Cells { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        Cells = await CellsAsync();
        if (Cells.Count == 0)
        {
            return Forbid();
        }

        Input.CellId = Cells.Count == 1 ? Cells[0].UnitId : null;
        Input.IntroducedOn = access.Today;
        Input.UnitHasYouthUnion = true;
        Input.UnitHasTradeUnion = true;
        ViewData["Breadcrumb"] = Crumbs();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        Cells = await CellsAsync();
        if (Cells.Count == 0)
        {
            return Forbid();
        }

        ViewData["Breadcrumb"] = Crumbs();
        AddValidation(await validator.ValidateAsync(Input));
        var acting = Cells.FirstOrDefault(a => a.UnitId == Input.CellId);
        if (Input.CellId is not null && acting is null)
        {
            ModelState.AddModelError("Input.CellId", T["Error.Admission.CellNotYours"]);
        }

        if (!ModelState.IsValid || acting is null)
        {
            return Page();
        }

        var cell = (await directory.FindAsync(acting.UnitId))!;
        var created = AdmissionCase.Register(Input.ToDetails(), cell.Id, cell.Type, access.Stamp(acting));
        if (!created.Succeeded)
        {
            AddErrors(created.Errors);
            return Page();
        }

        var pid = created.Value!.PersonalIdNumber;
        if (await db.Members.AnyAsync(m => m.PersonalIdNumber == pid))
        {
            ModelState.AddModelError("Input.PersonalIdNumber", T["Error.Admission.AlreadyMember"]);
            return Page();
        }

        if (await db.AdmissionCases.AnyAsync(c => c.PersonalIdNumber == pid && c.Stage != AdmissionStage.Withdrawn
                && c.Stage != AdmissionStage.NotAdmitted && c.Stage != AdmissionStage.RemovedFromList))
        {
            ModelState.AddModelError("Input.PersonalIdNumber", T["Error.Admission.AlreadyInCase"]);
            return Page();
        }

        db.AdmissionCases.Add(created.Value);
        db.ChangeReason = T["Audit.Admission.Registered"];
        await db.SaveChangesAsync();
        return Saved("Status.Admission.Registered", "Details", new { id = created.Value.Id });
    }

    private async Task<IReadOnlyList<ActiveAssignment>> CellsAsync() =>
        (await currentUser.AssignmentsAsync()).Where(a => a.Role == Role.CellSecretary).DistinctBy(a => a.UnitId).ToList();

    private List<Breadcrumb> Crumbs() => [new(T["Admission.Title"], "/Admission"), new(T["Admission.Create"])];

    public sealed class CandidateInput
    {
        public Guid? CellId { get; set; }

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
    }

    public sealed class CandidateValidator : AbstractValidator<CandidateInput>
    {
        public CandidateValidator(IStringLocalizer<Texts> texts)
        {
            RuleFor(x => x.CellId).NotNull().WithMessage(_ => texts["Error.Admission.CellRequired"]);
            RuleFor(x => x.FullName).NotEmpty().WithMessage(_ => texts["Error.Member.FullNameRequired"]);
            RuleFor(x => x.Sex).NotNull().WithMessage(_ => texts["Error.Admission.SexRequired"]).IsInEnum().WithMessage(_ => texts["Error.Value.Invalid"]);
            RuleFor(x => x.DateOfBirth).NotNull().WithMessage(_ => texts["Error.Admission.DateOfBirthRequired"]);
            RuleFor(x => x.PersonalIdNumber).NotEmpty().WithMessage(_ => texts["Error.Admission.PersonalIdRequired"]);
            RuleFor(x => x.Education).NotNull().WithMessage(_ => texts["Error.Admission.EducationRequired"]).IsInEnum().WithMessage(_ => texts["Error.Value.Invalid"]);
            RuleFor(x => x.Source).NotNull().WithMessage(_ => texts["Error.Admission.SourceRequired"]).IsInEnum().WithMessage(_ => texts["Error.Value.Invalid"]);
            RuleFor(x => x.IntroducedOn).NotNull().WithMessage(_ => texts["Error.Admission.IntroducedOnRequired"]);
        }
    }
}
