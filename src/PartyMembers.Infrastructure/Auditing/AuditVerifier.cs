using Microsoft.EntityFrameworkCore;
using PartyMembers.Infrastructure.Persistence;

namespace PartyMembers.Infrastructure.Auditing;

/// What a walk of the chain found. <see cref="FirstBroken"/> is null when every row is where the chain says.
public sealed record AuditVerification(long RowsChecked, long RowsBeforeChain, long LastSequence, string HeadHash, long? FirstBroken, AuditBreak? Problem)
{
    public bool IsValid => FirstBroken is null;
}

public enum AuditBreak
{
    /// A row's fields or hash differ from what was chained (a row changed, or two rows swapped places).
    Changed,

    /// A sequence number has no row (a row deleted).
    Missing,

    /// A row without a hash after the chain began.
    Unchained,
}

/// Walks the audit in sequence order, a batch at a time (keyset on Sequence: constant memory for any number of rows),
/// recomputes every hash and reports the first place where the chain breaks (ADR 0015).
public sealed class AuditVerifier(PartyMembersDbContext db)
{
    public const int DefaultBatchSize = 2000;

    public async Task<AuditVerification> VerifyAsync(int batchSize = DefaultBatchSize, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        long checkedRows = 0, legacy = 0, last = 0;
        var previous = AuditChain.Genesis;
        var chained = false;
        while (true)
        {
            var after = last;
            var batch = await db.AuditEntries.AsNoTracking()
                .Where(a => a.Sequence > after)
                .OrderBy(a => a.Sequence)
                .Take(batchSize)
                .ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                return new AuditVerification(checkedRows, legacy, last, previous, null, null);
            }

            foreach (var row in batch)
            {
                checkedRows++;
                if (row.Hash.Length == 0)
                {
                    // Rows written before the chain (migration AuditChain) keep their ids as sequence numbers; ids of
                    // rolled-back inserts may have left gaps there.
                    if (chained)
                    {
                        return Broken(row.Sequence, AuditBreak.Unchained);
                    }

                    legacy++;
                    last = row.Sequence;
                    continue;
                }

                if (chained && row.Sequence != last + 1)
                {
                    return Broken(last + 1, AuditBreak.Missing);
                }

                if (!chained && legacy == 0 && row.Sequence != 1)
                {
                    return Broken(1, AuditBreak.Missing);
                }

                chained = true;
                if (!string.Equals(AuditChain.ComputeHash(previous, row), row.Hash, StringComparison.Ordinal))
                {
                    return Broken(row.Sequence, AuditBreak.Changed);
                }

                previous = row.Hash;
                last = row.Sequence;
            }

            AuditVerification Broken(long sequence, AuditBreak problem) =>
                new(checkedRows, legacy, last, previous, sequence, problem);
        }
    }
}
