using Microsoft.AspNetCore.Mvc;
using PartyMembers.Domain.Accounts;
using PartyMembers.Domain.Common;
using PartyMembers.Web.Features.Home;
using PartyMembers.Web.Pages;

namespace PartyMembers.Web.Areas.Committee.Pages;

/// The standing committee's view: party strength of the whole organisation on any date, past dates included
/// (computed from the membership events, not from today's records).
public sealed class IndexModel(RoleHome home, TimeProvider clock) : AppPageModel
{
    [BindProperty(SupportsGet = true)]
    public DateOnly? Date { get; set; }

    public DateOnly AsOf { get; private set; }

    public IReadOnlyList<RoleHomeSection> Sections { get; private set; } = [];

    /// Admission cases waiting on the standing committee, most urgent first.
    public IReadOnlyList<Features.Admission.QueueRow> Waiting { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var today = VietnamTime.Today(clock);
        AsOf = ModelState.IsValid && Date is { } date && date <= today ? date : today;
        if (Date > today)
        {
            ModelState.AddModelError(nameof(Date), T["Error.Date.InFuture"]);
        }

        Sections = await home.ForAsync([Role.StandingCommittee], AsOf, HttpContext.RequestAborted);
        Waiting = await HttpContext.RequestServices.GetRequiredService<Features.Admission.AdmissionQueue>().WaitingOnMeAsync();
    }
}
