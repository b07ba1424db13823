using Microsoft.AspNetCore.Mvc;
using PartyMembers.Domain.Accounts;
using PartyMembers.Domain.Admission;
using PartyMembers.Web.Authorization;
using PartyMembers.Web.Features.Admission;

namespace PartyMembers.Web.Pages.Admission;

/// The admission cases in the user's scope: those waiting on the user first, then all open cases (or one stage) by
/// name, a page at a time.
public sealed class IndexModel(AdmissionQueue queue, CurrentUser currentUser) : AppPageModel
{
    [BindProperty(SupportsGet = true)]
    public AdmissionStage? Stage { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? After { get; set; }

    public IReadOnlyList<QueueRow> Mine { get; private set; } = [];

    public IReadOnlyList<QueueRow> Rows { get; private set; } = [];

    public Guid? Next { get; private set; }

    public bool CanRegister { get; private set; }

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

        CanRegister = await currentUser.HoldsAnyAsync([Role.CellSecretary]);
        Mine = After is null ? await queue.WaitingOnMeAsync() : [];
        var page = await queue.OpenInScopeAsync(Stage, After, AdmissionQueue.PageSize + 1);
        Rows = page.Take(AdmissionQueue.PageSize).ToList();
        Next = page.Count > AdmissionQueue.PageSize ? Rows[^1].Id : null;
        return Page();
    }
}
