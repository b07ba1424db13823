using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using PartyMembers.Infrastructure.Identity;
using PartyMembers.Web.Localization;
using PartyMembers.Web.Security;

namespace PartyMembers.Web.Pages.Account.Manage;

/// The user changes their own password: the current one is required (OWASP ASVS 5.0 6.2.3), the new one passes the
/// password policy. The change renews the security stamp, which ends the user's other sessions; this browser is
/// signed in again so that it keeps working.
public sealed class ChangePasswordModel(
    UserManager<ApplicationUser> users, SignInManager<ApplicationUser> signIn, IValidator<ChangePasswordModel.PasswordInput> validator,
    IOptions<IdentityOptions> identity) : AccountPageModel
{
    [BindProperty]
    public PasswordInput Input { get; set; } = new();

    public int MinimumLength => identity.Value.Password.RequiredLength;

    public IActionResult OnGet() => Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (IsThrottled)
        {
            return Throttled();
        }

        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        AddValidation(await validator.ValidateAsync(Input));
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await users.ChangePasswordAsync(user, Input.CurrentPassword!, Input.NewPassword!);
        if (!result.Succeeded)
        {
            if (result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch)))
            {
                Log.LogWarning(SignInEvents.ReauthenticationFailed, "Password change refused: wrong current password for user {UserId}", user.Id);
                ModelState.AddModelError("Input.CurrentPassword", T["Account.Error.PasswordWrong"]);
            }

            AddPasswordErrors(result.Errors.Where(e => e.Code != nameof(IdentityErrorDescriber.PasswordMismatch)), "Input.NewPassword", MinimumLength);
            return Page();
        }

        await signIn.RefreshSignInAsync(user);
        Log.LogInformation(SignInEvents.PasswordChanged, "User {UserId} changed their password", user.Id);
        return Saved("Account.ChangePassword.Changed", "/Account/Manage/Index");
    }

    public sealed class PasswordInput
    {
        public string? CurrentPassword { get; set; }

        public string? NewPassword { get; set; }

        public string? ConfirmPassword { get; set; }
    }

    public sealed class PasswordValidator : AbstractValidator<PasswordInput>
    {
        public PasswordValidator(IStringLocalizer<Texts> texts, IOptions<IdentityOptions> identity)
        {
            var length = identity.Value.Password.RequiredLength;
            RuleFor(x => x.CurrentPassword).NotEmpty().WithMessage(_ => texts["Account.Error.PasswordRequired"])
                .MaximumLength(PasswordRules.MaxLength).WithMessage(_ => texts["Account.Error.PasswordWrong"]);
            RuleFor(x => x.NewPassword).Cascade(CascadeMode.Stop).NotEmpty().WithMessage(_ => texts["Account.ChangePassword.NewRequired"])
                .MinimumLength(length).WithMessage(_ => texts["Admin.Error.User.PasswordTooShort", length])
                .MaximumLength(PasswordRules.MaxLength).WithMessage(_ => texts["Account.Password.TooLong", PasswordRules.MaxLength]);
            RuleFor(x => x.ConfirmPassword).Equal(x => x.NewPassword).WithMessage(_ => texts["Account.ChangePassword.Mismatch"]);
        }
    }
}
