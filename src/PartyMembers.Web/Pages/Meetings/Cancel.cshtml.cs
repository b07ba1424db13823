using Microsoft.AspNetCore.Mvc;
using PartyMembers.Infrastructure.Persistence;
using PartyMembers.Web.Features.Meetings;

namespace PartyMembers.Web.Pages.Meetings;

/// Cancels a meeting entered by mistake, with the reason. The record stays (meetings are never deleted) but no longer
/// counts for the monthly and quarterly checks or the attendance rates.
public sealed class CancelModel(MeetingAccess access, PartyMembersDbContext db) : MeetingPageModel(access, db)
{
    [BindProperty]
    public string? Reason { get; set; }

    protected override string TitleKey => "Meetings.Cancel.Title";

    public async Task<IActionResult> OnGetAsync(Guid id) => await PrepareGetAsync(id) ?? Page();

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await PrepareAsync(id, track: true) is { } refused)
        {
            return refused;
        }

        return await SaveOrShowAsync(Meeting.Cancel(Reason, Stamp()), "Meetings.Audit.Cancelled", prefix: string.Empty);
    }
}
