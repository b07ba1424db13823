using System.Globalization;
using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using PartyMembers.Infrastructure.Identity;
using PartyMembers.Web.Security;
using QRCoder;

namespace PartyMembers.Web.Pages.Account.Manage;

/// Sets up (or moves to another phone) the authenticator app. The current password is asked first (OWASP ASVS 5.0
/// 7.5.1) and makes a new random key (6.5.3), shown grouped and as a QR code drawn on the server (a PNG from the Qr
/// handler: no script, no data: address); the key is shown only within ten minutes of that password. A confirmed
/// code turns two-step verification on, shows ten recovery codes once and signs this browser in again with the
/// second factor. When two-step verification is required, a user without it is sent here and can open nothing else.
public sealed class EnableAuthenticatorModel(UserManager<ApplicationUser> users, SignInManager<ApplicationUser> signIn) : AccountPageModel
{
    public const string Issuer = "PartyMembers";
    public const int RecoveryCodeCount = 10;

    public enum Stage
    {
        /// The password is asked before a key is made.
        Start,

        /// A key waits for its first code.
        Pending,

        /// Two-step verification is on; the password makes a new key for another phone.
        Enabled,

        /// Turned on in another session: this one has no second factor and must sign in again.
        SignInAgain,

        /// Just turned on: the recovery codes, shown once.
        Done,
    }

    [BindProperty]
    public EnableInput Input { get; set; } = new();

    public Stage Current { get; private set; }

    public bool Required { get; private set; }

    public string SharedKey { get; private set; } = string.Empty;

    public IReadOnlyList<string> RecoveryCodes { get; private set; } = [];

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

    /// The QR code of the pending key, as a PNG.
    public async Task<IActionResult> OnGetQrAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        await LoadAsync(user);
        if (Current != Stage.Pending)
        {
            return NotFound();
        }

        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(AuthenticatorUri(user.UserName!, SharedKey), QRCodeGenerator.ECCLevel.M);
        var png = new PngByteQRCode(data).GetGraphic(6);
        return File(png, "image/png");
    }

    /// The password typed again: a new key (any previous key stops working; two-step verification is off until a code
    /// from the new key is confirmed).
    public async Task<IActionResult> OnPostStartAsync()
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

        if (Current == Stage.SignInAgain || !await ReauthenticateAsync(users, user, Input.Password, "Input.Password"))
        {
            return Page();
        }

        var wasEnabled = user.TwoFactorEnabled;
        if (wasEnabled)
        {
            await users.SetTwoFactorEnabledAsync(user, false);
        }

        // A new key starts a new sequence of codes.
        user.LastAuthenticatorStep = null;
        await users.ResetAuthenticatorKeyAsync(user);
        await signIn.RefreshSignInAsync(user);
        MarkReauthenticated(user);
        Log.LogInformation(SignInEvents.AuthenticatorReset, "User {UserId} made a new authenticator key (was enabled: {WasEnabled})", user.Id, wasEnabled);
        return RedirectToPage();
    }

    /// The first code from the app: turns two-step verification on.
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

        if (Current != Stage.Pending)
        {
            return RedirectToPage();
        }

        var code = TimeBasedCode.Normalise(Input.Code);
        if (code is null)
        {
            ModelState.AddModelError("Input.Code", T["Account.Error.CodeFormat"]);
            return Page();
        }

        if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            Log.LogWarning(SignInEvents.SecondFactorFailed, "Authenticator code refused while enrolling user {UserId}", user.Id);
            ModelState.AddModelError("Input.Code", T["Account.Error.CodeWrong"]);
            return Page();
        }

        await users.SetTwoFactorEnabledAsync(user, true);
        RecoveryCodes = [.. await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount) ?? []];

        // Signed in anew, with the second factor: the security stamp changed, and the enrolment gate opens.
        await signIn.SignInWithClaimsAsync(user, isPersistent: false, [new Claim(SignInSetup.MfaClaimType, SignInSetup.MfaClaimValue)]);
        ForgetReauthentication();
        Log.LogInformation(SignInEvents.AuthenticatorEnabled, "User {UserId} turned on two-step verification with an authenticator", user.Id);
        Current = Stage.Done;
        SharedKey = string.Empty;
        NoStore();
        return Page();
    }

    /// The address authenticator apps read (Key Uri Format): the issuer and the user name, never personal data.
    public static string AuthenticatorUri(string userName, string key) =>
        string.Create(CultureInfo.InvariantCulture,
            $"otpauth://totp/{Uri.EscapeDataString(Issuer)}:{Uri.EscapeDataString(userName)}?secret={key}&issuer={Uri.EscapeDataString(Issuer)}&digits=6&period=30");

    /// The key in groups of four, as people type it.
    public static string Grouped(string key)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            builder.Append(key.AsSpan(i, Math.Min(4, key.Length - i))).Append(' ');
        }

        return builder.ToString().TrimEnd();
    }

    private async Task LoadAsync(ApplicationUser user)
    {
        Required = TwoFactorRequired;
        NoStore();
        if (user.TwoFactorEnabled)
        {
            Current = SignInSetup.HasSecondFactor(User) ? Stage.Enabled : Stage.SignInAgain;
            return;
        }

        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key) || !RecentlyReauthenticated(user))
        {
            Current = Stage.Start;
            return;
        }

        Current = Stage.Pending;
        SharedKey = key;
    }

    public sealed class EnableInput
    {
        public string? Password { get; set; }

        public string? Code { get; set; }
    }
}
