using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using PartyMembers.Infrastructure.Identity;
using PartyMembers.Web.Security;

namespace PartyMembers.Web.Pages.Account.Manage;

/// Turns two-step verification off, after the password, only where it is not required. The key and the recovery codes
/// are replaced, so that turning it on again means a new key.
public sealed class Disable2faModel(UserManager<ApplicationUser> users, SignInManager<ApplicationUser> signIn) : AccountPageModel
{
    [BindProperty]
    public DisableInput Input { get; set; } = new();

    public bool Required { get; private set; }

    public bool Enabled { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        Load(user);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        Load(user);
        if (Required)
        {
            return Forbid();
        }

        if (IsThrottled)
        {
            return Throttled();
        }

        if (!Enabled)
        {
            return RedirectToPage("/Account/Manage/Index");
        }

        if (!await ReauthenticateAsync(users, user, Input.Password, "Input.Password"))
        {
            return Page();
        }

        await users.SetTwoFactorEnabledAsync(user, false);
        user.LastAuthenticatorStep = null;
        await users.ResetAuthenticatorKeyAsync(user);
        await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 0);
        await signIn.RefreshSignInAsync(user);
        Log.LogInformation(SignInEvents.TwoFactorDisabled, "User {UserId} turned off two-step verification", user.Id);
        return Saved("Account.Disable.Done", "/Account/Manage/Index");
    }

    private void Load(ApplicationUser user)
    {
        Required = TwoFactorRequired;
        Enabled = user.TwoFactorEnabled;
    }

    public sealed class DisableInput
    {
        public string? Password { get; set; }
    }
}
