using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using PartyMembers.Infrastructure.Identity;
using PartyMembers.Web.Security;

namespace PartyMembers.Web.Pages.Account.Manage;

/// How many recovery codes are left, and ten new ones (the old ones stop working) after the password and a
/// confirmation; the new codes are shown once, in the answer to that request.
public sealed class RecoveryCodesModel(UserManager<ApplicationUser> users) : AccountPageModel
{
    [BindProperty]
    public RenewInput Input { get; set; } = new();

    public bool Enabled { get; private set; }

    public int Left { get; private set; }

    public IReadOnlyList<string> NewCodes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        await LoadAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        await LoadAsync(user);
        if (IsThrottled)
        {
            return Throttled();
        }

        if (!Enabled)
        {
            return RedirectToPage();
        }

        var confirmed = Input.Confirm;
        if (!await ReauthenticateAsync(users, user, Input.Password, "Input.Password") | !confirmed)
        {
            if (!confirmed)
            {
                ModelState.AddModelError("Input.Confirm", T["Account.Recovery.ConfirmRequired"]);
            }

            return Page();
        }

        NewCodes = [.. await users.GenerateNewTwoFactorRecoveryCodesAsync(user, EnableAuthenticatorModel.RecoveryCodeCount) ?? []];
        Left = NewCodes.Count;
        Log.LogInformation(SignInEvents.RecoveryCodesRenewed, "User {UserId} made new recovery codes", user.Id);
        Input = new();
        return Page();
    }

    private async Task LoadAsync(ApplicationUser user)
    {
        NoStore();
        Enabled = user.TwoFactorEnabled;
        Left = Enabled ? await users.CountRecoveryCodesAsync(user) : 0;
    }

    public sealed class RenewInput
    {
        public string? Password { get; set; }

        public bool Confirm { get; set; }
    }
}
