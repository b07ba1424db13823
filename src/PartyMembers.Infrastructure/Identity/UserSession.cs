namespace PartyMembers.Infrastructure.Identity;

/// Why a signed-in session ended.
public enum SessionEndReason
{
    /// The user signed out.
    SignedOut,

    /// The absolute lifetime (Security:Sessions:AbsoluteHours) ran out.
    Expired,

    /// No request for longer than the idle timeout (Security:Sessions:IdleMinutes).
    Idle,

    /// The account's security stamp changed (password, reset, disabling, assignments, two-factor settings).
    AccountChanged,

    /// The account is disabled.
    AccountDisabled,

    /// An administrator ended the user's sessions.
    EndedByAdministrator,

    /// The user ended it from another of their sessions ("log out other sessions").
    EndedByUser,

    /// Someone signed in again in the same browser; the old session gave way to the new one.
    Replaced,
}

/// A signed-in session kept on the server (the cookie carries only its key): it can be ended from anywhere, and every
/// instance of the application sees the same sessions. Rows are ended, not deleted; an ended row keeps neither the key
/// nor the ticket, only when and why it ended.
public sealed class UserSession
{
    public const int ClientNetworkMaxLength = 50;
    public const int UserAgentMaxLength = 40;
    public const int SecurityStampMaxLength = 256;

    public Guid Id { get; set; }

    public Guid UserId { get; set; }

    /// SHA-256 of the key carried in the cookie; null once the session has ended.
    public byte[]? KeyHash { get; set; }

    /// The account's security stamp when the session was signed in: a session whose stamp no longer matches the
    /// account's is refused.
    public string SecurityStamp { get; set; } = string.Empty;

    /// The authentication ticket, protected with Data Protection; null once the session has ended.
    public byte[]? Ticket { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    /// The last request, written at most once a minute.
    public DateTime LastSeenAtUtc { get; set; }

    /// The end of the absolute lifetime.
    public DateTime ExpiresAtUtc { get; set; }

    public DateTime? EndedAtUtc { get; set; }

    public SessionEndReason? EndReason { get; set; }

    /// The client's network, not its address: the last IPv4 byte and all but the first 48 bits of IPv6 are dropped.
    public string? ClientNetwork { get; set; }

    /// The browser family and operating system only (e.g. "Chrome · Windows"), never the full user-agent string.
    public string? UserAgent { get; set; }
}
