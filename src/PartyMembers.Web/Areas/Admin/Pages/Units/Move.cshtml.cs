using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using PartyMembers.Domain.Organisation;
using PartyMembers.Infrastructure.Persistence;
using PartyMembers.Web.Features.Admin;
using PartyMembers.Web.Features.Members;
using PartyMembers.Web.Localization;
using PartyMembers.Web.Pages;

namespace PartyMembers.Web.Areas.Admin.Pages.Units;

/// Places a unit (with everything below it) under another parent, e.g. when a cell passes to another grassroots
/// committee. The materialised paths of the whole subtree are rewritten in the same save.
public sealed class MoveModel(PartyMembersDbContext db, IValidator<MoveModel.MoveInput> validator) : AppPageModel
{
    [BindProperty]
    public MoveInput Input { get; set; } = new();

    public OrganisationUnit Unit { get; private set; } = null!;

    public string? ParentName { get; private set; }

    /// Active units the unit may be placed under: the right kind, not itself or below itself, not its current parent.
    public IReadOnlyList<UnitChoice> Parents { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var unit = await db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Id == id);
        if (unit is null)
        {
            return NotFound();
        }

        await ShowAsync(unit);
        Input.Version = unit.Version;
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
        if (unit.ParentId is null || unit.IsDissolved)
        {
            // The form is not offered for these; the page already says why.
            ModelState.AddModelError(string.Empty, T[unit.IsDissolved ? "Error.Unit.Dissolved" : "Admin.Units.Move.Top"]);
            return Page();
        }

        AddValidation(await validator.ValidateAsync(Input));
        var newParent = Input.ParentId is { } parentId ? await db.Units.FirstOrDefaultAsync(u => u.Id == parentId) : null;
        if (Input.ParentId is not null && newParent is null)
        {
            ModelState.AddModelError("Input.ParentId", T["Error.Unit.NotFound"]);
        }

        if (!ModelState.IsValid || newParent is null)
        {
            return Page();
        }

        var path = unit.Path;
        var subtree = await db.Units.Where(u => u.Path.StartsWith(path) && u.Id != unit.Id).ToListAsync();
        db.Entry(unit).Property(u => u.Version).OriginalValue = Input.Version;
        var result = unit.MoveTo(newParent, subtree);
        if (!result.Succeeded)
        {
            AddErrors(result.Errors);
            return Page();
        }

        db.ChangeReason = T["Admin.Audit.UnitMoved", newParent.Name];
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var current = await db.Units.AsNoTracking().FirstAsync(u => u.Id == id);
            await ShowAsync(current);
            ModelState.Clear();
            Input = new MoveInput { Version = current.Version };
            AddConcurrencyError();
            return Page();
        }

        return Saved("Admin.Units.Status.Moved", "Index");
    }

    private async Task ShowAsync(OrganisationUnit unit)
    {
        Unit = unit;
        var active = await AdminUnits.ActiveAsync(db, HttpContext.RequestAborted);
        ParentName = unit.ParentId is { } parentId
            ? await db.Units.AsNoTracking().Where(u => u.Id == parentId).Select(u => u.Name).FirstOrDefaultAsync()
            : null;
        Parents = active
            .Where(p => !p.Path.StartsWith(unit.Path, StringComparison.Ordinal) && p.Id != unit.ParentId)
            .Where(p => UnitTypeRules.CanBeChildOf(unit.Type, p.Type))
            .ToList();
    }

    public sealed class MoveInput
    {
        public Guid Version { get; set; }

        public Guid? ParentId { get; set; }
    }

    public sealed class MoveValidator : AbstractValidator<MoveInput>
    {
        public MoveValidator(IStringLocalizer<Texts> texts)
        {
            RuleFor(x => x.ParentId).NotNull().WithMessage(_ => texts["Admin.Error.Unit.NewParentRequired"]);
        }
    }
}
