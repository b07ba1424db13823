using Microsoft.EntityFrameworkCore;
using PartyMembers.Domain.Accounts;
using PartyMembers.Domain.Members;
using PartyMembers.Domain.Statistics;
using PartyMembers.Infrastructure.Queries;
using PartyMembers.Infrastructure.Tests.Support;

namespace PartyMembers.Infrastructure.Tests;

public class MembershipQueriesTests
{
    private static StatusChange On(int year, int month, int day, bool withDecision = true) =>
        new(new DateOnly(year, month, day), withDecision ? TestData.Decision("QĐ-" + year + month + day, new DateOnly(year, month, day)) : null, null);

    /// Admissions, recognitions (one dated back, behind a later move), moves between units (one on the day of the
    /// recognition), a temporary transfer out and back, an official transfer out, an exemption, a death, a removal and an
    /// arrival from another organisation.
    private static async Task<UnitTree> SeedHistoryAsync(TestDatabase db)
    {
        var tree = TestData.Units(db.Today);
        var (a, b, c) = (tree.CellA, tree.CellB, tree.GrassrootsCell);
        var board = TestData.Stamp(db);
        var members = new List<Member>();
        Member Add(Member m)
        {
            members.Add(m);
            return m;
        }

        Add(TestData.Member(db, a, "Nguyễn Văn Một", TestData.Official(new DateOnly(2019, 3, 1))));

        var m2 = Add(TestData.Member(db, a, "Trần Thị Hai", TestData.Probationary(new DateOnly(2025, 3, 1))));
        TestData.Ok(m2.Recognise(TestData.Decision("101-QĐ/ĐU", new DateOnly(2026, 3, 5)), 12, board));

        var m3 = Add(TestData.Member(db, a, "Lê Văn Ba", TestData.Official(new DateOnly(2012, 5, 5))));
        TestData.Ok(m3.MoveToUnit(b.Id, b.Type, On(2024, 5, 10), board));

        var m4 = Add(TestData.Member(db, b, "Phạm Thị Bốn", TestData.Official(new DateOnly(2014, 6, 6))));
        TestData.Ok(m4.StartTemporaryTransfer(On(2025, 1, 15), board));
        TestData.Ok(m4.EndTemporaryTransfer(On(2025, 9, 1, withDecision: false), board));

        var m5 = Add(TestData.Member(db, c, "Hoàng Văn Năm", TestData.Official(new DateOnly(2010, 10, 10))));
        TestData.Ok(m5.StartTransferOut(On(2025, 2, 1), board));
        TestData.Ok(m5.CompleteTransferOut(On(2025, 3, 1, withDecision: false), board));

        var m6 = Add(TestData.Member(db, a, "Vũ Văn Sáu", TestData.Official(new DateOnly(2005, 1, 1))));
        TestData.Ok(m6.Die(On(2024, 12, 1, withDecision: false), board));

        var m7 = Add(TestData.Member(db, b, "Đặng Thị Bảy", TestData.Probationary(new DateOnly(2025, 1, 10))));
        TestData.Ok(m7.Leave(ExitForm.RemovedFromList, On(2025, 6, 1), board));

        Add(TestData.Member(db, c, "Bùi Văn Tám", TestData.Official(new DateOnly(2011, 11, 11), joinedOrganisationOn: new DateOnly(2023, 7, 1))));

        Add(TestData.Member(db, b, "Đỗ Thị Chín", TestData.Probationary(new DateOnly(2025, 12, 1))));

        var m10 = Add(TestData.Member(db, a, "Hồ Văn Mười", TestData.Probationary(new DateOnly(2024, 1, 10))));
        TestData.Ok(m10.MoveToUnit(b.Id, b.Type, On(2025, 2, 1), board));
        TestData.Ok(m10.Recognise(TestData.Decision("102-QĐ/ĐU", new DateOnly(2025, 3, 1)), 12, board));

        var m11 = Add(TestData.Member(db, a, "Ngô Văn Mười Một", TestData.Official(new DateOnly(2021, 5, 5))));
        TestData.Ok(m11.MoveToUnit(c.Id, c.Type, On(2022, 5, 5), board));

        var m12 = Add(TestData.Member(db, c, "Dương Thị Mười Hai", TestData.Official(new DateOnly(2000, 8, 8))));
        TestData.Ok(m12.Exempt(On(2023, 3, 3), TestData.Stamp(db, Role.CellSecretary)));

        await using var context = db.CreateContext();
        context.Units.AddRange(tree.All);
        context.Members.AddRange(members);
        await context.SaveChangesAsync();
        return tree;
    }

