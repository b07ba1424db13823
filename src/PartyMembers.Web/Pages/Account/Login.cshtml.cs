using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using PartyMembers.Infrastructure.Identity;
using PartyMembers.Web.Security;

namespace PartyMembers.Web.Pages.Account;

/// Sign-in with user name and password. Failures are counted towards lockout; every failure gets the same message,
/// so the page does not tell which user names exist. An account with an authenticator goes on to the code page; when
/// two-factor sign-in is required, an account without one goes to enrol it. Attempts are rate-limited per account
/// and per address (SignInSetup); the log names the user's id, never the name typed.
public sealed class LoginModel(SignInManager<ApplicationUser> signIn, UserManager<ApplicationUser> users) : AccountPageModel
{
    [BindProperty]
    public LoginInput Input { get; set; } = new();

    public string? ReturnUrl { get; private set; }

    public void OnGet(string? returnUrl) => ReturnUrl = returnUrl;

    public async Task<IActionResult> OnPostAsync(string? returnUrl)
    {
        ReturnUrl = returnUrl;
        if (IsThrottled)
        {
            return Throttled();
        }

        if (string.IsNullOrWhiteSpace(Input.UserName))
        {
            ModelState.AddModelError("Input.UserName", T["Error.Login.UserNameRequired"]);
        }

        if (string.IsNullOrEmpty(Input.Password))
        {
            ModelState.AddModelError("Input.Password", T["Error.Login.PasswordRequired"]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = await users.FindByNameAsync(Input.UserName!.Trim());
        if (user is null || user.IsDisabled)
        {
            Log.LogWarning(SignInEvents.Failed, "Sign-in refused: unknown or disabled account");
            ModelState.AddModelError(string.Empty, T["Error.Login.Failed"]);
            return Page();
        }

        // Through the sign-in manager, so that a hash made with fewer iterations is upgraded (SuccessRehashNeeded).
        var result = await signIn.PasswordSignInAsync(user, Input.Password!, isPersistent: false, lockoutOnFailure: true);
        var next = Url.IsLocalUrl(returnUrl) ? returnUrl : "/";
        if (result.Succeeded)
        {
            Log.LogInformation(SignInEvents.Succeeded, "User {UserId} signed in with a password", user.Id);
            return TwoFactorRequired ? Redirect(SignInSetup.EnrolmentPath) : LocalRedirect(next);
        }

        if (result.RequiresTwoFactor)
        {
            Log.LogInformation(SignInEvents.SecondFactorRequired, "User {UserId} gave the right password; a second factor is asked", user.Id);
            return RedirectToPage("/Account/LoginWith2fa", new { returnUrl = next });
        }

        if (result.IsLockedOut)
        {
            Log.LogWarning(SignInEvents.LockedOut, "Sign-in refused: user {UserId} is locked out", user.Id);
        }
        else
        {
            Log.LogWarning(SignInEvents.Failed, "Sign-in failed for user {UserId}", user.Id);
        }

        ModelState.AddModelError(string.Empty, result.IsLockedOut ? T["Error.Login.LockedOut"] : T["Error.Login.Failed"]);
        return Page();
    }

    public sealed class LoginInput
    {
        [StringLength(256)]
        public string? UserName { get; set; }

        [DataType(DataType.Password)]
        [StringLength(256)]
        public string? Password { get; set; }
    }
}
