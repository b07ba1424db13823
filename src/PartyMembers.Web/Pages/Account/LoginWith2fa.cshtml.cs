using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using PartyMembers.Infrastructure.Identity;
using PartyMembers.Web.Security;

namespace PartyMembers.Web.Pages.Account;

/// The second step of signing in: the code of the authenticator app, for the user who gave the right password (held
/// in Identity's short-lived two-factor cookie). A code is accepted once, within one 30-second step either side
/// (OnceOnlyAuthenticatorTokenProvider); a wrong code counts towards lockout.
[AllowAnonymous]
public sealed class LoginWith2faModel(SignInManager<ApplicationUser> signIn) : AccountPageModel
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

        var code = TimeBasedCode.Normalise(Input.Code);
        if (code is null)
        {
            ModelState.AddModelError("Input.Code", T["Account.Error.CodeFormat"]);
            return Page();
        }

        var result = await signIn.TwoFactorAuthenticatorSignInAsync(code, isPersistent: false, rememberClient: false);
        if (result.Succeeded)
        {
            Log.LogInformation(SignInEvents.SecondFactorSucceeded, "User {UserId} signed in with an authenticator code", user.Id);
            return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
        }

        if (result.IsLockedOut)
        {
            Log.LogWarning(SignInEvents.LockedOut, "Authenticator code refused: user {UserId} is locked out", user.Id);
            ModelState.AddModelError(string.Empty, T["Account.Error.LockedOut"]);
            return Page();
        }

        Log.LogWarning(SignInEvents.SecondFactorFailed, "Authenticator code refused for user {UserId}", user.Id);
        ModelState.AddModelError("Input.Code", T["Account.Error.CodeWrong"]);
        return Page();
    }

    public sealed class CodeInput
    {
        [StringLength(32)]
        public string? Code { get; set; }
    }
}