    private static void AssertSame(IReadOnlyDictionary<Guid, StrengthCount> expected, IReadOnlyDictionary<Guid, StrengthCount> actual, DateOnly date)
    {
        Assert.True(
            expected.Count == actual.Count && expected.All(e => actual.TryGetValue(e.Key, out var a) && a == e.Value),
            $"On {date:yyyy-MM-dd}: expected [{string.Join(", ", expected.OrderBy(e => e.Key).Select(e => $"{e.Key}={e.Value}"))}] " +
            $"but the query gave [{string.Join(", ", actual.OrderBy(e => e.Key).Select(e => $"{e.Key}={e.Value}"))}]");
    }

    [Fact]
    public async Task Strength_by_unit_in_the_database_equals_the_domain_rule_on_every_date()
    {
        await using var db = await TestDatabase.CreateAsync();
        await SeedHistoryAsync(db);
        await using var context = db.CreateContext();
        var events = await context.MemberEvents.AsNoTracking().ToListAsync();
        Assert.Equal(31, events.Count);

        // Every event date, the days either side, and a few plain dates.
        var dates = events.Select(e => e.EffectiveDate)
            .SelectMany(d => new[] { d.AddDays(-1), d, d.AddDays(1) })
            .Concat([new DateOnly(1999, 1, 1), new DateOnly(2024, 6, 1), new DateOnly(2025, 2, 15), db.Today])
            .Distinct()
            .Order()
            .ToList();

        foreach (var date in dates)
        {
            var expected = MembershipStatistics.StrengthByUnit(events, date);
            var actual = await MembershipQueries.StrengthByUnitAsync(context, date);
            AssertSame(expected, actual, date);
        }
    }

    [Fact]
    public async Task Strength_by_unit_counts_what_the_history_says()
    {
        // Hand-counted, so that the comparison above cannot pass by both sides being wrong the same way.
        await using var db = await TestDatabase.CreateAsync();
        var tree = await SeedHistoryAsync(db);
        await using var context = db.CreateContext();

        var today = await MembershipQueries.StrengthByUnitAsync(context, db.Today);
        Assert.Equal(3, today.Count);
        Assert.Equal(new StrengthCount(2, 0), today[tree.CellA.Id]);      // 1, 2 (recognised)
        Assert.Equal(new StrengthCount(3, 1), today[tree.CellB.Id]);      // 3, 4 (back), 10 (recognised, dated back); 9 on probation
        Assert.Equal(new StrengthCount(3, 0), today[tree.GrassrootsCell.Id]); // 8, 11, 12 (exempt still counts); 5 left

        var mid2024 = await MembershipQueries.StrengthByUnitAsync(context, new DateOnly(2024, 6, 1));
        Assert.Equal(new StrengthCount(2, 1), mid2024[tree.CellA.Id]);    // 1, 6; 10 on probation
        Assert.Equal(new StrengthCount(2, 0), mid2024[tree.CellB.Id]);    // 3 (moved in), 4
        Assert.Equal(new StrengthCount(4, 0), mid2024[tree.GrassrootsCell.Id]); // 5, 8, 11, 12

        var early2025 = await MembershipQueries.StrengthByUnitAsync(context, new DateOnly(2025, 2, 15));
        Assert.Equal(new StrengthCount(1, 0), early2025[tree.CellA.Id]);  // 1 (6 died, 10 moved)
        Assert.Equal(new StrengthCount(3, 0), early2025[tree.GrassrootsCell.Id]); // 8, 11, 12; 5 is transferring out
        Assert.Equal(new StrengthCount(3, 1), early2025[tree.CellB.Id]); // 3, 4 (away, still counted), 10 (official since 10/01); 7 on probation

        Assert.Empty(await MembershipQueries.StrengthByUnitAsync(context, new DateOnly(1999, 1, 1)));
    }

    [Fact]
    public async Task Todays_strength_from_the_members_current_state_equals_the_replay_of_their_events()
    {
        await using var db = await TestDatabase.CreateAsync();
        await SeedHistoryAsync(db);
        await using var context = db.CreateContext();

        var current = await MembershipQueries.CurrentStrengthByUnitAsync(context);
        var replayed = await MembershipQueries.StrengthByUnitAsync(context, db.Today);

        Assert.Equal(replayed.OrderBy(p => p.Key), current.OrderBy(p => p.Key));
        Assert.Equal(9, current.Values.Sum(c => c.Total)); // as hand-counted in the test above: 2 + 4 + 3
    }

