using System.Collections.Concurrent;
using System.Data.SqlTypes;
using PartyMembers.Domain.Common;

namespace PartyMembers.Domain.Tests.Common;

public class IdsTests
{
    [Fact]
    public void Ids_are_unique_over_many_calls()
    {
        var ids = Enumerable.Range(0, 20_000).Select(_ => Ids.New()).ToList();

        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.DoesNotContain(Guid.Empty, ids);
    }

    [Fact]
    public void Ids_made_on_several_threads_are_unique()
    {
        var ids = new ConcurrentBag<Guid>();
        Parallel.For(0, 4, _ =>
        {
            for (var i = 0; i < 5_000; i++)
            {
                ids.Add(Ids.New());
            }
        });

        Assert.Equal(20_000, ids.Distinct().Count());
    }

    [Fact]
    public void Successive_ids_increase_in_SQL_Server_order()
    {
        var ids = Enumerable.Range(0, 20_000).Select(_ => Ids.New()).ToList();

        for (var i = 1; i < ids.Count; i++)
        {
            Assert.True(SqlServerCompare(ids[i - 1], ids[i]) < 0, $"Id {i} ({ids[i]}) does not sort after {ids[i - 1]}.");
            Assert.True(new SqlGuid(ids[i - 1]).CompareTo(new SqlGuid(ids[i])) < 0);
        }
    }

    [Fact]
    public void The_last_six_bytes_carry_the_time_in_milliseconds()
    {
        var before = DateTime.UtcNow.Ticks / TimeSpan.TicksPerMillisecond;
        var id = Ids.New();
        var after = DateTime.UtcNow.Ticks / TimeSpan.TicksPerMillisecond;

        var bytes = id.ToByteArray();
        var ms = 0L;
        for (var i = 10; i < 16; i++)
        {
            ms = (ms << 8) | bytes[i];
        }

        // Ids made in a burst may run ahead of the clock by a few ticks; never by whole seconds.
        Assert.InRange(ms, before, after + 1000);
    }

    [Fact]
    public void Ids_made_later_sort_after_ids_made_earlier()
    {
        var first = Ids.New();
        Thread.Sleep(5);
        var second = Ids.New();

        Assert.True(SqlServerCompare(first, second) < 0);
        // The random part does not decide the order: compare with the bytes 0-7 swapped.
        var b1 = first.ToByteArray();
        var b2 = second.ToByteArray();
        (b1[0], b2[0]) = (0xFF, 0x00);
        Assert.True(SqlServerCompare(new Guid(b1), new Guid(b2)) < 0);
    }

    // SQL Server compares uniqueidentifier values by bytes 10-15, then 8-9, then 6-7, 4-5 and 0-3 (of the .NET byte array).
    private static int SqlServerCompare(Guid x, Guid y)
    {
        int[] order = [10, 11, 12, 13, 14, 15, 8, 9, 6, 7, 4, 5, 0, 1, 2, 3];
        var a = x.ToByteArray();
        var b = y.ToByteArray();
        foreach (var i in order)
        {
            if (a[i] != b[i])
            {
                return a[i].CompareTo(b[i]);
            }
        }

        return 0;
    }
}
