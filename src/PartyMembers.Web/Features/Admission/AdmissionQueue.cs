using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;
using PartyMembers.Domain.Accounts;
using PartyMembers.Domain.Admission;
using PartyMembers.Infrastructure.Persistence;
using PartyMembers.Web.Authorization;
using PartyMembers.Web.Features.Members;

namespace PartyMembers.Web.Features.Admission;

/// How close a case is to its time limit.
public enum Urgency
{
    None,
    OnTime,
    Near,
    Overdue,
}

/// A case in a list: who, where, the stage, what it waits for and by when.
public sealed record QueueRow(Guid Id, string FullName, string CellName, AdmissionStage Stage, CaseDue? Due, int? WorkingDaysLeft, Urgency Urgency, bool WaitsOnMe);

/// The admission cases a user can see, and among them those waiting on one of the user's roles, with their due dates
/// counted in working days. Each list is one query reading only the columns a row and its due date need
/// (<see cref="CaseDueFacts"/>), never one query per row.
public sealed class AdmissionQueue(PartyMembersDbContext db, UnitDirectory directory, CurrentUser currentUser, AdmissionAccess access)
{
    /// A case is "near" its limit within this many working days (a display choice, not a rule).
    public const int NearWorkingDays = 5;

    public const int PageSize = 50;

    /// Open cases waiting on the user, most urgent first. Only the (stage, cell) pairs whose next step one of the user's
    /// roles takes in that cell's chain are read: a board or standing committee sees a small part of a province's open
    /// cases at any time, and a stage that waits on the board only for grassroots cells (a sympathiser's permission)
    /// must not bring in every sympathiser of the province.
    public async Task<IReadOnlyList<QueueRow>> WaitingOnMeAsync(int max = 100)
    {
        var roles = (await currentUser.AssignmentsAsync()).Select(a => a.Role).ToHashSet();
        var scope = await currentUser.ScopeAsync(RoleRules.CanReadMembers);
        if (roles.Count == 0 || scope.Count == 0)
        {
            return [];
        }

        var inScope = (await directory.AllAsync()).Where(u => scope.Any(p => u.Path.StartsWith(p, StringComparison.Ordinal))).ToList();
        var cellsByStage = new Dictionary<AdmissionStage, List<Guid>>();
        foreach (var unit in inScope)
        {
            var chain = await access.ChainAsync(unit);
            foreach (var stage in AdmissionTransitions.All
                         .Where(t => t.Trigger != AdmissionTrigger.Withdraw && t.AppliesTo(chain) && AdmissionTransitions.RoleFor(t, chain).Overlaps(roles))
                         .Select(t => t.From).Distinct())
            {
                if (!cellsByStage.TryGetValue(stage, out var cells))
                {
                    cellsByStage[stage] = cells = [];
                }

                cells.Add(unit.Id);
            }
        }

        if (cellsByStage.Count == 0)
        {
            return [];
        }

        // One condition per distinct set of cells; a set covering the whole scope needs no cell list.
        Expression<Func<AdmissionCase, bool>>? waiting = null;
        foreach (var group in cellsByStage.GroupBy(p => string.Join(',', p.Value), StringComparer.Ordinal))
        {
            var stages = group.Select(p => p.Key).ToList();
            var cells = group.First().Value;
            Expression<Func<AdmissionCase, bool>> part = cells.Count == inScope.Count
                ? c => stages.Contains(c.Stage)
                : c => stages.Contains(c.Stage) && cells.Contains(c.CellId);
            waiting = waiting is null
                ? part
                : Expression.Lambda<Func<AdmissionCase, bool>>(
                    Expression.OrElse(waiting.Body, ReplacingExpressionVisitor.Replace(part.Parameters[0], waiting.Parameters[0], part.Body)), waiting.Parameters);
        }

        // Read in the order of the (Stage, CellId) index, not by name: every matching case is read anyway (the list is
        // sorted by due date below), and a name order makes the planner walk the name index over all the cases.
        var rows = await QueryAsync(q => q.Where(waiting!), after: null, WaitingReadLimit, byName: false);
        return rows.Where(r => r.WaitsOnMe)
            .OrderBy(r => r.Due?.DueOn ?? DateOnly.MaxValue).ThenBy(r => r.FullName, StringComparer.Ordinal)
            .Take(max).ToList();
    }

    /// At most this many cases at the stages waiting on a user are read for the waiting list.
    public const int WaitingReadLimit = 5000;

