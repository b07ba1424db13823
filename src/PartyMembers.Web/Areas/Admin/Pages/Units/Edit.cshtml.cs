using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using PartyMembers.Domain.Organisation;
using PartyMembers.Infrastructure.Persistence;
using PartyMembers.Web.Features.Admin;
using PartyMembers.Web.Localization;
using PartyMembers.Web.Pages;

namespace PartyMembers.Web.Areas.Admin.Pages.Units;

/// Renames a unit, changes its code and its authorisation to admit and expel. Its kind, place in the tree and dates
/// have their own pages (move, dissolve) because they carry consequences for the units below.
public sealed class EditModel(PartyMembersDbContext db, IValidator<EditModel.EditInput> validator) : AppPageModel
{
    [BindProperty]
    public EditInput Input { get; set; } = new();

    public OrganisationUnit Unit { get; private set; } = null!;

    public string? ParentName { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var unit = await db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Id == id);
        if (unit is null)
        {
            return NotFound();
        }

        await ShowAsync(unit);
        Input = EditInput.From(unit);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        var unit = await db.Units.FirstOrDefaultAsync(u => u.Id == id);
        if (unit is null)
        {
            return NotFound();
        }

        await ShowAsync(unit);
        if (unit.IsDissolved)
        {
            ModelState.AddModelError(string.Empty, T["Error.Unit.Dissolved"]);
            return Page();
        }

        Input.Id = id;
        AddValidation(await validator.ValidateAsync(Input));
        if (!ModelState.IsValid)
        {
            return Page();
        }

        // The version the administrator edited is the one the database must still hold.
        db.Entry(unit).Property(u => u.Version).OriginalValue = Input.Version;
        var renamed = unit.Rename(Input.Name!, Input.Code);
        var authorised = renamed.Succeeded ? unit.SetAuthorisationToAdmit(Input.AuthorisedToAdmitAndExpel) : renamed;
        if (!authorised.Succeeded)
        {
            AddErrors(authorised.Errors);
            return Page();
        }

        db.ChangeReason = T["Admin.Audit.UnitEdited"];
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            return await ShowCurrentAsync(id);
        }
        catch (DbUpdateException)
        {
            ModelState.AddModelError("Input.Code", T["Admin.Error.Unit.CodeTaken"]);
            return Page();
        }

        return Saved("Admin.Units.Status.Saved", "Index");
    }

    private async Task<IActionResult> ShowCurrentAsync(Guid id)
    {
        db.ChangeTracker.Clear();
        var current = await db.Units.AsNoTracking().FirstAsync(u => u.Id == id);
        await ShowAsync(current);
        ModelState.Clear();
        Input = EditInput.From(current);
        AddConcurrencyError();
        return Page();
    }

    private async Task ShowAsync(OrganisationUnit unit)
    {
        Unit = unit;
        ParentName = unit.ParentId is { } parentId
            ? await db.Units.AsNoTracking().Where(u => u.Id == parentId).Select(u => u.Name).FirstOrDefaultAsync()
            : null;
    }

    public sealed class EditInput
    {
        public Guid Id { get; set; }

        public Guid Version { get; set; }

        public string? Name { get; set; }

        public string? Code { get; set; }

        public bool AuthorisedToAdmitAndExpel { get; set; }

        public static EditInput From(OrganisationUnit unit) => new()
        {
            Id = unit.Id,
            Version = unit.Version,
            Name = unit.Name,
            Code = unit.Code,
            AuthorisedToAdmitAndExpel = unit.AuthorisedToAdmitAndExpel,
        };
    }

    public sealed class EditValidator : AbstractValidator<EditInput>
    {
        public EditValidator(IStringLocalizer<Texts> texts, PartyMembersDbContext db)
        {
            RuleFor(x => x.Name).NotEmpty().WithMessage(_ => texts["Error.Unit.NameRequired"])
                .MaximumLength(OrganisationUnit.NameMaxLength).WithMessage(_ => texts["Error.Text.TooLong", OrganisationUnit.NameMaxLength]);
            RuleFor(x => x.Code).MaximumLength(OrganisationUnit.CodeMaxLength)
                .WithMessage(_ => texts["Error.Text.TooLong", OrganisationUnit.CodeMaxLength]);
            RuleFor(x => x.Code).MustAsync(async (input, code, cancellation) => !await UnitCodes.TakenAsync(db, code, input.Id, cancellation))
                .WithMessage(_ => texts["Admin.Error.Unit.CodeTaken"]);
        }
    }
}
