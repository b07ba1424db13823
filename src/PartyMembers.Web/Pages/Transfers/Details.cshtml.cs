using Microsoft.AspNetCore.Mvc;
using PartyMembers.Domain.Transfers;
using PartyMembers.Web.Features.Members;
using PartyMembers.Web.Features.Transfers;
using PartyMembers.Web.Infrastructure;

namespace PartyMembers.Web.Pages.Transfers;

/// A transfer: what, from where to where, its time limits, the letter and notices, the history, and the steps the
/// user may take now.
public sealed class DetailsModel(TransferAccess access) : AppPageModel
{
    public TransferCase Case { get; private set; } = null!;

    public UnitInfo? From { get; private set; }

    public UnitInfo? To { get; private set; }

    public IReadOnlyList<TransferTrigger> Steps { get; private set; } = [];

    public TransferDeadlines Deadlines { get; private set; } = null!;

    public DateOnly Today { get; private set; }

    public bool HoldOpen { get; private set; }

    /// The page of each step; acceptance from outside has its own page (it registers the member).
    public string PageFor(TransferTrigger trigger) => trigger switch
    {
        TransferTrigger.IssueLetter => "Issue",
        TransferTrigger.ConfirmArrival => "Arrival",
        TransferTrigger.Accept => Case.Kind == TransferKind.Incoming ? "Receive" : "Accept",
        TransferTrigger.FlagNonArrival => "Flag",
        _ => trigger.ToString(),
    };

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var loaded = await access.LoadAsync(id);
        if (loaded.Access != Access.Granted)
        {
            return loaded.Access == Access.NotFound ? NotFound() : Forbid();
        }

        Case = loaded.Value;
        await JournalAsync(PartyMembers.Infrastructure.Auditing.AccessKind.View, "TransferCase", Case.Id.ToString(), Case.MemberId);
        From = loaded.From;
        To = loaded.To;
        Steps = TransferAccess.AvailableSteps(loaded);
        Deadlines = await access.DeadlinesAsync();
        Today = access.Today;
        HoldOpen = Case.MemberId is { } memberId && await access.HoldOpenAsync(memberId);
        ViewData["Title"] = Case.MemberName;
        ViewData["Breadcrumb"] = new List<Breadcrumb> { new(T["Transfers.Title"], "/Transfers"), new(Case.MemberName) };
        return Page();
    }
}
