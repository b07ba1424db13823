using Microsoft.AspNetCore.Mvc;
using PartyMembers.Domain.Meetings;
using PartyMembers.Domain.Members;
using PartyMembers.Web.Authorization;
using PartyMembers.Web.Features.Meetings;
using PartyMembers.Web.Features.Members;
using PartyMembers.Web.Infrastructure;

namespace PartyMembers.Web.Pages.Meetings;

/// A member's attendance over a chosen period (reached from the member's page): the rate and every line, for the
/// member readers whose assignments cover the member's home unit.
public sealed class MemberRateModel(MemberAccess members, MeetingAccess access, MeetingQueries queries) : AppPageModel
{
    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    public Member Member { get; private set; } = null!;

    public AttendanceRate Rate { get; private set; } = AttendanceRate.None;

    public IReadOnlyList<MemberLine> Lines { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var loaded = await members.LoadAsync(id, UnitOperations.ReadMembers);
        if (loaded.Access != Access.Granted)
        {
            return loaded.Access == Access.NotFound ? NotFound() : Forbid();
        }

        Member = loaded.Member!;
        await JournalAsync(PartyMembers.Infrastructure.Auditing.AccessKind.View, "MemberAttendance", Member.Id.ToString(), Member.Id);
        To ??= access.Today;
        From ??= new DateOnly(To.Value.Year, 1, 1);
        ViewData["Title"] = T["Meetings.MemberRate.Title"];
        ViewData["Breadcrumb"] = new List<Breadcrumb>
        {
            new(T["Members.Title"], "/Members"), new(Member.FullName, $"/Members/Details/{Member.Id}"), new(T["Meetings.MemberRate.Title"]),
        };
        if (From > To)
        {
            ModelState.AddModelError(nameof(From), T["Error.Meeting.PeriodReversed"]);
            return Page();
        }

        (Rate, Lines) = await queries.MemberAsync(id, From.Value, To.Value);
        return Page();
    }
}
