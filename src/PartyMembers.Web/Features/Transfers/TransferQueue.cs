using Microsoft.EntityFrameworkCore;
using PartyMembers.Domain.Accounts;
using PartyMembers.Domain.Transfers;
using PartyMembers.Infrastructure.Persistence;
using PartyMembers.Web.Authorization;
using PartyMembers.Web.Features.Admission;
using PartyMembers.Web.Features.Members;

namespace PartyMembers.Web.Features.Transfers;

/// A transfer in a list: who, from where to where, the stage, and the time limit it runs against.
public sealed record TransferRow(
    Guid Id, string MemberName, TransferKind Kind, TransferStage Stage, string? FromCell, string? ToCell, DateOnly? DueOn, int? WorkingDaysLeft,
    Urgency Urgency);

/// What the dashboards show: transfers not started within 60 working days, letters not presented within 30, and
/// incoming members whose file has not arrived more than 3 months after the notice (the removal watch).
public sealed record TransferWatch(IReadOnlyList<TransferRow> NotStarted, IReadOnlyList<TransferRow> NotPresented, IReadOnlyList<TransferRow> NotArrived)
{
    public bool IsEmpty => NotStarted.Count == 0 && NotPresented.Count == 0 && NotArrived.Count == 0;
}

/// The transfer cases a user can see (those whose sending or receiving cell the user's assignments cover), a page at a
/// time by name, and the dashboard watch lists. Each list is one query projecting a few columns.
public sealed class TransferQueue(PartyMembersDbContext db, UnitDirectory directory, CurrentUser currentUser, TransferAccess access)
{
    public const int PageSize = 50;

    /// Items are "near" their limit within this many working days (a display choice, not a rule).
    public const int NearWorkingDays = 5;

    private const int WatchMax = 50;

    private static readonly TransferStage[] BeforeLetter = [TransferStage.Requested, TransferStage.Commented];

    public Task<IReadOnlyList<TransferRow>> ListAsync(TransferStage? stage, Guid? after, int take) =>
        QueryAsync(q => stage is null ? q.Where(c => c.Stage != TransferStage.Completed && c.Stage != TransferStage.Returned && c.Stage != TransferStage.Cancelled)
            : q.Where(c => c.Stage == stage), after, take, byName: true);

    public async Task<TransferWatch> WatchAsync()
    {
        var today = access.Today;
        var deadlines = await access.DeadlinesAsync();
        var near = deadlines.Calendar.AddWorkingDays(today, NearWorkingDays);
        var notStarted = await QueryAsync(q => q.Where(c => BeforeLetter.Contains(c.Stage) && c.StartDue != null && c.StartDue <= near)
            .Where(c => c.Kind != TransferKind.Temporary), null, WatchMax, byName: false);
        var notPresented = await QueryAsync(q => q.Where(c => c.Stage == TransferStage.LetterIssued && c.PresentDue != null && c.PresentDue <= near), null, WatchMax, byName: false);
        var notArrived = await QueryAsync(q => q.Where(c => (c.Stage == TransferStage.NoticeReceived && c.NonArrivalLimit < today) || c.Stage == TransferStage.FlaggedForRemoval),
            null, WatchMax, byName: false);
        return new TransferWatch(notStarted, notPresented, notArrived);
    }

    private async Task<IReadOnlyList<TransferRow>> QueryAsync(
        Func<IQueryable<TransferCase>, IQueryable<TransferCase>> filter, Guid? after, int take, bool byName)
    {
        var scope = await currentUser.ScopeAsync(RoleRules.CanReadMembers);
        if (scope.Count == 0)
        {
            return [];
        }

        var units = await directory.AllAsync();
        var query = db.TransferCases.AsNoTracking();

        // A scope that includes a top unit covers every case: no list of cells to match.
        if (!units.Any(u => u.ParentId is null && scope.Contains(u.Path)))
        {
            var cellIds = units.Where(u => scope.Any(p => u.Path.StartsWith(p, StringComparison.Ordinal))).Select(u => (Guid?)u.Id).ToList();
            query = query.Where(c => cellIds.Contains(c.FromUnitId) || cellIds.Contains(c.ToUnitId));
        }

        query = filter(query);
        if (after is { } afterId
            && await db.TransferCases.AsNoTracking().Where(c => c.Id == afterId).Select(c => c.SearchName).FirstOrDefaultAsync() is { } afterName)
        {
            // CA1309: EF translates string.Compare without a comparison type to SQL "<" / ">" (as in MemberSearch).
#pragma warning disable CA1309
            query = query.Where(c => string.Compare(c.SearchName, afterName) > 0 || (c.SearchName == afterName && c.Id.CompareTo(afterId) > 0));
#pragma warning restore CA1309
        }

        var ordered = byName ? query.OrderBy(c => c.SearchName).ThenBy(c => c.Id) : query.OrderBy(c => c.Stage).ThenBy(c => c.Id);
        var items = await ordered.Take(take)
            .Select(c => new { c.Id, c.MemberName, c.Kind, c.Stage, c.FromUnitId, c.ToUnitId, c.Destination, c.StartDue, c.PresentDue, c.PeriodTo, c.NonArrivalLimit })
            .ToListAsync();

        var deadlines = await access.DeadlinesAsync();
        var today = access.Today;
        var names = units.ToDictionary(u => u.Id, u => u.Name);
        var rows = items.Select(i =>
        {
            DateOnly? due = i.Stage switch
            {
                TransferStage.Requested or TransferStage.Commented => i.StartDue,
                TransferStage.LetterIssued => i.PresentDue,
                TransferStage.Away => i.PeriodTo,
                TransferStage.NoticeReceived or TransferStage.FlaggedForRemoval => i.NonArrivalLimit,
                _ => null,
            };
            int? left = due is { } d ? deadlines.WorkingDaysLeft(d, today) : null;
            var urgency = left switch
            {
                null => Urgency.None,
                < 0 => Urgency.Overdue,
                <= NearWorkingDays => Urgency.Near,
                _ => Urgency.OnTime,
            };
            return new TransferRow(i.Id, i.MemberName, i.Kind, i.Stage, Name(i.FromUnitId), Name(i.ToUnitId) ?? i.Destination, due, left, urgency);
        });
        return byName ? rows.ToList() : rows.OrderBy(r => r.DueOn ?? DateOnly.MaxValue).ToList();

        string? Name(Guid? id) => id is { } x && names.TryGetValue(x, out var n) ? n : null;
    }
}
