using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using PartyMembers.Infrastructure.Identity;
using PartyMembers.Infrastructure.Persistence;
using PartyMembers.Web.Features.Admin;
using PartyMembers.Web.Localization;
using PartyMembers.Web.Pages;

namespace PartyMembers.Web.Areas.Admin.Pages.Users;

/// Sets a new password for a user who forgot theirs. Done through a reset token so that the new password is checked
/// before the old one is replaced (remove-then-add would leave the account without a password when the new one is
/// refused); the reset also renews the security stamp, which signs the account out of its other sessions, and lifts a
/// lockout.
public sealed class ResetPasswordModel(
    UserManager<ApplicationUser> users, PartyMembersDbContext db, IValidator<ResetPasswordModel.ResetInput> validator,
    IOptions<IdentityOptions> identity) : AppPageModel
{
    [BindProperty]
    public ResetInput Input { get; set; } = new();

    public ApplicationUser Account { get; private set; } = null!;

    public int PasswordLength => identity.Value.Password.RequiredLength;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var account = await users.FindByIdAsync(id.ToString());
        if (account is null)
        {
            return NotFound();
        }

        Account = account;
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
        AddValidation(await validator.ValidateAsync(Input));
        if (!ModelState.IsValid)
        {
            return Page();
        }

        db.ChangeReason = T["Admin.Audit.PasswordReset"];
        var token = await users.GeneratePasswordResetTokenAsync(account);
        var result = await users.ResetPasswordAsync(account, token, Input.NewPassword!);
        if (!result.Succeeded)
        {
            IdentityErrorTexts.AddTo(ModelState, T, result.Errors, string.Empty, "Input.NewPassword", PasswordLength);
            return Page();
        }

        if (account.AccessFailedCount > 0 || account.LockoutEnd is not null)
        {
            await users.SetLockoutEndDateAsync(account, null);
            await users.ResetAccessFailedCountAsync(account);
        }

        return Saved("Admin.Users.Status.PasswordReset", "Details", new { id });
    }

    public sealed class ResetInput
    {
        public string? NewPassword { get; set; }
    }

    public sealed class ResetValidator : AbstractValidator<ResetInput>
    {
        public ResetValidator(IStringLocalizer<Texts> texts, IOptions<IdentityOptions> identity)
        {
            var length = identity.Value.Password.RequiredLength;
            RuleFor(x => x.NewPassword).NotEmpty().WithMessage(_ => texts["Admin.Error.User.PasswordRequired"])
                .MinimumLength(length).WithMessage(_ => texts["Admin.Error.User.PasswordTooShort", length])
                .MaximumLength(AccountRules.PasswordMaxLength).WithMessage(_ => texts["Error.Text.TooLong", AccountRules.PasswordMaxLength]);
        }
    }
}
