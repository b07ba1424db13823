using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using PartyMembers.Domain.Common;
using PartyMembers.Domain.Organisation;
using PartyMembers.Infrastructure.Persistence;
using PartyMembers.Web.Features.Admin;
using PartyMembers.Web.Features.Members;
using PartyMembers.Web.Infrastructure;
using PartyMembers.Web.Localization;
using PartyMembers.Web.Pages;

namespace PartyMembers.Web.Areas.Admin.Pages.Units;

/// Creates a unit under an active parent, or the top unit when the registry is still empty (there is only one top).
public sealed class CreateModel(PartyMembersDbContext db, IValidator<CreateModel.CreateInput> validator, TimeProvider clock) : AppPageModel
{
    [BindProperty]
    public CreateInput Input { get; set; } = new();

    public IReadOnlyList<UnitChoice> Parents { get; private set; } = [];

    /// No unit exists yet: this form creates the top unit.
    public bool IsFirstUnit { get; private set; }

    /// The kinds offered: those allowed under the chosen parent (all kinds that need a parent when none is chosen yet).
    public IReadOnlyList<UnitType> Types { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid? parent)
    {
        await LoadChoicesAsync();
        if (parent is not null && Parents.All(p => p.Id != parent))
        {
            return NotFound();
        }

        Input.ParentId = parent;
        SetTypes();
        if (Types.Count == 1)
        {
            Input.Type = Types[0];
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadChoicesAsync();
        SetTypes();
        var parent = Input.ParentId is { } parentId ? await db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Id == parentId) : null;
        AddValidation(await validator.ValidateAsync(Input));
        if (Input.ParentId is not null && parent is null)
        {
            ModelState.AddModelError("Input.ParentId", T["Error.Unit.NotFound"]);
        }
        else if (Input.ParentId is null && !IsFirstUnit && !HasError("Input.ParentId"))
        {
            // The registry has one top unit (the committee this installation serves); everything else hangs below it.
            ModelState.AddModelError("Input.ParentId", T["Admin.Error.Unit.ParentRequired"]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var today = VietnamTime.Today(clock);
        var decision = DecisionFields.ToBasis(Input.DecisionNumber, Input.DecisionDate, Input.DecisionIssuer);
        var result = parent is null
            ? OrganisationUnit.CreateRoot(Input.Type!.Value, Input.Name!, Input.Code, Input.EstablishedOn!.Value, decision, today)
            : parent.CreateChild(Input.Type!.Value, Input.Name!, Input.Code, Input.EstablishedOn!.Value, decision, today);
        if (!result.Succeeded)
        {
            AddErrors(result.Errors);
            return Page();
        }

        var unit = result.Value!;
        var authorised = unit.SetAuthorisationToAdmit(Input.AuthorisedToAdmitAndExpel);
        if (!authorised.Succeeded)
        {
            AddErrors(authorised.Errors);
            return Page();
        }

        db.Units.Add(unit);
        db.ChangeReason = T["Admin.Audit.UnitCreated"];
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException)
        {
            // The code became taken between the check and the save: the unique index refused it.
            ModelState.AddModelError("Input.Code", T["Admin.Error.Unit.CodeTaken"]);
            return Page();
        }

        return Saved("Admin.Units.Status.Created", "Index");
    }

    private async Task LoadChoicesAsync()
    {
        // Only units that can have something below them are offered (a party group, for one, cannot).
        Parents = (await AdminUnits.ActiveAsync(db, HttpContext.RequestAborted))
            .Where(u => UnitTypeRules.ChildTypesOf(u.Type).Count > 0).ToList();
        IsFirstUnit = !await db.Units.AnyAsync(HttpContext.RequestAborted);
    }

    private void SetTypes()
    {
        var parent = Parents.FirstOrDefault(p => p.Id == Input.ParentId);
        Types = IsFirstUnit ? AdminUnits.TypesUnder(null)
            : parent is not null ? AdminUnits.TypesUnder(parent.Type)
            : Enum.GetValues<UnitType>().Where(t => !UnitTypeRules.IsRoot(t)).ToList();
    }

    public sealed class CreateInput
    {
        public Guid? ParentId { get; set; }

        public UnitType? Type { get; set; }

        public string? Name { get; set; }

        public string? Code { get; set; }

        public DateOnly? EstablishedOn { get; set; }

        public string? DecisionNumber { get; set; }

        public DateOnly? DecisionDate { get; set; }

        public string? DecisionIssuer { get; set; }

        public bool AuthorisedToAdmitAndExpel { get; set; }
    }

    public sealed class CreateValidator : AbstractValidator<CreateInput>
    {
        public CreateValidator(IStringLocalizer<Texts> texts, TimeProvider clock, PartyMembersDbContext db)
        {
            RuleFor(x => x.Type).NotNull().WithMessage(_ => texts["Admin.Error.Unit.TypeRequired"])
                .IsInEnum().WithMessage(_ => texts["Error.Value.Invalid"]);
            RuleFor(x => x.Name).NotEmpty().WithMessage(_ => texts["Error.Unit.NameRequired"])
                .MaximumLength(OrganisationUnit.NameMaxLength).WithMessage(_ => texts["Error.Text.TooLong", OrganisationUnit.NameMaxLength]);
            RuleFor(x => x.Code).MaximumLength(OrganisationUnit.CodeMaxLength)
                .WithMessage(_ => texts["Error.Text.TooLong", OrganisationUnit.CodeMaxLength]);
            RuleFor(x => x.Code).MustAsync(async (code, cancellation) => !await UnitCodes.TakenAsync(db, code, null, cancellation))
                .WithMessage(_ => texts["Admin.Error.Unit.CodeTaken"]);
            RuleFor(x => x.EstablishedOn).NotNull().WithMessage(_ => texts["Admin.Error.Unit.EstablishedOnRequired"]);
            RuleFor(x => x.EstablishedOn).Plausible(texts);
            RuleFor(x => x.DecisionDate).Plausible(texts);
            RuleFor(x => x.AuthorisedToAdmitAndExpel).Equal(false)
                .When(x => x.Type is not null && !UnitTypeRules.CanBeAuthorisedToAdmit(x.Type.Value))
                .WithMessage(_ => texts["Error.Unit.CannotBeAuthorisedToAdmit"]);
            RuleFor(x => x).Custom((input, context) =>
            {
                // The establishment decision is optional (older units often have none on file), but when given it must
                // be complete: a number alone does not identify a decision.
                if (!DecisionFields.AnyGiven(input.DecisionNumber, input.DecisionDate, input.DecisionIssuer))
                {
                    return;
                }

                var errors = DecisionFields.Validate(input.DecisionNumber, input.DecisionDate, input.DecisionIssuer, VietnamTime.Today(clock),
                    nameof(input.DecisionNumber), nameof(input.DecisionDate), nameof(input.DecisionIssuer));
                foreach (var error in errors)
                {
                    context.AddFailure(error.Field!, TextExtensions.Error(texts, error));
                }
            });
        }
    }
}
