using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using PartyMembers.Domain.Accounts;
using PartyMembers.Domain.Common;
using PartyMembers.Infrastructure.Identity;
using PartyMembers.Infrastructure.Persistence;
using PartyMembers.Web.Features.Admin;
using PartyMembers.Web.Features.Members;
using PartyMembers.Web.Infrastructure;
using PartyMembers.Web.Localization;
using PartyMembers.Web.Security;
using PartyMembers.Web.Pages;

namespace PartyMembers.Web.Areas.Admin.Pages.Users;

/// Gives an account a role in a unit for a period. The role's rights reach the unit and everything below it, so the
/// kind of unit must fit the role (a cell secretary in a cell, the organisation board in the upper committee).
public sealed class AddAssignmentModel(
    PartyMembersDbContext db, IValidator<AddAssignmentModel.AssignmentInput> validator, TimeProvider clock,
    UserManager<ApplicationUser> users, SessionRevocation sessions)
    : AppPageModel
{
    [BindProperty]
    public AssignmentInput Input { get; set; } = new();

    public ApplicationUser Account { get; private set; } = null!;

    public IReadOnlyList<UnitChoice> Units { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        Input.ValidFrom = VietnamTime.Today(clock);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        AddValidation(await validator.ValidateAsync(Input));
        var unit = Input.UnitId is { } unitId ? await db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Id == unitId) : null;
        if (Input.UnitId is not null && unit is null)
        {
            ModelState.AddModelError("Input.UnitId", T["Error.Unit.NotFound"]);
        }

        if (!ModelState.IsValid || unit is null)
        {
            return Page();
        }

        var result = RoleAssignment.Grant(
            id, Input.Role!.Value, unit.Id, unit.Type, unit.IsDissolved, Input.ValidFrom!.Value, Input.ValidTo, Input.Note?.Trim());
        if (!result.Succeeded)
        {
            AddErrors(result.Errors);
            return Page();
        }

        // The same role in the same unit twice at once would only blur the history; the existing one is extended instead.
        var from = Input.ValidFrom.Value;
        var to = Input.ValidTo ?? DateOnly.MaxValue;
        var role = Input.Role.Value;
        var overlapping = await db.RoleAssignments.AsNoTracking()
            .Where(a => a.UserId == id && a.UnitId == unit.Id && a.Role == role && a.ValidFrom <= to && (a.ValidTo == null || a.ValidTo >= from))
            .Select(a => (DateOnly?)a.ValidFrom).FirstOrDefaultAsync();
        if (overlapping is not null)
        {
            ModelState.AddModelError("Input.ValidFrom", T["Admin.Error.Assignment.Overlaps", Format.Date(overlapping.Value)]);
            return Page();
        }

        db.RoleAssignments.Add(result.Value!);
        db.ChangeReason = T["Admin.Audit.AssignmentGranted"];
        await db.SaveChangesAsync();

        // A changed assignment ends the account's sessions (a new security stamp): the user signs in again.
        if (await users.FindByIdAsync(id.ToString()) is { } user)
        {
            await sessions.EndAllAsync(user, SessionEndReason.AccountChanged);
        }

        return Saved("Admin.Users.Status.AssignmentAdded", "Details", new { id });
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        var account = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == id);
        if (account is null)
        {
            return false;
        }

        Account = account;
        Units = await AdminUnits.ActiveAsync(db, HttpContext.RequestAborted);
        return true;
    }

    public sealed class AssignmentInput
    {
        public Role? Role { get; set; }

        public Guid? UnitId { get; set; }

        public DateOnly? ValidFrom { get; set; }

        public DateOnly? ValidTo { get; set; }

        public string? Note { get; set; }
    }

    public sealed class AssignmentValidator : AbstractValidator<AssignmentInput>
    {
        public AssignmentValidator(IStringLocalizer<Texts> texts)
        {
            RuleFor(x => x.Role).NotNull().WithMessage(_ => texts["Admin.Error.Assignment.RoleRequired"])
                .IsInEnum().WithMessage(_ => texts["Error.Value.Invalid"]);
            RuleFor(x => x.UnitId).NotNull().WithMessage(_ => texts["Admin.Error.Assignment.UnitRequired"]);
            RuleFor(x => x.ValidFrom).NotNull().WithMessage(_ => texts["Admin.Error.Assignment.FromRequired"]);
            RuleFor(x => x.ValidFrom).Plausible(texts);
            RuleFor(x => x.ValidTo).Plausible(texts);
            RuleFor(x => x.ValidTo).GreaterThanOrEqualTo(x => x.ValidFrom).When(x => x.ValidFrom is not null && x.ValidTo is not null)
                .WithMessage(_ => texts["Error.Assignment.EndsBeforeStart"]);
            RuleFor(x => x.Note).MaximumLength(RoleAssignment.NoteMaxLength)
                .WithMessage(_ => texts["Error.Text.TooLong", RoleAssignment.NoteMaxLength]);
        }
    }
}
