using OtpNet;

namespace PartyMembers.Testing;

/// What an authenticator app shows for a shared key (RFC 6238: HMAC-SHA1, 6 digits, 30 seconds), computed with
/// Otp.NET rather than the application's own code.
public static class Authenticator
{
    public static string Code(string sharedKey, DateTimeOffset at) =>
        new Totp(Base32Encoding.ToBytes(sharedKey.Replace(" ", string.Empty, StringComparison.Ordinal))).ComputeTotp(at.UtcDateTime);

    /// The code of the step <paramref name="stepsAway"/> steps from now (a later step is still accepted and was not
    /// used yet by a sign-in that just happened).
    public static string Code(string sharedKey, int stepsAway = 0) => Code(sharedKey, DateTimeOffset.UtcNow.AddSeconds(30 * stepsAway));
}
