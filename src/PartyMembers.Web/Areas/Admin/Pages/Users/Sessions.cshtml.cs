using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using PartyMembers.Infrastructure.Identity;
using PartyMembers.Infrastructure.Persistence;
using PartyMembers.Web.Authorization;
using PartyMembers.Web.Localization;
using PartyMembers.Web.Pages;
using PartyMembers.Web.Security;

namespace PartyMembers.Web.Areas.Admin.Pages.Users;

/// An account's sessions, and "end all sessions" (OWASP ASVS 5.0 7.4.5): the account's security stamp is renewed, so
/// every session of it is refused at its next request, wherever it runs; the reason goes to the audit trail.
public sealed class SessionsModel(
    UserManager<ApplicationUser> users, PartyMembersDbContext db, SessionRevocation sessions, CurrentUser currentUser,
    IValidator<SessionsModel.EndAllInput> validator) : AppPageModel
{
    public const int ReasonMaxLength = 200;

    [BindProperty]
    public EndAllInput Input { get; set; } = new();

    public ApplicationUser Account { get; private set; } = null!;

    public IReadOnlyList<SessionView> Sessions { get; private set; } = [];

    public bool IsSelf => Account.Id == currentUser.UserId;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        if (IsSelf)
        {
            // Ending their own sessions here would sign the administrator out mid-task; their own page keeps this one.
            ModelState.AddModelError(string.Empty, T["Sessions.Admin.Error.Self"]);
            return Page();
        }

        AddValidation(await validator.ValidateAsync(Input));
        if (!ModelState.IsValid)
        {
            return Page();
        }

        db.ChangeReason = T["Sessions.Audit.EndedByAdministrator", Input.Reason!.Trim()];
        var result = await sessions.EndAllAsync(Account, SessionEndReason.EndedByAdministrator);
        if (!result.Succeeded)
        {
            AddConcurrencyError();
            return Page();
        }

        return Saved("Sessions.Admin.Status.Ended", "Sessions", new { id });
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        var account = await users.FindByIdAsync(id.ToString());
        if (account is null)
        {
            return false;
        }

        Account = account;
        Sessions = await sessions.ListAsync(id, SessionRevocation.Current(HttpContext), HttpContext.RequestAborted);
        return true;
    }

    public sealed class EndAllInput
    {
        public string? Reason { get; set; }
    }

    public sealed class EndAllValidator : AbstractValidator<EndAllInput>
    {
        public EndAllValidator(IStringLocalizer<Texts> texts)
        {
            RuleFor(x => x.Reason).Must(r => !string.IsNullOrWhiteSpace(r)).WithMessage(_ => texts["Sessions.Admin.Error.ReasonRequired"])
                .MaximumLength(ReasonMaxLength).WithMessage(_ => texts["Error.Text.TooLong", ReasonMaxLength]);
        }
    }
}