    [Fact]
    public async Task A_recognition_dated_before_a_later_recorded_move_counts_the_member_official_in_the_right_unit()
    {
        // Recognition is dated back by rule (ceremony + 12 months) and its decision often comes weeks later. A probationer
        // admitted in cell A on 10/01/2024 is moved to cell B on 01/02/2025; the recognition decided on 01/03/2025 makes
        // them official from 10/01/2025. From 10/01/2025 they are official: in A until the move, in B after it.
        await using var db = await TestDatabase.CreateAsync();
        var tree = TestData.Units(db.Today);
        var member = TestData.Member(db, tree.CellA, "Hồ Văn Mười", TestData.Probationary(new DateOnly(2024, 1, 10)));
        TestData.Ok(member.MoveToUnit(tree.CellB.Id, tree.CellB.Type, On(2025, 2, 1), TestData.Stamp(db)));
        TestData.Ok(member.Recognise(TestData.Decision("102-QĐ/ĐU", new DateOnly(2025, 3, 1)), 12, TestData.Stamp(db)));
        Assert.Equal(MembershipType.Official, member.Type);
        Assert.Equal(new DateOnly(2025, 1, 10), member.OfficialDate);

        await using (var context = db.CreateContext())
        {
            context.Units.AddRange(tree.All);
            context.Members.Add(member);
            await context.SaveChangesAsync();
        }

        var expectations = new (DateOnly Date, Guid Unit, MembershipType Type)[]
        {
            (new DateOnly(2025, 1, 9), tree.CellA.Id, MembershipType.Probationary),
            (new DateOnly(2025, 1, 20), tree.CellA.Id, MembershipType.Official),
            (new DateOnly(2025, 2, 15), tree.CellB.Id, MembershipType.Official),
            (db.Today, tree.CellB.Id, MembershipType.Official),
        };

        await using var check = db.CreateContext();
        var events = await check.MemberEvents.AsNoTracking().ToListAsync();
        var wrong = new List<string>();
        foreach (var (date, unit, type) in expectations)
        {
            var want = type == MembershipType.Official ? new StrengthCount(1, 0) : new StrengthCount(0, 1);
            var domain = MembershipStatistics.StrengthByUnit(events, date);
            var database = await MembershipQueries.StrengthByUnitAsync(check, date);
            foreach (var (source, actual) in new[] { ("MembershipStatistics", domain), ("MembershipQueries", database) })
            {
                if (actual.Count != 1 || !actual.TryGetValue(unit, out var count) || count != want)
                {
                    wrong.Add($"{source} on {date:yyyy-MM-dd}: expected {(unit == tree.CellA.Id ? "cell A" : "cell B")} {want}, got " +
                        string.Join(", ", actual.Select(a => $"{(a.Key == tree.CellA.Id ? "cell A" : "cell B")} {a.Value}")));
                }
            }
        }

        Assert.True(wrong.Count == 0, string.Join(Environment.NewLine, wrong));
    }

    [Fact]
    public async Task Strength_by_unit_reads_an_index_and_never_the_members_table()
    {
        await using var db = await TestDatabase.CreateAsync();
        await SeedHistoryAsync(db);
        var capture = new CommandCapture();
        await using var context = db.CreateContext(extra: capture);
        await MembershipQueries.StrengthByUnitAsync(context, db.Today);

        var query = Assert.Single(capture.Commands);
        Assert.DoesNotContain("\"Members\"", query.Sql, StringComparison.Ordinal);

        await using var connection = db.OpenRawConnection();
        var plan = await QueryPlans.ExplainAsync(connection, query.Sql, query.Parameters);
        var text = string.Join(Environment.NewLine, plan);
        Assert.DoesNotContain(plan, line => line.Contains("Members ", StringComparison.Ordinal) || line.EndsWith("Members", StringComparison.Ordinal));
        Assert.DoesNotContain(plan, QueryPlans.IsFullTableScan);

        // Every read of MemberEvents (the only table in the query) is answered from an index alone: a report that looks
        // each event row up from an index walk is many times slower than reading the index (reference §1.5).
        var reads = plan.Where(l => l.StartsWith("SEARCH ", StringComparison.Ordinal) || l.StartsWith("SCAN ", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(reads);
        Assert.True(reads.All(l => l.Contains("COVERING INDEX", StringComparison.Ordinal)),
            "Each MemberEvents read should use a covering index. Plan:" + Environment.NewLine + text + Environment.NewLine + "SQL:" + Environment.NewLine + query.Sql);
    }
}
