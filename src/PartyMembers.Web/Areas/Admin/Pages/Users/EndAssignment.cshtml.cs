using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using PartyMembers.Domain.Accounts;
using PartyMembers.Domain.Common;
using PartyMembers.Infrastructure.Identity;
using PartyMembers.Infrastructure.Persistence;
using PartyMembers.Web.Authorization;
using PartyMembers.Web.Features.Admin;
using PartyMembers.Web.Localization;
using PartyMembers.Web.Security;
using PartyMembers.Web.Pages;

namespace PartyMembers.Web.Areas.Admin.Pages.Users;

/// Ends an assignment on its last day (e.g. when a secretary's term ends). The assignment stays in the history.
public sealed class EndAssignmentModel(
    PartyMembersDbContext db, CurrentUser currentUser, IValidator<EndAssignmentModel.EndInput> validator, TimeProvider clock,
    UserManager<ApplicationUser> users, SessionRevocation sessions)
    : AppPageModel
{
    [BindProperty]
    public EndInput Input { get; set; } = new();

    public RoleAssignment Assignment { get; private set; } = null!;

    public ApplicationUser Account { get; private set; } = null!;

    public string UnitName { get; private set; } = string.Empty;

    /// The administrator's own administrator assignment: ending it would lock them out mid-task, so another
    /// administrator does it.
    public bool IsOwnAdministration => Assignment.UserId == currentUser.UserId && Assignment.Role == Role.Administrator;

    public async Task<IActionResult> OnGetAsync(Guid assignmentId)
    {
        var assignment = await db.RoleAssignments.AsNoTracking().FirstOrDefaultAsync(a => a.Id == assignmentId);
        if (assignment is null)
        {
            return NotFound();
        }

        await ShowAsync(assignment);
        Input.Version = assignment.Version;
        var today = VietnamTime.Today(clock);
        Input.LastDay = assignment.ValidFrom > today ? assignment.ValidFrom : today;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid assignmentId)
    {
        var assignment = await db.RoleAssignments.FirstOrDefaultAsync(a => a.Id == assignmentId);
        if (assignment is null)
        {
            return NotFound();
        }

        await ShowAsync(assignment);
        AddValidation(await validator.ValidateAsync(Input));
        if (IsOwnAdministration)
        {
            ModelState.AddModelError(string.Empty, T["Admin.Error.Assignment.OwnAdministrator"]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        db.Entry(assignment).Property(a => a.Version).OriginalValue = Input.Version;
        var result = assignment.End(Input.LastDay!.Value);
        if (!result.Succeeded)
        {
            // The domain names the assignment's own field; on this form the date typed is the last day.
            AddErrors(result.Errors.Select(e => e.Field == nameof(RoleAssignment.ValidTo) ? e with { Field = nameof(EndInput.LastDay) } : e));
            return Page();
        }

        db.ChangeReason = T["Admin.Audit.AssignmentEnded"];
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var current = await db.RoleAssignments.AsNoTracking().FirstAsync(a => a.Id == assignmentId);
            await ShowAsync(current);
            ModelState.Clear();
            Input = new EndInput { Version = current.Version, LastDay = Input.LastDay };
            AddConcurrencyError();
            return Page();
        }

        // A changed assignment ends the account's sessions (a new security stamp): the user signs in again.
        if (await users.FindByIdAsync(assignment.UserId.ToString()) is { } user)
        {
            await sessions.EndAllAsync(user, SessionEndReason.AccountChanged);
        }

        return Saved("Admin.Users.Status.AssignmentEnded", "Details", new { id = assignment.UserId });
    }

    private async Task ShowAsync(RoleAssignment assignment)
    {
        Assignment = assignment;
        Account = await db.Users.AsNoTracking().FirstAsync(u => u.Id == assignment.UserId);
        UnitName = await db.Units.AsNoTracking().Where(u => u.Id == assignment.UnitId).Select(u => u.Name).FirstAsync();
    }

    public sealed class EndInput
    {
        public Guid Version { get; set; }

        public DateOnly? LastDay { get; set; }
    }

    public sealed class EndValidator : AbstractValidator<EndInput>
    {
        public EndValidator(IStringLocalizer<Texts> texts)
        {
            RuleFor(x => x.LastDay).NotNull().WithMessage(_ => texts["Admin.Error.Assignment.LastDayRequired"]);
            RuleFor(x => x.LastDay).Plausible(texts);
        }
    }
}
