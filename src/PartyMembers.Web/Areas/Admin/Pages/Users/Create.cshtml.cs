using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using PartyMembers.Domain.Common;
using PartyMembers.Infrastructure.Identity;
using PartyMembers.Infrastructure.Persistence;
using PartyMembers.Web.Features.Admin;
using PartyMembers.Web.Localization;
using PartyMembers.Web.Pages;

namespace PartyMembers.Web.Areas.Admin.Pages.Users;

/// Opens an account with an initial password the administrator hands over. What the account may do comes from the
/// assignments added next on its page.
public sealed class CreateModel(
    UserManager<ApplicationUser> users, PartyMembersDbContext db, IValidator<CreateModel.CreateInput> validator, TimeProvider clock,
    IOptions<IdentityOptions> identity) : AppPageModel
{
    [BindProperty]
    public CreateInput Input { get; set; } = new();

    public int PasswordLength => identity.Value.Password.RequiredLength;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        AddValidation(await validator.ValidateAsync(Input));
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = new ApplicationUser
        {
            UserName = Input.UserName!.Trim(),
            DisplayName = VietnameseText.Tidy(Input.DisplayName),
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        };

        // The user store saves through the same DbContext, so the audit row carries this reason.
        db.ChangeReason = T["Admin.Audit.UserCreated"];
        var result = await users.CreateAsync(user, Input.Password!);
        if (!result.Succeeded)
        {
            IdentityErrorTexts.AddTo(ModelState, T, result.Errors, "Input.UserName", "Input.Password", PasswordLength);
            return Page();
        }

        return Saved("Admin.Users.Status.Created", "Details", new { id = user.Id });
    }

    public sealed class CreateInput
    {
        public string? UserName { get; set; }

        public string? DisplayName { get; set; }

        public string? Password { get; set; }
    }

    public sealed class CreateValidator : AbstractValidator<CreateInput>
    {
        public CreateValidator(IStringLocalizer<Texts> texts, UserManager<ApplicationUser> users, IOptions<IdentityOptions> identity)
        {
            var length = identity.Value.Password.RequiredLength;
            RuleFor(x => x.UserName).Cascade(CascadeMode.Stop).NotEmpty().WithMessage(_ => texts["Admin.Error.User.UserNameRequired"])
                .Must(AccountRules.IsValidUserName).WithMessage(_ => texts["Admin.Error.User.UserNameFormat"])
                .MustAsync(async (name, _) => await users.FindByNameAsync(name!.Trim()) is null)
                .WithMessage(_ => texts["Admin.Error.User.UserNameTaken"]);
            RuleFor(x => x.DisplayName).NotEmpty().WithMessage(_ => texts["Admin.Error.User.DisplayNameRequired"])
                .MaximumLength(ApplicationUser.DisplayNameMaxLength)
                .WithMessage(_ => texts["Error.Text.TooLong", ApplicationUser.DisplayNameMaxLength]);
            RuleFor(x => x.Password).NotEmpty().WithMessage(_ => texts["Admin.Error.User.PasswordRequired"])
                .MinimumLength(length).WithMessage(_ => texts["Admin.Error.User.PasswordTooShort", length])
                .MaximumLength(AccountRules.PasswordMaxLength).WithMessage(_ => texts["Error.Text.TooLong", AccountRules.PasswordMaxLength]);
        }
    }
}
