using Microsoft.AspNetCore.Mvc;
using PartyMembers.Domain.Common;
using PartyMembers.Domain.Fees;
using PartyMembers.Web.Features.Fees;
using PartyMembers.Web.Features.Members;
using PartyMembers.Web.Infrastructure;

namespace PartyMembers.Web.Pages.Fees;

/// What the fee pages share: the month asked for (year and month in the query string, the current month by default)
/// and the cell breadcrumb.
public abstract class FeePageModel(FeeAccess access, TimeProvider clock) : AppPageModel
{
    protected FeeAccess Access => access;

    protected TimeProvider Clock => clock;

    public DateOnly Today => VietnamTime.Today(clock);

    public DateOnly Month { get; private set; }

    public UnitInfo Unit { get; protected set; } = null!;

    /// The month from ?year=&amp;month= (current month when absent); null when out of range (the page answers 404).
    protected DateOnly? ReadMonth(int? year, int? month)
    {
        var current = FeeMonth.Of(Today);
        if (year is null && month is null)
        {
            return Month = current;
        }

        if (year is not { } y || month is not { } m || m is < 1 or > 12 || y < 2011 || y > current.Year + 1)
        {
            return null;
        }

        return Month = new DateOnly(y, m, 1);
    }

    protected async Task<IActionResult?> LoadCellAsync(Guid unitId, Microsoft.AspNetCore.Authorization.Infrastructure.OperationAuthorizationRequirement operation)
    {
        var (result, unit) = await access.CellAsync(unitId, operation);
        if (result != Features.Members.Access.Granted)
        {
            return result == Features.Members.Access.NotFound ? NotFound() : Forbid();
        }

        Unit = unit!;
        var ancestry = await access.AncestryAsync(unit!.Id);
        ViewData["Breadcrumb"] = ancestry.Select(u => new Breadcrumb(u.Name))
            .Append(new Breadcrumb(T["Fees.Title"], "/Fees")).ToList();
        return null;
    }

    public string MonthText(DateOnly month) => FeeLedger.FormatMonth(month);
}
