using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;
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

    private static readonly ConditionalWeakTable<DbContext, object> OwnedTransactions = [];

    private IDbContextTransaction? _owned;

    private DbContext? _ownedBy;

    // Audit rows are data, not markup: Vietnamese stays readable in them (pages encode when they show it).
    private static readonly JsonSerializerOptions JsonOptions = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly HashSet<string> MaskedProperties = new(StringComparer.Ordinal)
    {
        "PasswordHash", "SecurityStamp", "ConcurrencyStamp",
    };

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        var context = eventData.Context;
        // A save whose failure no hook reported (it should not happen) leaves nothing open for the next one.
        RollBackOwned();
        Prepare(context);
        if (context is not null && _pending.Count > 0)
        {
            try
            {
                if (context.Database.CurrentTransaction is null)
                {
                    _owned = context.Database.BeginTransaction();
                    OwnedTransactions.AddOrUpdate(context, _owned);
                    _ownedBy = context;
                }

                AuditChain.Seal(ReadHead(context), _pending);
            }
            catch
            {
                Withdraw(context);
                RollBackOwned();
                throw;
            }
        }

        return base.SavingChanges(eventData, result);
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        var context = eventData.Context;
        await RollBackOwnedAsync();
        Prepare(context);
        if (context is not null && _pending.Count > 0)
        {
            try
            {
                if (context.Database.CurrentTransaction is null)
                {
                    _owned = await context.Database.BeginTransactionAsync(cancellationToken);
                    OwnedTransactions.AddOrUpdate(context, _owned);
                    _ownedBy = context;
                }

                AuditChain.Seal(await ReadHeadAsync(context, cancellationToken), _pending);
            }
            catch
            {
                Withdraw(context);
                await RollBackOwnedAsync();
                throw;
            }
        }

        return await base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData)
    {
        Withdraw(eventData.Context);
        RollBackOwned();
        base.SaveChangesFailed(eventData);
    }

    public override async Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Withdraw(eventData.Context);
        await RollBackOwnedAsync();
        await base.SaveChangesFailedAsync(eventData, cancellationToken);
    }

    public override void SaveChangesCanceled(DbContextEventData eventData)
    {
        Withdraw(eventData.Context);
        RollBackOwned();
        base.SaveChangesCanceled(eventData);
    }

    public override async Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        Withdraw(eventData.Context);
        await RollBackOwnedAsync();
        await base.SaveChangesCanceledAsync(eventData, cancellationToken);
    }

    // A concurrency conflict does not reach SaveChangesFailed: the transaction this interceptor began is rolled back
    // here, before EF throws.
    public override InterceptionResult ThrowingConcurrencyException(ConcurrencyExceptionEventData eventData, InterceptionResult result)
    {
        Withdraw(eventData.Context);
        RollBackOwned();
        return base.ThrowingConcurrencyException(eventData, result);
    }

    public override async ValueTask<InterceptionResult> ThrowingConcurrencyExceptionAsync(
        ConcurrencyExceptionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        Withdraw(eventData.Context);
        await RollBackOwnedAsync();
        return await base.ThrowingConcurrencyExceptionAsync(eventData, result, cancellationToken);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        _pending = [];
        if (ReleaseOwned() is { } owned)
        {
            using (owned)
            {
                owned.Commit();
            }
        }

        return base.SavedChanges(eventData, result);
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        _pending = [];
        if (ReleaseOwned() is { } owned)
        {
            await using (owned)
            {
                // Not cancellable: the rows are written; only the commit makes them (and their audit) count.
                await owned.CommitAsync(CancellationToken.None);
            }
        }

        return await base.SavedChangesAsync(eventData, result, cancellationToken);
    }

    /// True for a transaction an audit interceptor began for one save (the SQL Server execution strategy lets such a
    /// save run, see <see cref="AuditAwareSqlServerExecutionStrategy"/>).
    public static bool IsSaving(DbContext context) => OwnedTransactions.TryGetValue(context, out _);

    /// The transaction this interceptor began for the current save, handed over once and forgotten.
    private IDbContextTransaction? ReleaseOwned()
    {
        var owned = _owned;
        _owned = null;
        if (_ownedBy is not null)
        {
            OwnedTransactions.Remove(_ownedBy);
            _ownedBy = null;
        }

        return owned;
    }

    private void RollBackOwned()
    {
        if (ReleaseOwned() is { } owned)
        {
            using (owned)
            {
                owned.Rollback();
            }
        }
    }

    private async Task RollBackOwnedAsync()
    {
        if (ReleaseOwned() is { } owned)
        {
            await using (owned)
            {
                await owned.RollbackAsync(CancellationToken.None);
            }
        }
    }

    private static AuditHead ReadHead(DbContext context)
    {
        using var command = HeadCommand(context);
        using var reader = command.ExecuteReader();
        return reader.Read() ? Head(reader.GetInt64(0), reader.GetString(1)) : AuditHead.Empty;
    }

    private static async Task<AuditHead> ReadHeadAsync(DbContext context, CancellationToken cancellationToken)
    {
        await using var command = HeadCommand(context);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? Head(reader.GetInt64(0), reader.GetString(1)) : AuditHead.Empty;
    }

    // Rows from before the chain have an empty hash: the first chained row starts from the genesis value.
    private static AuditHead Head(long sequence, string hash) => new(sequence, hash.Length == 0 ? AuditChain.Genesis : hash);

    private static System.Data.Common.DbCommand HeadCommand(DbContext context)
    {
        var command = context.Database.GetDbConnection().CreateCommand();
        command.Transaction = context.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = context.Database.IsSqlServer() ? AuditSql.SqlServerHead : AuditSql.SqliteHead;
        return command;
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

        // Rows the access journal adds itself are chained like the rest, before the rows describing changes.
        var direct = entries.Where(e => e.Entity is AuditEntry).Select(e => (AuditEntry)e.Entity).ToList();
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
                MemberId = MemberOf(entry),
                UnitId = UnitOf(entry),
            });
        }

        if (audit.Count > 0)
        {
            context.Set<AuditEntry>().AddRange(audit);
        }

        _pending = [.. direct, .. audit];
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

    private static readonly string[] UnitProperties = ["HomeUnitId", "UnitId", "CellId"];

    /// The member a row is about: a Member itself, or any record with a MemberId property.
    private static Guid? MemberOf(EntityEntry entry) =>
        entry.Entity is Domain.Members.Member member ? member.Id : GuidValue(entry, "MemberId");

    /// The unit a row belongs to: a unit itself, or its HomeUnitId, UnitId or CellId.
    private static Guid? UnitOf(EntityEntry entry)
    {
        if (entry.Entity is Domain.Organisation.OrganisationUnit unit)
        {
            return unit.Id;
        }

        foreach (var name in UnitProperties)
        {
            if (GuidValue(entry, name) is { } id)
            {
                return id;
            }
        }

        return null;
    }

    private static Guid? GuidValue(EntityEntry entry, string name)
    {
        var property = entry.Metadata.FindProperty(name);
        if (property is null || (property.ClrType != typeof(Guid) && property.ClrType != typeof(Guid?)))
        {
            return null;
        }

        var value = entry.State == EntityState.Deleted ? entry.Property(name).OriginalValue : entry.Property(name).CurrentValue;
        return value is Guid id && id != Guid.Empty ? id : null;
    }

    private static string Truncate(string value, int max) => value.Length <= max ? value : value[..max];
}
