using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using PartyMembers.Infrastructure.Persistence.Backups;
using PartyMembers.Infrastructure.Tests.Support;

namespace PartyMembers.Infrastructure.Tests.Durability;

/// A process writing many members in one transaction is killed (SIGKILL, no clean-up) at different moments; each time
/// the database must pass its integrity check and hold all of the write or none of it, with the earlier data intact.
/// The writer is tests/PartyMembers.CrashWriter, started as a separate process on the same file.
public class KillDuringWriteTests
{
    // 1,500 members and their audit rows: several MB of WAL, and a write that lasts seconds on a loaded machine, so every
    // kill below lands inside it. Each run takes a few seconds (process start, EF model, building the members).
    private const int RowsPerWrite = 1_500;

    [Fact]
    public async Task A_write_killed_midway_leaves_a_sound_database_with_all_or_none_of_it()
    {
        var writer = WriterPath();
        Assert.True(File.Exists(writer), $"The crash writer is not built at {writer} (./test.sh builds the solution).");

        await using var db = await TestDatabase.CreateAsync();
        await using (var raw = db.OpenRawConnection())
        {
            Assert.Equal(["wal"], await TestDatabase.ColumnAsync(raw, "PRAGMA journal_mode=WAL;"));
        }

        var tree = TestData.Units(db.Today);
        await using (var context = db.CreateContext())
        {
            context.Units.AddRange(tree.All);
            context.Members.Add(TestData.Member(db, tree.CellA, "Nguyễn Văn Trước"));
            context.Members.Add(TestData.Member(db, tree.CellA, "Trần Thị Trước"));
            await context.SaveChangesAsync();
        }

        SqliteConnection.ClearAllPools();
        var earlierAudit = (long)(await db.ScalarAsync("SELECT COUNT(*) FROM AuditEntries"))!;
        using var budget = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        var written = 0L;
        var outcomes = new List<string>();

        // Killed soon after the first INSERT, in the middle, and late (possibly during the commit).
        foreach (var (delay, run) in new[] { 50, 500, 1500 }.Select((d, i) => (d, i)))
        {
            var finished = await RunAndKillAsync(writer, db.FilePath, tree.CellB.Id, run * RowsPerWrite, TimeSpan.FromMilliseconds(delay), budget.Token);

            Assert.Equal("ok", await SqliteBackupService.IntegrityCheckAsync(db.FilePath));
            long inCellB;
            long inCellA;
            await using (var context = db.CreateContext())
            {
                inCellB = await context.Members.LongCountAsync(m => m.HomeUnitId == tree.CellB.Id);
                inCellA = await context.Members.LongCountAsync(m => m.HomeUnitId == tree.CellA.Id);
            }

            var added = inCellB - written;
            Assert.True(added == 0 || added == RowsPerWrite, $"Run {run} (killed {delay} ms after the first insert) left {added} of {RowsPerWrite} rows.");
            if (finished)
            {
                Assert.Equal(RowsPerWrite, added);
            }

            written = inCellB;
            outcomes.Add(added == 0 ? "none" : "all");
            Assert.Equal(2L, inCellA);

            // Each member written carries its audit row, in the same transaction.
            var audit = (long)(await db.ScalarAsync("SELECT COUNT(*) FROM AuditEntries"))!;
            Assert.True(audit >= earlierAudit + written, $"{audit} audit rows for {written} written members");
            SqliteConnection.ClearAllPools();
        }

        Assert.Equal(3, outcomes.Count);
    }

    /// Starts the writer, waits for its "started" line, waits <paramref name="delay"/>, kills it with its process tree.
    /// Returns true when it had already committed ("done") before the kill.
    private static async Task<bool> RunAndKillAsync(string writer, string file, Guid unit, int firstSerial, TimeSpan delay, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { writer, file, unit.ToString(), RowsPerWrite.ToString(System.Globalization.CultureInfo.InvariantCulture), firstSerial.ToString(System.Globalization.CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var done = false;
        var output = new System.Text.StringBuilder();
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                started.TrySetException(new InvalidOperationException("The writer ended before it started writing: " + output));
                return;
            }

            lock (output)
            {
                output.AppendLine(e.Data);
            }

            if (e.Data == "started")
            {
                started.TrySetResult();
            }
            else if (e.Data.StartsWith("done", StringComparison.Ordinal))
            {
                done = true;
            }
        };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                lock (output)
                {
                    output.AppendLine(e.Data);
                }
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await started.Task.WaitAsync(cancellationToken);
            await Task.Delay(delay, cancellationToken);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }

            await process.WaitForExitAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10), CancellationToken.None);
        }

        return done;
    }

    /// tests/PartyMembers.CrashWriter/bin/&lt;configuration&gt;/&lt;tfm&gt;/PartyMembers.CrashWriter.dll, next to this test
    /// project's own output (same configuration and target framework).
    private static string WriterPath()
    {
        var here = new DirectoryInfo(Path.GetDirectoryName(typeof(KillDuringWriteTests).Assembly.Location)!);
        var tfm = here.Name;
        var configuration = here.Parent!.Name;
        var tests = here.Parent.Parent!.Parent!.Parent!.FullName;
        return Path.Combine(tests, "PartyMembers.CrashWriter", "bin", configuration, tfm, "PartyMembers.CrashWriter.dll");
    }
}
