using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using PartyMembers.Domain.Common;
using PartyMembers.Infrastructure.Persistence;

namespace PartyMembers.Infrastructure.Auditing;

/// Before every save: refuses to delete records that are never deleted and to change audit rows, gives changed
/// aggregates a new concurrency version, and adds one <see cref="AuditEntry"/> per inserted, updated or deleted row, so
/// the audit is saved in the same transaction as the change it describes. If the save fails, its audit rows are taken
/// back, so a later save on the same context does not write them.
public sealed class AuditInterceptor(IAuditActor actor, TimeProvider clock) : SaveChangesInterceptor
{
    /// Shown as the key of a row whose key the database generates (Identity's claim tables): it is not known before
    /// the insert, and the row's values are in the audit's changes.
    public const string GeneratedKey = "(generated)";

    private List<AuditEntry> _pending = [];

    // Audit rows are data, not markup: Vietnamese stays readable in them (pages encode when they show it).
    private static readonly JsonSerializerOptions JsonOptions = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly HashSet<string> MaskedProperties = new(StringComparer.Ordinal)
    {
        "PasswordHash", "SecurityStamp", "ConcurrencyStamp",
    };

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Prepare(eventData.Context);
        return base.SavingChanges(eventData, result);
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Prepare(eventData.Context);
        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData)
    {
        Withdraw(eventData.Context);
        base.SaveChangesFailed(eventData);
    }

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Withdraw(eventData.Context);
        return base.SaveChangesFailedAsync(eventData, cancellationToken);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        _pending = [];
        return base.SavedChanges(eventData, result);
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        _pending = [];
        return base.SavedChangesAsync(eventData, result, cancellationToken);
    }

    private void Withdraw(DbContext? context)
    {
        if (context is not null)
        {
            foreach (var entry in _pending)
            {
                context.Entry(entry).State = EntityState.Detached;
            }
        }

        _pending = [];
    }

    private void Prepare(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        // Audit rows left from a failed save of this context (if the caller kept it) are not written now.
        Withdraw(context);

        context.ChangeTracker.DetectChanges();
        var now = clock.GetUtcNow().UtcDateTime;
        var reason = (context as PartyMembersDbContext)?.ChangeReason;
        var entries = context.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            // Key-ring entries and sign-in sessions (which hold tickets) are bookkeeping, not records.
            .Where(e => e.Entity is not DataProtectionKey and not Identity.UserSession)
            .ToList();
        if (entries.Any(e => e.Entity is AuditEntry && e.State != EntityState.Added))
        {
            throw new InvalidOperationException("Audit entries are appended, never changed or deleted.");
        }

        entries.RemoveAll(e => e.Entity is AuditEntry);

        var audit = new List<AuditEntry>(entries.Count);
        foreach (var entry in entries)
        {
            if (entry.State == EntityState.Deleted && entry.Entity is INeverDeleted)
            {
                throw new InvalidOperationException(
                    $"{entry.Metadata.ClrType.Name} records are never deleted; record a dated state change instead.");
            }

            if (entry.State == EntityState.Modified && entry.Entity is IVersioned)
            {
                entry.Property(nameof(IVersioned.Version)).CurrentValue = Guid.NewGuid();
            }

            var changes = Changes(entry);
            if (entry.State == EntityState.Modified && changes.Count == 0)
            {
                continue;
            }

            audit.Add(new AuditEntry
            {
                AtUtc = now,
                UserId = actor.UserId,
                UserName = Truncate(actor.UserName, AuditEntry.UserNameMaxLength),
                Entity = Truncate(EntityName(entry), AuditEntry.EntityMaxLength),
                EntityKey = Truncate(Key(entry), AuditEntry.KeyMaxLength),
                Action = entry.State switch
                {
                    EntityState.Added => AuditAction.Insert,
                    EntityState.Deleted => AuditAction.Delete,
                    _ => AuditAction.Update,
                },
                Changes = JsonSerializer.Serialize(changes, JsonOptions),
                Reason = reason is null ? null : Truncate(reason, AuditEntry.ReasonMaxLength),
                TraceId = actor.TraceId,
            });
        }

        if (audit.Count > 0)
        {
            context.Set<AuditEntry>().AddRange(audit);
            _pending = audit;
        }
    }

    private static Dictionary<string, object?[]> Changes(EntityEntry entry)
    {
        var changes = new Dictionary<string, object?[]>(StringComparer.Ordinal);
        foreach (var property in entry.Properties)
        {
            var name = property.Metadata.Name;
            if (property.IsTemporary)
            {
                // A placeholder until the database assigns the value; it means nothing to a reader of the audit.
                continue;
            }

            // Identity keeps authenticator keys and recovery codes in the token table's Value column.
            var mask = MaskedProperties.Contains(name) || (entry.Entity is IdentityUserToken<Guid> && name == "Value");
            Collect(changes, name, entry.State, property.OriginalValue, property.CurrentValue, property.IsModified, mask);
        }

        foreach (var complex in entry.ComplexProperties)
        {
            foreach (var property in complex.Properties)
            {
                Collect(changes, complex.Metadata.Name + "." + property.Metadata.Name, entry.State,
                    property.OriginalValue, property.CurrentValue, property.IsModified, mask: false);
            }
        }

        return changes;
    }

    private static void Collect(
        Dictionary<string, object?[]> changes, string name, EntityState state, object? original, object? current, bool modified,
        bool mask)
    {
        if (name == nameof(IVersioned.Version))
        {
            return;
        }

        switch (state)
        {
            case EntityState.Added:
                if (current is not null)
                {
                    changes[name] = [null, Show(current, mask)];
                }

                break;
            case EntityState.Deleted:
                changes[name] = [Show(original, mask), null];
                break;
            default:
                if (modified && !Equals(original, current))
                {
                    changes[name] = [Show(original, mask), Show(current, mask)];
                }

                break;
        }
    }

    private static object? Show(object? value, bool mask) =>
        value is null ? null
        : mask ? "***"
        : value switch
        {
            DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            DateTime t => t.ToString("O", CultureInfo.InvariantCulture),
            Enum e => e.ToString(),
            Guid g => g.ToString(),
            _ => value,
        };

    private static string EntityName(EntityEntry entry)
    {
        var name = entry.Metadata.ClrType.Name;
        var tick = name.IndexOf('`', StringComparison.Ordinal);
        return tick < 0 ? name : name[..tick];
    }

    private static string Key(EntityEntry entry)
    {
        var key = entry.Metadata.FindPrimaryKey();
        if (key is null)
        {
            return string.Empty;
        }

        if (key.Properties.Any(p => entry.Property(p.Name).IsTemporary))
        {
            return GeneratedKey;
        }

        return string.Join(",", key.Properties.Select(p => Convert.ToString(entry.Property(p.Name).CurrentValue, CultureInfo.InvariantCulture)));
    }

    private static string Truncate(string value, int max) => value.Length <= max ? value : value[..max];
}
