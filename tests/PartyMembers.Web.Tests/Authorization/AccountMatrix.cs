using static PartyMembers.Web.Tests.Authorization.AuthorizationMatrix;

namespace PartyMembers.Web.Tests.Authorization;

/// Matrix rows of the sign-in and own-account pages (docs/security.md): the second sign-in step is open to anyone (it
/// sends back to the sign-in page without the two-factor cookie); the account pages are every signed-in user's own,
/// never anybody else's (they take no id), and anonymous users are sent to sign in.
public static class AccountMatrix
{
    public static IEnumerable<MatrixRow> Rows()
    {
        foreach (var page in new[] { "/Account/LoginWith2fa", "/Account/LoginWithRecoveryCode" })
        {
            yield return new(page, "GET", null, "second sign-in step, no two-factor cookie", _ => page, Everyone(Expect.Allow, Expect.Allow));
            yield return new(page, "POST", null, "empty form, no two-factor cookie", _ => page, Everyone(Expect.Allow, Expect.Allow));
        }

        yield return new("/Account/Manage/Index", "GET", null, "own account", _ => "/Account/Manage", Everyone(Expect.Allow, Expect.Login));
        foreach (var name in new[] { "ChangePassword", "EnableAuthenticator", "RecoveryCodes", "Disable2fa" })
        {
            var page = "/Account/Manage/" + name;
            yield return new(page, "GET", null, "own account", _ => page, Everyone(Expect.Allow, Expect.Login));
            yield return new(page, "POST", null, "own account, empty form", _ => page, Everyone(Expect.Allow, Expect.Login));
        }

        // The password is asked first; without it there is no key and no QR code.
        yield return new("/Account/Manage/EnableAuthenticator", "POST", "Start", "own account, no password", _ => "/Account/Manage/EnableAuthenticator?handler=Start",
            Everyone(Expect.Allow, Expect.Login));
        yield return new("/Account/Manage/EnableAuthenticator", "GET", "Qr", "no key pending", _ => "/Account/Manage/EnableAuthenticator?handler=Qr",
            Everyone(Expect.NotFound, Expect.Login));
    }
}
