using System.Security.Cryptography;

namespace PartyMembers.Domain.Common;

/// Identifiers are made in the domain so that an aggregate knows its key (and its unit path) before it is saved,
/// and the audit trail can name every row it writes in the same transaction.
public static class Ids
{
    private static long _lastTicks;

    // SQL Server orders uniqueidentifier values by their last six bytes first, so the time goes there:
    // new rows append to the clustered index instead of splitting pages at random.
    public static Guid New()
    {
        Span<byte> bytes = stackalloc byte[16];
        RandomNumberGenerator.Fill(bytes[..10]);
        long ticks;
        long last;
        do
        {
            last = Interlocked.Read(ref _lastTicks);
            ticks = Math.Max(DateTime.UtcNow.Ticks, last + 1);
        }
        while (Interlocked.CompareExchange(ref _lastTicks, ticks, last) != last);

        var ms = ticks / TimeSpan.TicksPerMillisecond;
        for (var i = 0; i < 6; i++)
        {
            bytes[15 - i] = (byte)(ms >> (8 * i));
        }

        // Sub-millisecond order is kept in bytes 8-9, which SQL Server compares right after the last six.
        var sub = (ushort)(ticks % TimeSpan.TicksPerMillisecond);
        bytes[8] = (byte)(sub >> 8);
        bytes[9] = (byte)sub;
        return new Guid(bytes);
    }
}
