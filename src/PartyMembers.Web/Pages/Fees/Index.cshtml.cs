using Microsoft.AspNetCore.Mvc;
using PartyMembers.Domain.Accounts;
using PartyMembers.Domain.Fees;
using PartyMembers.Domain.Organisation;
using PartyMembers.Web.Authorization;
using PartyMembers.Web.Features.Members;

namespace PartyMembers.Web.Pages.Fees;

/// The cells whose fees the user may see, each with links to its month's collection, sheet and arrears.
public sealed class IndexModel(UnitDirectory directory, CurrentUser currentUser, TimeProvider clock) : AppPageModel
{
    public IReadOnlyList<UnitChoice> Cells { get; private set; } = [];

    public DateOnly Month { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        Month = FeeMonth.Of(Domain.Common.VietnamTime.Today(clock));
        var units = await UnitChoices.WithinScopeAsync(directory, currentUser, RoleRules.CanReadMembers, onlyUnitsHoldingMembers: false);
        if (units.Count == 0)
        {
            return Forbid();
        }

        Cells = UnitChoices.TreeOrder(units).ToList();
        return Page();
    }

    public static bool Collects(UnitType type) => UnitTypeRules.CanHoldMembers(type);
}
