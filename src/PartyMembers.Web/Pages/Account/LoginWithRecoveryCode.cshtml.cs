using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using PartyMembers.Infrastructure.Identity;
using PartyMembers.Web.Security;

namespace PartyMembers.Web.Pages.Account;

/// The second step of signing in with one of the recovery codes instead of the phone; each code works once.
[AllowAnonymous]
public sealed class LoginWithRecoveryCodeModel(SignInManager<ApplicationUser> signIn, UserManager<ApplicationUser> users) : AccountPageModel
{
    [BindProperty]
    public CodeInput Input { get; set; } = new();

    public string? ReturnUrl { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? returnUrl)
    {
        ReturnUrl = returnUrl;
        return await signIn.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("/Account/Login") : Page();
    }

    public async Task<IActionResult> OnPostAsync(string? returnUrl)
    {
        ReturnUrl = returnUrl;
        if (IsThrottled)
        {
            return Throttled();
        }

        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return RedirectToPage("/Account/Login");
        }

        var code = (Input.Code ?? string.Empty).Replace(" ", string.Empty, StringComparison.Ordinal).Trim().ToUpperInvariant();
        if (code.Length == 0)
        {
            ModelState.AddModelError("Input.Code", T["Account.LoginWithRecoveryCode.Required"]);
            return Page();
        }

        var result = await signIn.TwoFactorRecoveryCodeSignInAsync(code);
        if (result.Succeeded)
        {
            Log.LogInformation(SignInEvents.RecoveryCodeUsed, "User {UserId} signed in with a recovery code ({Left} left)", user.Id,
                await users.CountRecoveryCodesAsync(user));
            return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
        }

        if (result.IsLockedOut)
        {
            Log.LogWarning(SignInEvents.LockedOut, "Recovery code refused: user {UserId} is locked out", user.Id);
            ModelState.AddModelError(string.Empty, T["Account.Error.LockedOut"]);
            return Page();
        }

        Log.LogWarning(SignInEvents.RecoveryCodeFailed, "Recovery code refused for user {UserId}", user.Id);
        ModelState.AddModelError("Input.Code", T["Account.LoginWithRecoveryCode.Wrong"]);
        return Page();
    }

    public sealed class CodeInput
    {
        [StringLength(64)]
        public string? Code { get; set; }
    }
}
