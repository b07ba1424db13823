using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using PartyMembers.Infrastructure.Identity;

namespace PartyMembers.Web.Pages.Account;

/// Sign-in with user name and password. Failures are counted towards lockout; every failure gets the same message,
/// so the page does not tell which user names exist.
public sealed class LoginModel(SignInManager<ApplicationUser> signIn, UserManager<ApplicationUser> users, ILogger<LoginModel> logger)
    : AppPageModel
{
    [BindProperty]
    public LoginInput Input { get; set; } = new();

    public string? ReturnUrl { get; private set; }

    public void OnGet(string? returnUrl) => ReturnUrl = returnUrl;

    public async Task<IActionResult> OnPostAsync(string? returnUrl)
    {
        ReturnUrl = returnUrl;
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
            logger.LogWarning("Sign-in refused: unknown or disabled account");
            ModelState.AddModelError(string.Empty, T["Error.Login.Failed"]);
            return Page();
        }

        var result = await signIn.PasswordSignInAsync(user, Input.Password!, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            logger.LogInformation("User {UserId} signed in", user.Id);
            return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
        }

        logger.LogWarning("Sign-in failed for user {UserId} (locked out: {LockedOut})", user.Id, result.IsLockedOut);
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
