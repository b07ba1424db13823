using PartyMembers.Infrastructure.Persistence;

namespace PartyMembers.Infrastructure.Auditing;

/// For writes that bypass change tracking (ExecuteUpdate, ExecuteDelete, raw SQL): the caller adds one audit row per
/// record it changed, in the same transaction, then saves; the interceptor chains the rows like any other (ADR 0015).
/// A guard test (BulkWriteGuardTests) fails when a file in src/ uses a bulk write without this helper.
public static class AuditBulk
{
    public static void Add(PartyMembersDbContext db, IAuditActor actor, TimeProvider clock, string entity, AuditAction action,
        IEnumerable<(string Key, Guid? MemberId, Guid? UnitId)> records, string changes)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("A bulk write and its audit rows must share a transaction: begin one first.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var (key, memberId, unitId) in records)
        {
            db.AuditEntries.Add(new AuditEntry
            {
                AtUtc = now,
                UserId = actor.UserId,
                UserName = actor.UserName.Length <= AuditEntry.UserNameMaxLength ? actor.UserName : actor.UserName[..AuditEntry.UserNameMaxLength],
                Entity = entity,
                EntityKey = key,
                Action = action,
                Changes = changes,
                Reason = db.ChangeReason,
                TraceId = actor.TraceId,
                MemberId = memberId,
                UnitId = unitId,
            });
        }
    }
}
