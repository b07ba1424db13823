using Microsoft.AspNetCore.Mvc;
using PartyMembers.Domain.WorkLife;
using PartyMembers.Infrastructure.Persistence;
using PartyMembers.Web.Authorization;
using PartyMembers.Web.Features.WorkLife;
using PartyMembers.Web.Infrastructure;

namespace PartyMembers.Web.Pages.Assignments;

/// The pages that change an assignment: only the cell secretary of the cell that gave it.
public abstract class AssignmentPageModel(WorkLifeAccess access, PartyMembersDbContext db) : WorkLifePageModel(db)
{
    public LoadedAssignment Loaded { get; private set; } = null!;

    public WorkAssignment Assignment => Loaded.Assignment;

    public ActiveAssignment Acting { get; private set; } = null!;

    protected WorkLifeAccess Access => access;

    protected abstract string TitleKey { get; }

    protected async Task<IActionResult?> PrepareAsync(Guid id, bool track)
    {
        var (found, loaded) = await access.LoadAssignmentAsync(id, track);
        if (found != Features.Members.Access.Granted)
        {
            return Refuse(found);
        }

        Loaded = loaded!;
        if (await access.CellSecretaryOfAsync(Assignment.CellId) is not { } acting)
        {
            return Forbid();
        }

        Acting = acting;
        if (!track)
        {
            Version = Assignment.Version;
        }

        ViewData["Title"] = T[TitleKey];
        ViewData["Breadcrumb"] = new List<Breadcrumb>
        {
            new(T["WorkLife.Assignments.Title"], $"/Assignments?unit={Assignment.CellId}&year={Assignment.Year}"),
            new(Loaded.MemberName, $"/Assignments/Details/{Assignment.Id}"), new(T[TitleKey]),
        };
        return null;
    }

    protected Task Reload(Guid id) => PrepareAsync(id, track: false);

    protected IActionResult Done(string statusKey) => Saved(statusKey, "/Assignments/Details", new { id = Assignment.Id });
}
