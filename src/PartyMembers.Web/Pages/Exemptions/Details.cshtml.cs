using Microsoft.AspNetCore.Mvc;
using PartyMembers.Domain.WorkLife;
using PartyMembers.Web.Features.WorkLife;
using PartyMembers.Web.Infrastructure;

namespace PartyMembers.Web.Pages.Exemptions;

/// One exemption case: the application, the resolutions and decision, the history, and the steps the user may take.
public sealed class DetailsModel(WorkLifeAccess access) : AppPageModel
{
    public LoadedExemption Loaded { get; private set; } = null!;

    public IReadOnlyList<ExemptionTrigger> Available { get; private set; } = [];

    public DateOnly Today => access.Today;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var (found, loaded) = await access.LoadExemptionAsync(id);
        if (found != Features.Members.Access.Granted)
        {
            return found == Features.Members.Access.NotFound ? NotFound() : Forbid();
        }

        Loaded = loaded!;
        var available = new List<ExemptionTrigger>();
        foreach (var trigger in Enum.GetValues<ExemptionTrigger>())
        {
            if (await access.ActingForAsync(Loaded, trigger) is not null)
            {
                available.Add(trigger);
            }
        }

        Available = available;
        ViewData["Title"] = T["WorkLife.Exemption.Title"];
        ViewData["Breadcrumb"] = new List<Breadcrumb> { new(T["WorkLife.Exemptions.Title"], "/Exemptions"), new(Loaded.MemberName) };
        return Page();
    }
}