    /// Cases in the user's scope by name, a page at a time (keyset paging after the last case of the previous page):
    /// the open ones, or those of one stage.
    public Task<IReadOnlyList<QueueRow>> OpenInScopeAsync(AdmissionStage? stage = null, Guid? after = null, int take = PageSize) =>
        QueryAsync(query => stage is null
            ? query.Where(c => c.Stage != AdmissionStage.NotAdmitted && c.Stage != AdmissionStage.Recognised
                && c.Stage != AdmissionStage.RemovedFromList && c.Stage != AdmissionStage.Withdrawn)
            : query.Where(c => c.Stage == stage), after, take);

    private async Task<IReadOnlyList<QueueRow>> QueryAsync(Func<IQueryable<AdmissionCase>, IQueryable<AdmissionCase>> filter, Guid? after, int take, bool byName = true)
    {
        var scope = await currentUser.ScopeAsync(RoleRules.CanReadMembers);
        if (scope.Count == 0)
        {
            return [];
        }

        var units = await directory.AllAsync();
        var query = db.AdmissionCases.AsNoTracking();

        // A scope that includes a top unit covers every case: no list of cells to match.
        if (!units.Any(u => u.ParentId is null && scope.Contains(u.Path)))
        {
            var cellIds = units.Where(u => scope.Any(p => u.Path.StartsWith(p, StringComparison.Ordinal))).Select(u => u.Id).ToList();
            query = query.Where(c => cellIds.Contains(c.CellId));
        }

        query = filter(query);
        if (after is { } afterId
            && await db.AdmissionCases.AsNoTracking().Where(c => c.Id == afterId).Select(c => c.SearchName).FirstOrDefaultAsync() is { } afterName)
        {
            // CA1309: EF translates string.Compare without a comparison type to SQL "<" / ">" (as in MemberSearch).
#pragma warning disable CA1309
            query = query.Where(c => string.Compare(c.SearchName, afterName) > 0 || (c.SearchName == afterName && c.Id.CompareTo(afterId) > 0));
#pragma warning restore CA1309
        }

        var ordered = byName ? query.OrderBy(c => c.SearchName).ThenBy(c => c.Id) : query.OrderBy(c => c.Stage).ThenBy(c => c.CellId).ThenBy(c => c.Id);

        // Only the columns a row and its due date need (CaseDueFacts), in one query.
        var items = await ordered.Take(take)
            .Select(c => new ListItem(c.Id, c.FullName, c.CellId, new CaseDueFacts(
                c.Stage,
                c.DossierOpenedOn,
                c.Verifications.Where(v => !v.Exempt && v.RepliedOn == null && v.DueOn != null).Min(v => v.DueOn),
                c.CellResolutionDate,
                c.Decisions.Where(d => d.Phase == AdmissionPhase.Admission).OrderByDescending(d => d.Date).Select(d => (DateOnly?)d.ReceivedOn).FirstOrDefault(),
                c.CeremonyDate,
                c.RecognitionCellResolutionDate)))
            .ToListAsync();
        return await RowsAsync(items);
    }

    /// Rows for the cases read.
    private async Task<IReadOnlyList<QueueRow>> RowsAsync(IReadOnlyList<ListItem> items)
    {
        var deadlines = await access.DeadlinesAsync();
        var assignments = await currentUser.AssignmentsAsync();
        var today = access.Today;
        var rows = new List<QueueRow>(items.Count);
        var chains = new Dictionary<Guid, AdmissionChain>();
        foreach (var item in items)
        {
            var cell = (await directory.FindAsync(item.CellId))!;
            if (!chains.TryGetValue(cell.Id, out var chain))
            {
                chain = await access.ChainAsync(cell);
                chains[cell.Id] = chain;
            }

            var due = item.Facts.Due(chain, deadlines);
            var mine = due is not null
                && AdmissionAccess.ActingFor(item.Facts.Stage, chain, cell, assignments.Where(a => a.Covers(cell.Path)), due.Next) is not null;
            int? left = due?.DueOn is { } dueOn
                ? dueOn >= today ? deadlines.Calendar.WorkingDaysBetween(today, dueOn) : -deadlines.Calendar.WorkingDaysBetween(dueOn, today)
                : null;
            var urgency = left switch
            {
                null => Urgency.None,
                < 0 => Urgency.Overdue,
                <= NearWorkingDays => Urgency.Near,
                _ => Urgency.OnTime,
            };
            rows.Add(new QueueRow(item.Id, item.FullName, cell.Name, item.Facts.Stage, due, left, urgency, mine));
        }

        return rows;
    }

    private sealed record ListItem(Guid Id, string FullName, Guid CellId, CaseDueFacts Facts);
}
