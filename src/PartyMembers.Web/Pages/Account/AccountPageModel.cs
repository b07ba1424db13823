using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using PartyMembers.Infrastructure.Identity;
using PartyMembers.Web.Security;

namespace PartyMembers.Web.Pages.Account;

/// What the sign-in and account pages share: the answer to a request the rate limiter refused (the same page, status
/// 429, a message on top), the current password asked again before a security setting changes (OWASP ASVS 5.0 7.5.1),
/// and password refusals beside the field.
public abstract class AccountPageModel : AppPageModel
{
    /// How long a re-entered password allows the authenticator to be set up in this browser.
    private static readonly TimeSpan ReauthenticationLifetime = TimeSpan.FromMinutes(10);

    private const string ReauthenticatedKey = "Account.ReauthenticatedAt";

    protected bool IsThrottled => HttpContext.Items.ContainsKey(SignInSetup.ThrottledItem);

    protected bool TwoFactorRequired =>
        HttpContext.RequestServices.GetRequiredService<IOptionsMonitor<SignInSettings>>().CurrentValue.TwoFactor.Required;

    protected ILogger Log => HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("PartyMembers.Web.Security.SignIn");

    protected IActionResult Throttled()
    {
        ModelState.Clear();
        ModelState.AddModelError(string.Empty, T["Account.Error.Throttled"]);
        return new PageResult { StatusCode = StatusCodes.Status429TooManyRequests };
    }

    /// Pages showing secrets (keys, recovery codes) are never kept by the browser or a proxy.
    protected void NoStore()
    {
        Response.Headers.CacheControl = "no-store";
        Response.Headers.Pragma = "no-cache";
    }

    /// Checks the password typed again; a wrong one is logged (user id only) and put beside the field.
    protected async Task<bool> ReauthenticateAsync(UserManager<ApplicationUser> users, ApplicationUser user, string? password, string field)
    {
        if (string.IsNullOrEmpty(password))
        {
            ModelState.AddModelError(field, T["Account.Error.PasswordRequired"]);
            return false;
        }

        if (password.Length > PasswordRules.MaxLength || !await users.CheckPasswordAsync(user, password))
        {
            Log.LogWarning(SignInEvents.ReauthenticationFailed, "Password typed again on an account page was wrong for user {UserId}", user.Id);
            ModelState.AddModelError(field, T["Account.Error.PasswordWrong"]);
            return false;
        }

        return true;
    }

    protected void MarkReauthenticated(ApplicationUser user) =>
        TempData[ReauthenticatedKey] = $"{user.Id:N}:{DateTime.UtcNow.Ticks}";

    protected bool RecentlyReauthenticated(ApplicationUser user)
    {
        if (TempData.Peek(ReauthenticatedKey) is not string value || value.Split(':') is not [var id, var ticks]
            || id != user.Id.ToString("N") || !long.TryParse(ticks, out var at) || at > DateTime.UtcNow.Ticks)
        {
            return false;
        }

        return DateTime.UtcNow - new DateTime(at, DateTimeKind.Utc) < ReauthenticationLifetime;
    }

    protected void ForgetReauthentication() => TempData.Remove(ReauthenticatedKey);

    protected void AddPasswordErrors(IEnumerable<IdentityError> errors, string field, int minimumLength) =>
        PasswordErrorTexts.AddTo(ModelState, T, errors, field, minimumLength);
}
