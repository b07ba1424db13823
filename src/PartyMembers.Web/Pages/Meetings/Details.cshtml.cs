using Microsoft.AspNetCore.Mvc;
using PartyMembers.Domain.Meetings;
using PartyMembers.Web.Features.Meetings;
using PartyMembers.Web.Features.Members;
using PartyMembers.Web.Features.Rules;

namespace PartyMembers.Web.Pages.Meetings;

/// A meeting as recorded: facts, the duration warning, the roll-call, documents and history; the changes the user may
/// make (only the secretary of the meeting's unit, while it is not cancelled).
public sealed class DetailsModel(MeetingAccess access, RuleBookProvider rules) : AppPageModel
{
    public Meeting Meeting { get; private set; } = null!;

    public UnitInfo Unit { get; private set; } = null!;

    public bool CanChange { get; private set; }

    /// The minimum duration the meeting falls short of, or null.
    public int? ShortOf { get; private set; }

    public AttendanceRate Counts { get; private set; } = AttendanceRate.None;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var loaded = await access.LoadAsync(id);
        if (loaded.Access != Access.Granted)
        {
            return loaded.Access == Access.NotFound ? NotFound() : Forbid();
        }

        Meeting = loaded.Value;
        Unit = loaded.Unit!;
        CanChange = !Meeting.IsCancelled && MeetingAccess.Recorder(Unit, loaded.Covering) is not null;
        ShortOf = MeetingRules.ShortOf(Meeting.Kind, Meeting.Date, Meeting.DurationMinutes, await rules.RulesAsync());
        Counts = AttendanceRate.From(Meeting.Attendance.GroupBy(a => a.Status).Select(g => (g.Key, g.Count())));
        ViewData["Title"] = T["Meetings.Details.Title"];
        ViewData["Breadcrumb"] = MeetingCrumbs.For(T, Meeting, Unit, null);
        return Page();
    }
}
