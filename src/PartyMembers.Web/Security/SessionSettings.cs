namespace PartyMembers.Web.Security;

/// The "Security:Sessions" configuration section: how long a signed-in session lasts (OWASP ASVS 5.0 7.3.1, 7.3.2).
public sealed class SessionSettings
{
    public const string Section = "Security:Sessions";

    /// A session with no request for this long is refused.
    public int IdleMinutes { get; set; } = 30;

    /// A session is refused this long after sign-in, however active it is.
    public int AbsoluteHours { get; set; } = 8;

    public TimeSpan Idle => TimeSpan.FromMinutes(IdleMinutes);

    public TimeSpan Absolute => TimeSpan.FromHours(AbsoluteHours);

    /// The last-seen time is written at most this often (one small write a minute per active session).
    public static readonly TimeSpan LastSeenResolution = TimeSpan.FromMinutes(1);
}

/// The "Security:Cookies" configuration section.
public sealed class CookieSettings
{
    public const string Section = "Security:Cookies";

    /// Development only: lets the forms work over plain http on the developer's own machine (`dotnet run` at
    /// http://localhost:5178, the browser tests). The antiforgery cookie is then sent without <c>Secure</c> and so without
    /// the <c>__Host-</c> prefix, because the antiforgery system refuses a Secure-only cookie on an http request. The
    /// application refuses to start with it outside Development.
    public bool DevelopmentHttp { get; set; }
}
