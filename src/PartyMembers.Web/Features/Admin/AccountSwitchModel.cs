using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using PartyMembers.Infrastructure.Identity;
using PartyMembers.Infrastructure.Persistence;
using PartyMembers.Web.Authorization;
using PartyMembers.Web.Pages;

namespace PartyMembers.Web.Features.Admin;

/// Disables or enables an account (the Disable and Enable pages). Accounts are never deleted, so the audit trail keeps
/// its names. A new security stamp makes the account's open sessions fail their next stamp check; meanwhile
/// <see cref="CurrentUser"/> already grants a disabled account nothing.
public abstract class AccountSwitchModel(UserManager<ApplicationUser> users, PartyMembersDbContext db, CurrentUser currentUser, bool disable)
    : AppPageModel
{
    [BindProperty]
    public SwitchInput Input { get; set; } = new();

    public ApplicationUser Account { get; private set; } = null!;

    public bool Disabling => disable;

    public bool IsSelf => Account.Id == currentUser.UserId;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var account = await users.FindByIdAsync(id.ToString());
        if (account is null)
        {
            return NotFound();
        }

        Account = account;
        Input.ConcurrencyStamp = account.ConcurrencyStamp;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        var account = await users.FindByIdAsync(id.ToString());
        if (account is null)
        {
            return NotFound();
        }

        Account = account;
        if (disable && IsSelf)
        {
            // An administrator who disables their own account cannot undo it; another administrator must do it.
            ModelState.AddModelError(string.Empty, T["Admin.Error.User.CannotDisableSelf"]);
            return Page();
        }

        if (account.IsDisabled == disable)
        {
            return Saved(disable ? "Admin.Users.Status.Disabled" : "Admin.Users.Status.Enabled", "Details", new { id });
        }

        // The page the administrator confirmed on must show the account as it still is.
        if (!string.Equals(Input.ConcurrencyStamp, account.ConcurrencyStamp, StringComparison.Ordinal))
        {
            ModelState.Clear();
            Input.ConcurrencyStamp = account.ConcurrencyStamp;
            AddConcurrencyError();
            return Page();
        }

        account.IsDisabled = disable;
        db.ChangeReason = T[disable ? "Admin.Audit.UserDisabled" : "Admin.Audit.UserEnabled"];
        var result = await users.UpdateSecurityStampAsync(account);
        if (!result.Succeeded)
        {
            IdentityErrorTexts.AddTo(ModelState, T, result.Errors, string.Empty, string.Empty, 0);
            return Page();
        }

        return Saved(disable ? "Admin.Users.Status.Disabled" : "Admin.Users.Status.Enabled", "Details", new { id });
    }

    public sealed class SwitchInput
    {
        public string? ConcurrencyStamp { get; set; }
    }
}
