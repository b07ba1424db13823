namespace PartyMembers.Web.Security;

/// The "Security" configuration section as far as signing in goes (docs/security.md, "Sign-in and sessions").
public sealed class SignInSettings
{
    public const string Section = "Security";

    public TwoFactorSettings TwoFactor { get; set; } = new();

    public RateLimitSettings RateLimits { get; set; } = new();
}

public sealed class TwoFactorSettings
{
    /// Every account must sign in with an authenticator code; one without an authenticator is sent to enrol it and can
    /// open nothing else. True in appsettings.json (Production), false in appsettings.Development.json.
    public bool Required { get; set; } = true;
}

/// Sign-in, two-factor and account-page POSTs allowed per window, counted per submitted account and per client address.
public sealed class RateLimitSettings
{
    public int PerAccount { get; set; } = 10;

    public int PerAddress { get; set; } = 30;

    public int WindowSeconds { get; set; } = 60;
}
