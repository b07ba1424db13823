using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using PartyMembers.Infrastructure.Identity;

namespace PartyMembers.Web.Pages.Account.Manage;

/// The signed-in user's own account: two-step verification status and the links to change it or the password.
public sealed class IndexModel(UserManager<ApplicationUser> users) : AccountPageModel
{
    public ApplicationUser Account { get; private set; } = null!;

    public bool Required { get; private set; }

    public int RecoveryCodesLeft { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        Account = user;
        Required = TwoFactorRequired;
        RecoveryCodesLeft = user.TwoFactorEnabled ? await users.CountRecoveryCodesAsync(user) : 0;
        return Page();
    }
}
