using Microsoft.Extensions.DependencyInjection;
using PartyMembers.Infrastructure.Persistence;

namespace PartyMembers.Infrastructure.Auditing;

public enum AccessKind
{
    View,
    Export,
    Denied,
}

/// The access log (ASVS 16.3.2; Decree 13/2023 processing logs): who opened, downloaded or was refused what. Rows go
/// through the same hash chain as changes; they hold ids and the page path only, never personal data.
public interface IAccessJournal
{
    /// <paramref name="reason"/>: why the access was made where the page asks for it (e.g. the access request an export
    /// answers); never personal data.
    Task RecordAsync(AccessKind kind, string entity, string entityKey, Guid? memberId, string page, string? reason = null, CancellationToken cancellationToken = default);
}

/// Writes each access as one audit row in its own small transaction, from a context of its own, so that nothing the
/// page has pending is saved with it.
public sealed class AccessJournal(IServiceScopeFactory scopes, IAuditActor actor, TimeProvider clock) : IAccessJournal
{
    public async Task RecordAsync(AccessKind kind, string entity, string entityKey, Guid? memberId, string page, string? reason = null, CancellationToken cancellationToken = default)
    {
        var entry = new AuditEntry
        {
            AtUtc = clock.GetUtcNow().UtcDateTime,
            UserId = actor.UserId,
            UserName = Cut(actor.UserName, AuditEntry.UserNameMaxLength),
            Entity = Cut(entity, AuditEntry.EntityMaxLength),
            EntityKey = Cut(entityKey, AuditEntry.KeyMaxLength),
            Action = kind switch
            {
                AccessKind.View => AuditAction.View,
                AccessKind.Export => AuditAction.Export,
                _ => AuditAction.Denied,
            },
            Changes = "{}",
            TraceId = actor.TraceId,
            Reason = reason is null ? null : Cut(reason, AuditEntry.ReasonMaxLength),
            MemberId = memberId,
            Page = Cut(PathOnly(page), AuditEntry.PageMaxLength),
        };

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PartyMembersDbContext>();
        db.AuditEntries.Add(entry);

        // Written even when the request was cancelled: the access has happened.
        await db.SaveChangesAsync(CancellationToken.None);
    }

    /// The path of a page, never its query string or fragment.
    public static string PathOnly(string page)
    {
        var cut = page.IndexOfAny(['?', '#']);
        return cut < 0 ? page : page[..cut];
    }

    private static string Cut(string value, int max) => value.Length <= max ? value : value[..max];
}
