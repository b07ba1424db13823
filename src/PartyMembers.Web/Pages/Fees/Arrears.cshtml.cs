using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using PartyMembers.Domain.Accounts;
using PartyMembers.Domain.Fees;
using PartyMembers.Domain.Rules;
using PartyMembers.Infrastructure.Persistence;
using PartyMembers.Web.Authorization;
using PartyMembers.Web.Features.Fees;
using PartyMembers.Web.Features.Members;
using PartyMembers.Web.Features.Rules;
using PartyMembers.Domain.Common;

namespace PartyMembers.Web.Pages.Fees;

/// Arrears of a unit and everything below it (a cell, a grassroots organisation or the whole committee): per member the
/// months of the year not paid up to the last closed month, the amount and the month paid up to, keyset-paged by name.
/// Members at or above Removal.MissedMonthsPerYear are marked: that count is the evidence for a removal.
public sealed class ArrearsModel(
    FeeAccess access, FeeLedger ledger, PartyMembersDbContext db, UnitDirectory directory, CurrentUser currentUser, RuleBookProvider rules,
    TimeProvider clock) : AppPageModel
{
    public const int PageSize = 50;

    public IReadOnlyList<FeeArrears> Rows { get; private set; } = [];

    public IReadOnlyDictionary<Guid, string> CellNames { get; private set; } = new Dictionary<Guid, string>();

    public IReadOnlyList<UnitChoice> Units { get; private set; } = [];

    public UnitInfo Unit { get; private set; } = null!;

    public int Year { get; private set; }

    public int Threshold { get; private set; }

    public DateOnly LastClosedMonth { get; private set; }

    public string? NextAfterName { get; private set; }

    public Guid? NextAfterId { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid? unit, int? year, string? afterName, Guid? afterId)
    {
        var today = VietnamTime.Today(clock);
        Year = year ?? today.Year;
        if (Year < 2011 || Year > today.Year)
        {
            return NotFound();
        }

        Units = await UnitChoices.WithinScopeAsync(directory, currentUser, RoleRules.CanReadMembers, onlyUnitsHoldingMembers: false);
        if (Units.Count == 0)
        {
            return Forbid();
        }

        var chosen = unit is { } id ? await directory.FindAsync(id) : await directory.FindAsync(UnitChoices.TreeOrder(Units).First().Id);
        if (chosen is null)
        {
            return NotFound();
        }

        if (!await access.AllowsAsync(chosen.Path, UnitOperations.ReadMembers))
        {
            return Forbid();
        }

        Unit = chosen;
        var book = await rules.RulesAsync();
        Threshold = book.Find(RuleKeys.RemovalMissedMonthsPerYear, today)?.AsInteger() ?? 3;
        LastClosedMonth = FeeMonth.Of(today).AddMonths(-1);

        var path = chosen.Path;
        var liable = FeeLedger.LiableStatuses;
        var query =
            from m in db.Members.AsNoTracking()
            join u in db.Units.AsNoTracking() on (m.Status == Domain.Members.ActivityStatus.TemporarilyAway ? m.TemporaryUnitId : m.HomeUnitId) equals u.Id
            where liable.Contains(m.Status) && u.Path.StartsWith(path)
            select new { m, CellId = u.Id, CellName = u.Name };
        if (afterName is not null && afterId is { } after)
        {
#pragma warning disable CA1309 // string.Compare without a comparison type is what EF translates to SQL ">" with the column's collation.
            query = query.Where(x => string.Compare(x.m.SearchName, afterName) > 0 || (x.m.SearchName == afterName && x.m.Id.CompareTo(after) > 0));
#pragma warning restore CA1309
        }

        var page = await query.OrderBy(x => x.m.SearchName).ThenBy(x => x.m.Id).Take(PageSize + 1)
            .Select(x => new
            {
                Member = new FeeMember(x.m.Id, x.m.FullName, x.m.SearchName, x.m.HomeUnitId, x.m.TemporaryUnitId, x.m.Status,
                    x.m.AdmissionDecisionDate, x.m.CeremonyDate),
                x.CellId,
                x.CellName,
            })
            .ToListAsync();
        if (page.Count > PageSize)
        {
            var last = page[PageSize - 1];
            NextAfterName = last.Member.SearchName;
            NextAfterId = last.Member.Id;
            page.RemoveAt(PageSize);
        }

        CellNames = page.ToDictionary(p => p.Member.Id, p => p.CellName);
        Rows = await ledger.ArrearsAsync(page.Select(p => p.Member).ToList(), Year, LastClosedMonth, book);
        return Page();
    }
}
