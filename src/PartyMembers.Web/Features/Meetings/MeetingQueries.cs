using Microsoft.EntityFrameworkCore;
using PartyMembers.Domain.Meetings;
using PartyMembers.Infrastructure.Persistence;

namespace PartyMembers.Web.Features.Meetings;

public sealed record MeetingRow(Guid Id, Guid UnitId, string UnitName, MeetingKind Kind, DateOnly Date, int DurationMinutes, bool IsCancelled, bool AttendanceRecorded);

public sealed record MemberRateRow(Guid MemberId, string Name, AttendanceRate Rate);

public sealed record UnitRateRow(Guid UnitId, string Name, int Meetings, AttendanceRate Rate);

public sealed record MemberLine(Guid MeetingId, DateOnly Date, MeetingKind Kind, string UnitName, AttendanceStatus Status, string? Reason);

public sealed record CellGap(Guid UnitId, string Name, MeetingCompliance State);

/// The meeting lists, rates and checks, each in one query (or one per section) scoped by the unit path, with grouped
/// counts instead of a query per row. Cancelled meetings count for nothing.
public sealed class MeetingQueries(PartyMembersDbContext db)
{
    public const int PageSize = 50;

    /// Meetings of the units under <paramref name="path"/>, newest first, keyset-paged after (date, id).
    public async Task<IReadOnlyList<MeetingRow>> ListAsync(string path, MeetingKind? kind, DateOnly? beforeDate, Guid? beforeId)
    {
        var query = from m in db.Meetings.AsNoTracking()
                    join u in db.Units.AsNoTracking() on m.UnitId equals u.Id
                    where u.Path.StartsWith(path)
                    select new { m, u.Name };
        if (kind is { } k)
        {
            query = query.Where(x => x.m.Kind == k);
        }

        if (beforeDate is { } d && beforeId is { } id)
        {
            query = query.Where(x => x.m.Date < d || (x.m.Date == d && x.m.Id.CompareTo(id) < 0));
        }

        return await query.OrderByDescending(x => x.m.Date).ThenByDescending(x => x.m.Id).Take(PageSize + 1)
            .Select(x => new MeetingRow(x.m.Id, x.m.UnitId, x.Name, x.m.Kind, x.m.Date, x.m.DurationMinutes, x.m.IsCancelled, x.m.AttendanceRecorded))
            .ToListAsync();
    }

    /// Each member's attendance at the meetings of one unit over a period, with current names.
    public async Task<IReadOnlyList<MemberRateRow>> MemberRatesAsync(Guid unitId, DateOnly first, DateOnly last)
    {
        var counts = await (from a in db.MeetingAttendance.AsNoTracking()
                            join m in db.Meetings.AsNoTracking() on a.MeetingId equals m.Id
                            where m.UnitId == unitId && !m.IsCancelled && m.Date >= first && m.Date <= last
                            group a by new { a.MemberId, a.Status } into g
                            select new { g.Key.MemberId, g.Key.Status, Count = g.Count() }).ToListAsync();
        var ids = counts.Select(c => c.MemberId).Distinct().ToList();
        var names = await db.Members.AsNoTracking().Where(m => ids.Contains(m.Id))
            .Select(m => new { m.Id, m.FullName, m.SearchName }).ToListAsync();
        var byMember = counts.ToLookup(c => c.MemberId);
        return names.OrderBy(n => n.SearchName, StringComparer.Ordinal)
            .Select(n => new MemberRateRow(n.Id, n.FullName, AttendanceRate.From(byMember[n.Id].Select(c => (c.Status, c.Count)))))
            .ToList();
    }

    /// Each unit's meetings and attendance under <paramref name="path"/> over a period.
    public async Task<IReadOnlyList<UnitRateRow>> UnitRatesAsync(string path, DateOnly first, DateOnly last)
    {
        var meetings = db.Meetings.AsNoTracking().Where(m => !m.IsCancelled && m.Date >= first && m.Date <= last)
            .Join(db.Units.AsNoTracking().Where(u => u.Path.StartsWith(path)), m => m.UnitId, u => u.Id, (m, u) => m);
        var counts = await (from a in db.MeetingAttendance.AsNoTracking()
                            join m in meetings on a.MeetingId equals m.Id
                            group a by new { m.UnitId, a.Status } into g
                            select new { g.Key.UnitId, g.Key.Status, Count = g.Count() }).ToListAsync();
        var held = await meetings.GroupBy(m => m.UnitId).Select(g => new { UnitId = g.Key, Count = g.Count() }).ToListAsync();
        var unitIds = held.Select(h => h.UnitId).ToList();
        var names = await db.Units.AsNoTracking().Where(u => unitIds.Contains(u.Id)).Select(u => new { u.Id, u.Name, u.Path }).ToListAsync();
        var byUnit = counts.ToLookup(c => c.UnitId);
        var heldByUnit = held.ToDictionary(h => h.UnitId, h => h.Count);
        return names.OrderBy(n => n.Path, StringComparer.Ordinal)
            .Select(n => new UnitRateRow(n.Id, n.Name, heldByUnit[n.Id], AttendanceRate.From(byUnit[n.Id].Select(c => (c.Status, c.Count)))))
            .ToList();
    }

    /// A member's lines over a period, newest first, and the rate they give.
    public async Task<(AttendanceRate Rate, IReadOnlyList<MemberLine> Lines)> MemberAsync(Guid memberId, DateOnly first, DateOnly last)
    {
        var lines = await (from a in db.MeetingAttendance.AsNoTracking()
                           join m in db.Meetings.AsNoTracking() on a.MeetingId equals m.Id
                           join u in db.Units.AsNoTracking() on m.UnitId equals u.Id
                           where a.MemberId == memberId && !m.IsCancelled && m.Date >= first && m.Date <= last
                           orderby m.Date descending, m.Id descending
                           select new MemberLine(m.Id, m.Date, m.Kind, u.Name, a.Status, a.Reason)).ToListAsync();
        return (AttendanceRate.From(lines.GroupBy(l => l.Status).Select(g => (g.Key, g.Count()))), lines);
    }

    /// The cells under <paramref name="path"/> (or the one cell at it) and where each stands against the monthly and
    /// quarterly rules today, in one query: the cells left-joined with their meetings since the start of the window.
    public async Task<IReadOnlyList<CellGap>> CellStatesAsync(string path, bool exact, DateOnly today)
    {
        var start = MeetingCompliance.WindowStart(today);
        var cellTypes = MeetingRules.CellTypes;
        var units = db.Units.AsNoTracking().Where(u => u.DissolvedOn == null && cellTypes.Contains(u.Type));
        units = exact ? units.Where(u => u.Path == path) : units.Where(u => u.Path.StartsWith(path));
        var rows = await (from u in units
                          join m in db.Meetings.AsNoTracking().Where(m => !m.IsCancelled && m.Date >= start && m.Date <= today)
                              on u.Id equals m.UnitId into held
                          from m in held.DefaultIfEmpty()
                          select new { u.Id, u.Name, u.Path, u.EstablishedOn, Kind = (MeetingKind?)m!.Kind, Date = (DateOnly?)m.Date })
            .ToListAsync();
        return rows.GroupBy(r => (r.Id, r.Name, r.Path, r.EstablishedOn))
            .OrderBy(g => g.Key.Path, StringComparer.Ordinal)
            .Select(g => new CellGap(g.Key.Id, g.Key.Name, MeetingCompliance.Evaluate(
                g.Where(r => r.Kind is not null).Select(r => new MeetingFact(r.Kind!.Value, r.Date!.Value)), today, g.Key.EstablishedOn)))
            .ToList();
    }
}
