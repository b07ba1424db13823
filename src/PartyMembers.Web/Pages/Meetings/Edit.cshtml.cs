using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PartyMembers.Domain.Meetings;
using PartyMembers.Infrastructure.Persistence;
using PartyMembers.Web.Features.Meetings;

namespace PartyMembers.Web.Pages.Meetings;

/// Corrects a meeting's record, with the reason; the history keeps who changed which fields, when and why.
public sealed class EditModel(MeetingAccess access, PartyMembersDbContext db, MeetingFormValidator validator) : MeetingPageModel(access, db)
{
    [BindProperty]
    public MeetingForm Input { get; set; } = new();

    [BindProperty]
    public string? Reason { get; set; }

    protected override string TitleKey => "Meetings.Edit.Title";

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await PrepareGetAsync(id) is { } refused)
        {
            return refused;
        }

        Input = MeetingForm.From(Meeting);
        OfferKinds();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await PreparePostAsync(id, validator, Input) is { } refused)
        {
            if (refused is PageResult)
            {
                OfferKinds();
            }

            return refused;
        }

        OfferKinds();
        var result = Meeting.Edit(Input.ToInput(), Reason, await Access.UnitEntityAsync(Unit.Id), Stamp());
        return await SaveOrShowAsync(result, "Meetings.Audit.Edited");
    }

    protected override Task ReloadAsync()
    {
        Input = MeetingForm.From(Meeting);
        OfferKinds();
        return Task.CompletedTask;
    }

    private void OfferKinds() =>
        ViewData["Kinds"] = Enum.GetValues<MeetingKind>().Where(k => MeetingRules.UnitHolds(Unit.Type, k)).ToList();
}
