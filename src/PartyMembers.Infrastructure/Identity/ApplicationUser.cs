using Microsoft.AspNetCore.Identity;

namespace PartyMembers.Infrastructure.Identity;

/// A person who signs in. What they may do comes from their dated role assignments, not from Identity roles.
public sealed class ApplicationUser : IdentityUser<Guid>
{
    public const int DisplayNameMaxLength = 100;

    public string DisplayName { get; set; } = string.Empty;

    /// A disabled account cannot sign in; accounts are disabled, never deleted, so the audit trail keeps its names.
    public bool IsDisabled { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    /// The last 30-second step whose authenticator code was accepted: a code of that step or an earlier one is refused,
    /// so each code works once (OnceOnlyAuthenticatorTokenProvider).
    public long? LastAuthenticatorStep { get; set; }
}
