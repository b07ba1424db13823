using Microsoft.AspNetCore.Mvc;
using PartyMembers.Domain.Accounts;
using PartyMembers.Domain.Transfers;
using PartyMembers.Web.Authorization;
using PartyMembers.Web.Features.Transfers;

namespace PartyMembers.Web.Pages.Transfers;

/// The transfers in the user's scope (sending or receiving cell): the watch lists of time limits first, then the open
/// cases (or one stage) by name, a page at a time.
public sealed class IndexModel(TransferQueue queue, CurrentUser currentUser) : AppPageModel
{
    [BindProperty(SupportsGet = true)]
    public TransferStage? Stage { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? After { get; set; }

    public TransferWatch? Watch { get; private set; }

    public IReadOnlyList<TransferRow> Rows { get; private set; } = [];

    public Guid? Next { get; private set; }

    public bool CanRecordNotice { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await currentUser.HoldsAnyAsync(Enum.GetValues<Role>().Where(RoleRules.CanReadMembers)))
        {
            return Forbid();
        }

        if (Stage is { } stage && !Enum.IsDefined(stage))
        {
            Stage = null;
        }

        CanRecordNotice = await currentUser.HoldsAnyAsync(TransferTransitions.NoticeRoles);
        Watch = After is null ? await queue.WatchAsync() : null;
        var page = await queue.ListAsync(Stage, After, TransferQueue.PageSize + 1);
        Rows = page.Take(TransferQueue.PageSize).ToList();
        Next = page.Count > TransferQueue.PageSize ? Rows[^1].Id : null;
        ViewData["Title"] = T["Transfers.Title"];
        return Page();
    }
}
