using Microsoft.AspNetCore.Mvc;
using PartyMembers.Domain.Meetings;
using PartyMembers.Infrastructure.Persistence;
using PartyMembers.Web.Features.Meetings;
using PartyMembers.Web.Features.Members;
using PartyMembers.Web.Infrastructure;

namespace PartyMembers.Web.Pages.Meetings;

/// The secretary records a meeting of their own unit (a cell's meeting, or a grassroots organisation's study session),
/// then goes on to its roll-call. A duration under the HD42 minimum is accepted and shown as a warning.
public sealed class CreateModel(MeetingAccess access, PartyMembersDbContext db, MeetingFormValidator validator) : AppPageModel
{
    [BindProperty]
    public Guid? UnitId { get; set; }

    [BindProperty]
    public MeetingForm Input { get; set; } = new();

    public IReadOnlyList<UnitInfo> Units { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid? unit)
    {
        if (await PrepareAsync() is { } refused)
        {
            return refused;
        }

        UnitId = unit is { } id && Units.Any(u => u.Id == id) ? id : Units[0].Id;
        Input.Date = access.Today;
        Input.DurationMinutes = 90;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await PrepareAsync() is { } refused)
        {
            return refused;
        }

        AddValidation(await validator.ValidateAsync(Input));
        var chosen = Units.FirstOrDefault(u => u.Id == UnitId);
        if (chosen is null)
        {
            // Not one of the user's own units (or none chosen): said beside the field, whatever the form carried.
            ModelState.AddModelError(nameof(UnitId), T["Error.Meeting.UnitNotYours"]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var assignments = await HttpContext.RequestServices.GetRequiredService<Authorization.CurrentUser>().AssignmentsAsync();
        var acting = MeetingAccess.Recorder(chosen!, assignments)!;
        var created = Meeting.Record(Input.ToInput(), await access.UnitEntityAsync(chosen!.Id), access.Stamp(acting));
        if (!created.Succeeded)
        {
            AddErrors(created.Errors);
            return Page();
        }

        db.Meetings.Add(created.Value!);
        db.ChangeReason = T["Meetings.Audit.Recorded"];
        await db.SaveChangesAsync();
        return Saved("Meetings.Status.Recorded", "/Meetings/Attendance", new { id = created.Value!.Id });
    }

    private async Task<IActionResult?> PrepareAsync()
    {
        Units = await access.RecordableUnitsAsync();
        if (Units.Count == 0)
        {
            return Forbid();
        }

        ViewData["Title"] = T["Meetings.Create.Title"];
        ViewData["Breadcrumb"] = new List<Breadcrumb> { new(T["Meetings.Title"], "/Meetings"), new(T["Meetings.Create.Title"]) };
        return null;
    }
}
