using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PartyMembers.Infrastructure.Identity;
using PartyMembers.Infrastructure.Persistence;

namespace PartyMembers.Web.Security;

/// A session as the sessions pages show it.
public sealed record SessionView(
    Guid Id, DateTime CreatedAtUtc, DateTime LastSeenAtUtc, DateTime? EndedAtUtc, SessionEndReason? EndReason, string? ClientNetwork,
    string? UserAgent, bool IsCurrent)
{
    public bool IsActive => EndReason is null;
}

/// Ends sessions and lists them. Renewing the account's security stamp is what ends every session of an account (each
/// request checks it); the rows are then marked ended so that the lists say so at once.
public sealed class SessionRevocation(
    PartyMembersDbContext db, UserManager<ApplicationUser> users, TimeProvider clock, IOptionsMonitor<SessionSettings> settings)
{
    /// The most ended sessions a list shows.
    public const int EndedShown = 20;

    /// The id of the request's own session, if it has one.
    public static Guid? Current(HttpContext context) => context.Items[SessionTicketStore.CurrentSessionItem] as Guid?;

    /// Ends every session of <paramref name="user"/> by renewing its security stamp (saved with the context's change
    /// reason, so the audit says why), then marks the rows ended.
    public async Task<IdentityResult> EndAllAsync(ApplicationUser user, SessionEndReason reason)
    {
        var result = await users.UpdateSecurityStampAsync(user);
        if (result.Succeeded)
        {
            await EndAsync(db.UserSessions.Where(s => s.UserId == user.Id), reason, clock.GetUtcNow().UtcDateTime);
        }

        return result;
    }

    /// Ends the user's sessions other than <paramref name="current"/>.
    public Task<int> EndOthersAsync(Guid userId, Guid current) =>
        EndAsync(db.UserSessions.Where(s => s.UserId == userId && s.Id != current), SessionEndReason.EndedByUser, clock.GetUtcNow().UtcDateTime);

    /// The user's active sessions and the latest ended ones, active first.
    public async Task<IReadOnlyList<SessionView>> ListAsync(Guid userId, Guid? current, CancellationToken cancellationToken = default)
    {
        var account = await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => new { u.SecurityStamp, u.IsDisabled })
            .FirstOrDefaultAsync(cancellationToken);
        if (account is null)
        {
            return [];
        }

        var open = await db.UserSessions.AsNoTracking().Where(s => s.UserId == userId && s.EndedAtUtc == null)
            .OrderByDescending(s => s.CreatedAtUtc).ToListAsync(cancellationToken);
        var ended = await db.UserSessions.AsNoTracking().Where(s => s.UserId == userId && s.EndedAtUtc != null)
            .OrderByDescending(s => s.EndedAtUtc).Take(EndedShown).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;

        // A session not yet told that it is over (it is refused at its next request) is shown as ended already.
        var views = open.Select(s =>
                View(s, Refusal(account.IsDisabled, s.SecurityStamp, account.SecurityStamp, s.ExpiresAtUtc, s.LastSeenAtUtc, now, settings.CurrentValue), current))
            .ToList();
        views.AddRange(ended.Select(s => View(s, s.EndReason, current)));
        return views.OrderBy(v => !v.IsActive).ThenByDescending(v => v.IsCurrent).ThenByDescending(v => v.LastSeenAtUtc).ToList();
    }

    /// Why a session may no longer be used, or null while it may.
    public static SessionEndReason? Refusal(
        bool disabled, string sessionStamp, string? accountStamp, DateTime expiresAtUtc, DateTime lastSeenAtUtc, DateTime nowUtc, SessionSettings settings) =>
        disabled ? SessionEndReason.AccountDisabled
        : !string.Equals(sessionStamp, accountStamp ?? string.Empty, StringComparison.Ordinal) ? SessionEndReason.AccountChanged
        : nowUtc >= expiresAtUtc ? SessionEndReason.Expired
        : nowUtc - lastSeenAtUtc > settings.Idle ? SessionEndReason.Idle
        : null;

    /// Marks the sessions of <paramref name="sessions"/> that are still open as ended, dropping their key and ticket.
    public static Task<int> EndAsync(IQueryable<UserSession> sessions, SessionEndReason reason, DateTime nowUtc, CancellationToken cancellationToken = default) =>
        sessions.Where(s => s.EndedAtUtc == null).ExecuteUpdateAsync(
            set => set
                .SetProperty(s => s.EndedAtUtc, nowUtc)
                .SetProperty(s => s.EndReason, reason)
                .SetProperty(s => s.KeyHash, (byte[]?)null)
                .SetProperty(s => s.Ticket, (byte[]?)null),
            cancellationToken);

    private static SessionView View(UserSession s, SessionEndReason? reason, Guid? current) =>
        new(s.Id, s.CreatedAtUtc, s.LastSeenAtUtc, s.EndedAtUtc, reason, s.ClientNetwork, s.UserAgent, s.Id == current && reason is null);
}
