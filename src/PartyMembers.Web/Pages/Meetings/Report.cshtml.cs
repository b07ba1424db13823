using Microsoft.AspNetCore.Mvc;
using PartyMembers.Domain.Meetings;
using PartyMembers.Web.Features.Meetings;
using PartyMembers.Web.Features.Members;
using PartyMembers.Web.Infrastructure;

namespace PartyMembers.Web.Pages.Meetings;

/// Attendance rates over a chosen period: per member for a cell (or a grassroots organisation's own study sessions),
/// and per unit for everything below the chosen unit. Readers whose assignments cover the unit.
public sealed class ReportModel(MeetingAccess access, MeetingQueries queries) : AppPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? Unit { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    public UnitInfo Scope { get; private set; } = null!;

    public IReadOnlyList<MemberRateRow> Members { get; private set; } = [];

    public IReadOnlyList<UnitRateRow> Units { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        var (found, unit) = Unit is { } id ? await access.ReadableUnitAsync(id) : (Access.Granted, await access.DefaultUnitAsync());
        if (found != Access.Granted || unit is null)
        {
            return found == Access.NotFound ? NotFound() : Forbid();
        }

        Scope = unit;
        var today = access.Today;
        To ??= today;
        From ??= new DateOnly(To.Value.Year, 1, 1);
        if (From > To)
        {
            ModelState.AddModelError(nameof(From), T["Error.Meeting.PeriodReversed"]);
        }

        ViewData["Title"] = T["Meetings.Report.Title"];
        ViewData["Breadcrumb"] = new List<Breadcrumb> { new(T["Meetings.Title"], $"/Meetings?unit={Scope.Id}"), new(T["Meetings.Report.Title"]) };
        if (!ModelState.IsValid)
        {
            return Page();
        }

        Members = MeetingRules.CellTypes.Contains(Scope.Type) || Scope.Type == Domain.Organisation.UnitType.GrassrootsCommittee
            ? await queries.MemberRatesAsync(Scope.Id, From.Value, To.Value)
            : [];
        Units = await queries.UnitRatesAsync(Scope.Path, From.Value, To.Value);
        return Page();
    }
}
