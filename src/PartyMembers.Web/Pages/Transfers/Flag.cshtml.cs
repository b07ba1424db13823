using Microsoft.AspNetCore.Mvc;
using PartyMembers.Domain.Transfers;
using PartyMembers.Infrastructure.Persistence;
using PartyMembers.Web.Features.Transfers;

namespace PartyMembers.Web.Pages.Transfers;

/// More than 3 months after the notice without the member's file: the grassroots committee or the board puts the
/// member on the list for removal for leaving party activity without permission, with the notice as evidence
/// (HD38 §II.4.3.1d). The removal itself is decided elsewhere.
public sealed class FlagModel(TransferAccess access, PartyMembersDbContext db) : TransferStepPageModel(access, db)
{
    protected override TransferTrigger Trigger => TransferTrigger.FlagNonArrival;

    public async Task<IActionResult> OnGetAsync(Guid id) => await PrepareGetAsync(id) ?? Page();

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await PrepareAsync(id, track: true) is { } refused)
        {
            return refused;
        }

        return await SaveOrShowAsync(Case.FlagNonArrival(await Access.DeadlinesAsync(), Stamp()), () => Task.CompletedTask);
    }
}
