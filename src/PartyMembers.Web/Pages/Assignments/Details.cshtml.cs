using Microsoft.AspNetCore.Mvc;
using PartyMembers.Web.Features.WorkLife;
using PartyMembers.Web.Infrastructure;

namespace PartyMembers.Web.Pages.Assignments;

/// One assignment: the resolution, the tasks, the follow-up, the result and the history of changes.
public sealed class DetailsModel(WorkLifeAccess access) : AppPageModel
{
    public LoadedAssignment Loaded { get; private set; } = null!;

    public bool CanChange { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var (found, loaded) = await access.LoadAssignmentAsync(id);
        if (found != Features.Members.Access.Granted)
        {
            return found == Features.Members.Access.NotFound ? NotFound() : Forbid();
        }

        Loaded = loaded!;
        CanChange = await access.CellSecretaryOfAsync(Loaded.Assignment.CellId) is not null;
        ViewData["Title"] = T["WorkLife.Assignment.Title"];
        ViewData["Breadcrumb"] = new List<Breadcrumb>
        {
            new(T["WorkLife.Assignments.Title"], $"/Assignments?unit={Loaded.Assignment.CellId}&year={Loaded.Assignment.Year}"),
            new(Loaded.MemberName),
        };
        return Page();
    }
}
