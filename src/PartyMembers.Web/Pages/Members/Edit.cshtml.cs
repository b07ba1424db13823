using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using PartyMembers.Domain.Accounts;
using PartyMembers.Domain.Common;
using PartyMembers.Domain.Members;
using PartyMembers.Infrastructure.Persistence;
using PartyMembers.Web.Authorization;
using PartyMembers.Web.Features.Members;
using PartyMembers.Web.Infrastructure;
using PartyMembers.Web.Localization;

namespace PartyMembers.Web.Pages.Members;

/// Corrects a member's personal details. The reason is required and kept with the change in the audit trail; a save
/// based on an outdated copy is refused and the current record is shown.
public sealed class EditModel(
    MemberAccess access, PartyMembersDbContext db, CurrentUser currentUser, IValidator<EditModel.EditInput> validator, TimeProvider clock)
    : AppPageModel
{
    [BindProperty]
    public EditInput Input { get; set; } = new();

    public Member Member { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var loaded = await access.LoadAsync(id, UnitOperations.EditMembers);
        if (loaded.Access != Access.Granted)
        {
            return loaded.Access == Access.NotFound ? NotFound() : Forbid();
        }

        Member = loaded.Member!;
        if (!await SeesPersonalIdAsync(loaded))
        {
            return Forbid();
        }

        if (Member.IsClosed)
        {
            return RedirectToPage("Details", new { id });
        }

        Input.CopyFrom(Member);
        Input.Id = Member.Id;
        Input.Version = Member.Version;
        await SetBreadcrumbAsync(loaded);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        var loaded = await access.LoadAsync(id, UnitOperations.EditMembers, track: true);
        if (loaded.Access != Access.Granted)
        {
            return loaded.Access == Access.NotFound ? NotFound() : Forbid();
        }

        Member = loaded.Member!;
        if (!await SeesPersonalIdAsync(loaded))
        {
            return Forbid();
        }

        await SetBreadcrumbAsync(loaded);
        Input.Id = id;
        AddValidation(await validator.ValidateAsync(Input));
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var covering = await currentUser.CoveringAsync(loaded.Unit!.Path, RoleRules.CanEditMembers);
        var stamp = new ChangeStamp(currentUser.UserId, currentUser.UserName, covering[0].Role, clock.GetUtcNow().UtcDateTime, VietnamTime.Today(clock));

        // The version the user edited is the one the database must still hold.
        db.Entry(Member).Property(m => m.Version).OriginalValue = Input.Version;
        var result = Member.UpdateDetails(Input.ToDetails(), stamp);
        if (!result.Succeeded)
        {
            AddErrors(result.Errors);
            return Page();
        }

        db.ChangeReason = Input.Reason!.Trim();
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
            ModelState.AddModelError(string.Empty, T["Error.Member.DuplicateOnSave"]);
            return Page();
        }

        return Saved("Status.MemberSaved", "Details", new { id });
    }

    /// The page edits the personal ID: a role that may not see it may not change it (docs/security.md "Field-level rules").
    /// Every role that keeps the registry sees it today; this holds the rule if the table ever changes.
    private async Task<bool> SeesPersonalIdAsync(LoadedMember loaded) =>
        FieldAccess.From(await currentUser.CoveringAsync(loaded.Unit!.Path, RoleRules.CanEditMembers)).PersonalId;

    private async Task<IActionResult> ShowCurrentAsync(Guid id)
    {
        db.ChangeTracker.Clear();
        var current = await db.Members.AsNoTracking().FirstAsync(m => m.Id == id);
        Member = current;
        ModelState.Clear();
        Input = new EditInput { Id = id, Version = current.Version };
        Input.CopyFrom(current);
        AddConcurrencyError();
        return Page();
    }

    private async Task SetBreadcrumbAsync(LoadedMember loaded)
    {
        var ancestry = await access.AncestryAsync(loaded.Unit!);
        ViewData["Breadcrumb"] = ancestry.Select(u => new Breadcrumb(u.Name))
            .Append(new Breadcrumb(loaded.Member!.FullName, $"/Members/Details/{loaded.Member.Id}"))
            .Append(new Breadcrumb(T["Members.Edit"])).ToList();
        ViewData["BirthDateLocked"] = loaded.Member.BirthDateCertified;
    }

    public sealed class EditInput : MemberDetailsInput
    {
        public Guid Id { get; set; }

        public Guid Version { get; set; }

        public string? Reason { get; set; }
    }

    public sealed class EditValidator : MemberDetailsValidator<EditInput>
    {
        public EditValidator(IStringLocalizer<Texts> texts, TimeProvider clock, PartyMembersDbContext db)
            : base(texts, clock, db, input => input.Id)
        {
            RuleFor(x => x.Reason).NotEmpty().WithMessage(_ => texts["Error.Edit.ReasonRequired"])
                .MaximumLength(StatusChange.ReasonMaxLength).WithMessage(_ => texts["Error.Text.TooLong", StatusChange.ReasonMaxLength]);
        }
    }
}
