using Microsoft.AspNetCore.Mvc;
using PartyMembers.Web.Authorization;
using PartyMembers.Web.Features.Fees;
using PartyMembers.Web.Features.Rules;

namespace PartyMembers.Web.Pages.Fees;

/// The printable collection sheet of a cell for a month (sổ thu đảng phí): every member, the due, what was paid and a
/// column to sign, with the totals.
public sealed class SheetModel(FeeAccess access, FeeLedger ledger, RuleBookProvider rules, TimeProvider clock) : FeePageModel(access, clock)
{
    public IReadOnlyList<FeeMonthLine> Lines { get; private set; } = [];

    public long TotalDue => Lines.Where(l => l.State is FeeMonthState.Unpaid or FeeMonthState.Paid).Sum(l => l.Due.Amount ?? 0);

    public long TotalPaid => Lines.Sum(l => l.Payment?.Amount ?? 0);

    public async Task<IActionResult> OnGetAsync(Guid id, int? year, int? month)
    {
        var denied = await LoadCellAsync(id, UnitOperations.ReadMembers);
        if (denied is not null)
        {
            return denied;
        }

        if (ReadMonth(year, month) is null)
        {
            return NotFound();
        }

        Lines = await ledger.MonthAsync(await ledger.CellMembersAsync(Unit.Id), Month, await rules.RulesAsync());

        // A sheet printed for signatures: one row for the whole sheet, not one per member on it.
        await JournalAsync(PartyMembers.Infrastructure.Auditing.AccessKind.Export, "FeeSheet", Unit.Id.ToString(), null);
        return Page();
    }
}
