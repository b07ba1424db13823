using Microsoft.AspNetCore.Mvc;
using PartyMembers.Domain.Meetings;
using PartyMembers.Web.Features.Meetings;
using PartyMembers.Web.Features.Members;
using PartyMembers.Web.Features.Rules;
using PartyMembers.Web.Infrastructure;

namespace PartyMembers.Web.Pages.Meetings;

/// The meetings of a unit and everything below it, newest first, for the member readers whose assignments cover the
/// unit; keyset-paged. The secretary of a unit also gets the button to record a meeting.
public sealed class IndexModel(MeetingAccess access, MeetingQueries queries, RuleBookProvider rules) : AppPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? Unit { get; set; }

    [BindProperty(SupportsGet = true)]
    public MeetingKind? Kind { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? BeforeDate { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? BeforeId { get; set; }

    public UnitInfo Scope { get; private set; } = null!;

    public IReadOnlyList<MeetingRow> Rows { get; private set; } = [];

    public MeetingRow? Next { get; private set; }

    public bool CanRecord { get; private set; }

    public Domain.Rules.RuleBook Rules { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync()
    {
        UnitInfo? scope;
        if (Unit is { } id)
        {
            var (access1, unit) = await access.ReadableUnitAsync(id);
            if (access1 != Access.Granted)
            {
                return access1 == Access.NotFound ? NotFound() : Forbid();
            }

            scope = unit;
        }
        else
        {
            scope = await access.DefaultUnitAsync();
        }

        if (scope is null)
        {
            return Forbid();
        }

        Scope = scope;
        var rows = await queries.ListAsync(Scope.Path, Kind, BeforeDate, BeforeId);
        Rows = rows.Take(MeetingQueries.PageSize).ToList();
        Next = rows.Count > MeetingQueries.PageSize ? Rows[^1] : null;
        CanRecord = (await access.RecordableUnitsAsync()).Count > 0;
        Rules = await rules.RulesAsync();
        ViewData["Title"] = T["Meetings.Title"];
        ViewData["Breadcrumb"] = new List<Breadcrumb> { new(T["Meetings.Title"]) };
        return Page();
    }
}
