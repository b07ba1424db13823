using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PartyMembers.Infrastructure.Identity;
using PartyMembers.Infrastructure.Persistence;

namespace PartyMembers.Web.Security;

/// Keeps signed-in sessions in the database (<see cref="UserSession"/>): the cookie carries only a random key, so a
/// session can be ended on the server (sign-out, an administrator, the user from another device) and every instance of
/// the application sees the same sessions. Each request costs one indexed lookup by the key, joined to the account's
/// security stamp, and at most one small write a minute (the last-seen time).
///
/// A session is refused when it has ended, when the account is disabled, when the account's security stamp is no longer
/// the one the session was signed in with (a password change or reset, disabling, a changed assignment, two-factor
/// settings), when its absolute lifetime has run out, or when it has been idle longer than the idle timeout.
public sealed class SessionTicketStore(
    IServiceScopeFactory scopes,
    TimeProvider clock,
    IDataProtectionProvider protection,
    IOptionsMonitor<SessionSettings> settings,
    IOptions<IdentityOptions> identity,
    ILogger<SessionTicketStore> logger) : ITicketStore
{
    /// The HttpContext item holding the id (not the key) of the request's session.
    public const string CurrentSessionItem = "PartyMembers.Session";

    private const string EndedHereItem = "PartyMembers.SessionsEndedHere";

    private readonly IDataProtector _protector = protection.CreateProtector("PartyMembers.Sessions.Ticket");

    public Task<string> StoreAsync(AuthenticationTicket ticket) => StoreCoreAsync(ticket, null, CancellationToken.None);

    public Task<string> StoreAsync(AuthenticationTicket ticket, CancellationToken cancellationToken) =>
        StoreCoreAsync(ticket, null, cancellationToken);

    public Task<string> StoreAsync(AuthenticationTicket ticket, HttpContext httpContext, CancellationToken cancellationToken) =>
        StoreCoreAsync(ticket, httpContext, cancellationToken);

    public Task RenewAsync(string key, AuthenticationTicket ticket) => RenewCoreAsync(key, ticket, null, CancellationToken.None);

    public Task RenewAsync(string key, AuthenticationTicket ticket, CancellationToken cancellationToken) =>
        RenewCoreAsync(key, ticket, null, cancellationToken);

    public Task RenewAsync(string key, AuthenticationTicket ticket, HttpContext httpContext, CancellationToken cancellationToken) =>
        RenewCoreAsync(key, ticket, httpContext, cancellationToken);

    public Task<AuthenticationTicket?> RetrieveAsync(string key) => RetrieveCoreAsync(key, null, CancellationToken.None);

    public Task<AuthenticationTicket?> RetrieveAsync(string key, CancellationToken cancellationToken) =>
        RetrieveCoreAsync(key, null, cancellationToken);

    public Task<AuthenticationTicket?> RetrieveAsync(string key, HttpContext httpContext, CancellationToken cancellationToken) =>
        RetrieveCoreAsync(key, httpContext, cancellationToken);

    public Task RemoveAsync(string key) => RemoveCoreAsync(key, null, CancellationToken.None);

    public Task RemoveAsync(string key, CancellationToken cancellationToken) => RemoveCoreAsync(key, null, cancellationToken);

    public Task RemoveAsync(string key, HttpContext httpContext, CancellationToken cancellationToken) =>
        RemoveCoreAsync(key, httpContext, cancellationToken);

    private async Task<string> StoreCoreAsync(AuthenticationTicket ticket, HttpContext? httpContext, CancellationToken cancellationToken)
    {
        var key = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PartyMembersDbContext>();
        await InsertAsync(db, Hash(key), ticket, httpContext, cancellationToken);
        return key;
    }

    private async Task InsertAsync(PartyMembersDbContext db, byte[] keyHash, AuthenticationTicket ticket, HttpContext? httpContext, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var session = new UserSession
        {
            Id = Guid.NewGuid(),
            UserId = UserIdOf(ticket) ?? throw new InvalidOperationException("A session needs a signed-in user."),
            KeyHash = keyHash,
            SecurityStamp = StampOf(ticket),
            Ticket = Protect(ticket),
            CreatedAtUtc = now,
            LastSeenAtUtc = now,
            ExpiresAtUtc = now + settings.CurrentValue.Absolute,
            ClientNetwork = SessionClient.Network(httpContext?.Connection.RemoteIpAddress),
            UserAgent = SessionClient.Browser(httpContext?.Request.Headers.UserAgent.ToString()),
        };
        db.UserSessions.Add(session);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Session {SessionId} started for user {UserId}", session.Id, session.UserId);
    }

    private async Task<AuthenticationTicket?> RetrieveCoreAsync(string key, HttpContext? httpContext, CancellationToken cancellationToken)
    {
        var hash = Hash(key);
        var now = clock.GetUtcNow().UtcDateTime;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PartyMembersDbContext>();
        var row = await (
                from s in db.UserSessions.AsNoTracking()
                join u in db.Users.AsNoTracking() on s.UserId equals u.Id
                where s.KeyHash == hash
                select new { s.Id, s.UserId, s.Ticket, s.SecurityStamp, s.LastSeenAtUtc, s.ExpiresAtUtc, UserStamp = u.SecurityStamp, u.IsDisabled })
            .FirstOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            return null;
        }

        var refused = SessionRevocation.Refusal(row.IsDisabled, row.SecurityStamp, row.UserStamp, row.ExpiresAtUtc, row.LastSeenAtUtc, now, settings.CurrentValue);
        var ticket = refused is null ? Unprotect(row.Ticket) : null;
        if (refused is not null || ticket is null)
        {
            var reason = refused ?? SessionEndReason.AccountChanged;
            await SessionRevocation.EndAsync(db.UserSessions.Where(s => s.Id == row.Id), reason, now, cancellationToken);
            logger.LogInformation("Session {SessionId} of user {UserId} refused and ended: {Reason}", row.Id, row.UserId, reason);
            return null;
        }

        if (now - row.LastSeenAtUtc >= SessionSettings.LastSeenResolution)
        {
            await db.UserSessions.Where(s => s.Id == row.Id && s.EndedAtUtc == null)
                .ExecuteUpdateAsync(set => set.SetProperty(s => s.LastSeenAtUtc, now), cancellationToken);
        }

        if (httpContext is not null)
        {
            httpContext.Items[CurrentSessionItem] = row.Id;
        }

        return ticket;
    }

    private async Task RenewCoreAsync(string key, AuthenticationTicket ticket, HttpContext? httpContext, CancellationToken cancellationToken)
    {
        var hash = Hash(key);
        var userId = UserIdOf(ticket);
        var now = clock.GetUtcNow().UtcDateTime;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PartyMembersDbContext>();
        var row = await db.UserSessions.AsNoTracking().Where(s => s.KeyHash == hash).Select(s => new { s.Id, s.UserId })
            .FirstOrDefaultAsync(cancellationToken);
        if (row is not null && row.UserId == userId)
        {
            // A refreshed ticket, or the same user signed in again (e.g. after changing their password): the session
            // goes on with the new ticket and the stamp it carries; its absolute lifetime is not extended.
            var protectedTicket = Protect(ticket);
            var stamp = StampOf(ticket);
            await db.UserSessions.Where(s => s.Id == row.Id && s.EndedAtUtc == null)
                .ExecuteUpdateAsync(
                    set => set.SetProperty(s => s.Ticket, protectedTicket).SetProperty(s => s.SecurityStamp, stamp).SetProperty(s => s.LastSeenAtUtc, now),
                    cancellationToken);
            return;
        }

        if (row is not null)
        {
            // Another account signed in in the same browser: the old account's session ends here.
            await SessionRevocation.EndAsync(db.UserSessions.Where(s => s.Id == row.Id), SessionEndReason.Replaced, now, cancellationToken);
        }
        else if (!EndedHere(httpContext).Contains(Convert.ToBase64String(hash)))
        {
            // The session was ended elsewhere while this request ran: it stays ended.
            return;
        }

        // A sign-in in the same request that ended the browser's previous session: the key the handler keeps gets a
        // new session of its own.
        await InsertAsync(db, hash, ticket, httpContext, cancellationToken);
    }

    private async Task RemoveCoreAsync(string key, HttpContext? httpContext, CancellationToken cancellationToken)
    {
        var hash = Hash(key);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PartyMembersDbContext>();
        var ended = await SessionRevocation.EndAsync(
            db.UserSessions.Where(s => s.KeyHash == hash), SessionEndReason.SignedOut, clock.GetUtcNow().UtcDateTime, cancellationToken);
        EndedHere(httpContext).Add(Convert.ToBase64String(hash));
        if (ended > 0)
        {
            logger.LogInformation("Session signed out");
        }
    }

    private static HashSet<string> EndedHere(HttpContext? httpContext)
    {
        if (httpContext is null)
        {
            return [];
        }

        if (httpContext.Items[EndedHereItem] is not HashSet<string> set)
        {
            set = new HashSet<string>(StringComparer.Ordinal);
            httpContext.Items[EndedHereItem] = set;
        }

        return set;
    }

    private static byte[] Hash(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));

    private byte[] Protect(AuthenticationTicket ticket) => _protector.Protect(TicketSerializer.Default.Serialize(ticket));

    private AuthenticationTicket? Unprotect(byte[]? data)
    {
        if (data is null)
        {
            return null;
        }

        try
        {
            return TicketSerializer.Default.Deserialize(_protector.Unprotect(data));
        }
        catch (CryptographicException)
        {
            return null;
        }
    }

    private Guid? UserIdOf(AuthenticationTicket ticket) =>
        Guid.TryParse(ticket.Principal.FindFirstValue(identity.Value.ClaimsIdentity.UserIdClaimType), out var id) ? id : null;

    private string StampOf(AuthenticationTicket ticket) =>
        ticket.Principal.FindFirstValue(identity.Value.ClaimsIdentity.SecurityStampClaimType) ?? string.Empty;
}
